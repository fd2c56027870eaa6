// A 2D context that records what is drawn: every call and every style set, in order. Used by the
// renderer tests, the map page tests (through the wx shim's canvas node) and the benchmark.
const METHODS = ['setTransform', 'fillRect', 'clearRect', 'beginPath', 'closePath', 'moveTo', 'lineTo', 'arc', 'fill', 'stroke', 'fillText', 'save', 'restore', 'rect'];
const PROPS = ['fillStyle', 'strokeStyle', 'lineWidth', 'globalAlpha', 'font', 'textAlign'];

class RecordingContext {
  constructor() {
    /** @type {Array<any[]>} */
    this.ops = [];
    this.state = {};
  }
  reset() { this.ops.length = 0; }
}
for (const m of METHODS) {
  RecordingContext.prototype[m] = function (...args) { this.ops.push([m, ...args]); };
}
for (const p of PROPS) {
  Object.defineProperty(RecordingContext.prototype, p, {
    get() { return this.state[p]; },
    set(v) { this.state[p] = v; this.ops.push(['set', p, v]); }
  });
}

/** A canvas node as SelectorQuery.fields({node:true}) gives it. */
function canvasNode() {
  const ctx = new RecordingContext();
  return { width: 0, height: 0, ctx, getContext: () => ctx };
}

/**
 * Replays the recorded ops into fills: for each fill(), its colour and the first point of every subpath filled.
 * @param {Array<any[]>} ops
 */
function fills(ops) {
  const out = [];
  let fill = null;
  let subpaths = [];
  for (const op of ops) {
    if (op[0] === 'beginPath') subpaths = [];
    else if (op[0] === 'moveTo') subpaths.push([op[1], op[2]]);
    else if (op[0] === 'set' && op[1] === 'fillStyle') fill = op[2];
    else if (op[0] === 'fill') out.push({ color: fill, starts: subpaths.slice() });
  }
  return out;
}

module.exports = { RecordingContext, canvasNode, fills };
