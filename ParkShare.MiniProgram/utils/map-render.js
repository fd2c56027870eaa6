// Draws a level on a <canvas type="2d"> context: outline, zones, spaces in their state's colour (each
// state also has its own mark, so colour is never the only signal), walkways, the route under the icons,
// landmarks, and start / end pins. Spaces are batched per state: one path and one fill per state.
const STATE_STYLE = {
  F: { fill: '#2e9d5b', mark: null },      // free
  R: { fill: '#e0a100', mark: 'slash' },   // reserved
  O: { fill: '#8a94a6', mark: 'cross' },   // occupied
  D: { fill: '#c9ced6', mark: 'dash' },    // disabled
  S: { fill: '#0b5cad', mark: 'ring' }     // selected / my car
};
const LANDMARK_GLYPH = { elevator: '⇅', stairs: '⌇', entrance: '⇥', exit: '⇤', pillar: '', payment: '¥', toilet: 'WC' };

/**
 * The transform from lot-local metres (y north) to canvas pixels (y down).
 * @param {{outline: number[][]}} level
 * @param {number} width CSS pixels
 * @param {number} height CSS pixels
 */
function fitView(level, width, height) {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of level.outline) { minX = Math.min(minX, p[0]); maxX = Math.max(maxX, p[0]); minY = Math.min(minY, p[1]); maxY = Math.max(maxY, p[1]); }
  const pad = 8;
  const scale = Math.min((width - 2 * pad) / (maxX - minX || 1), (height - 2 * pad) / (maxY - minY || 1));
  return { scale, offsetX: pad - minX * scale, offsetY: pad + maxY * scale };
}

/** @param {{scale: number, offsetX: number, offsetY: number}} v */
const toPx = (v, x, y) => [v.offsetX + x * v.scale, v.offsetY - y * v.scale];
/** Canvas pixels back to lot-local metres (for taps). */
const toLocal = (v, px, py) => [(px - v.offsetX) / v.scale, (v.offsetY - py) / v.scale];

function polygon(ctx, v, pts) {
  const first = toPx(v, pts[0][0], pts[0][1]);
  ctx.moveTo(first[0], first[1]);
  for (let i = 1; i < pts.length; i++) {
    const p = toPx(v, pts[i][0], pts[i][1]);
    ctx.lineTo(p[0], p[1]);
  }
  ctx.closePath();
}

/**
 * @param {any} ctx CanvasRenderingContext2D-like
 * @param {any} level the /map document
 * @param {string} states one character per space (F R O D), '' before the first poll
 * @param {{scale: number, offsetX: number, offsetY: number}} view
 * @param {{width: number, height: number, pixelRatio?: number, selectedId?: string, carId?: string, route?: Array<{levelId: string, points: number[][]}>, start?: number[]}} opts
 */
function drawLevel(ctx, level, states, view, opts) {
  const ratio = opts.pixelRatio || 1;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.fillStyle = '#f4f6f9';
  ctx.fillRect(0, 0, opts.width, opts.height);

  ctx.beginPath();
  polygon(ctx, view, level.outline);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.strokeStyle = '#5b6472';
  ctx.lineWidth = 1.5;
  ctx.stroke();

  for (const z of level.zones) {
    ctx.beginPath();
    polygon(ctx, view, z.polygon);
    ctx.globalAlpha = 0.08;
    ctx.fillStyle = z.color || '#4e79a7';
    ctx.fill();
    ctx.globalAlpha = 1;
  }

  // One path per state: 600 spaces cost four fills instead of 600.
  /** @type {Record<string, number[]>} */
  const byState = { F: [], R: [], O: [], D: [], S: [] };
  level.spaces.forEach((s, i) => {
    const st = s.id === opts.selectedId || s.id === opts.carId ? 'S' : (states[i] || 'F');
    (byState[st] || byState.F).push(i);
  });
  ctx.lineWidth = 1;
  ctx.strokeStyle = '#ffffff';
  for (const st of ['F', 'R', 'O', 'D', 'S']) {
    const list = byState[st];
    if (list.length === 0) continue;
    ctx.beginPath();
    for (const i of list) polygon(ctx, view, level.spaces[i].polygon);
    ctx.fillStyle = STATE_STYLE[st].fill;
    ctx.fill();
    ctx.stroke();
    drawMarks(ctx, view, level, list, STATE_STYLE[st].mark);
  }

  if (level.walkways && level.walkways.length) {
    ctx.beginPath();
    for (const w of level.walkways) {
      const a = toPx(view, w[0], w[1]);
      const b = toPx(view, w[2], w[3]);
      ctx.moveTo(a[0], a[1]);
      ctx.lineTo(b[0], b[1]);
    }
    ctx.strokeStyle = 'rgba(91,100,114,0.25)';
    ctx.lineWidth = 1;
    ctx.stroke();
  }

  // The route goes under the icons.
  const legs = (opts.route || []).filter((l) => l.levelId === level.levelId);
  for (const leg of legs) {
    ctx.beginPath();
    leg.points.forEach((p, k) => {
      const q = toPx(view, p[0], p[1]);
      if (k === 0) ctx.moveTo(q[0], q[1]); else ctx.lineTo(q[0], q[1]);
    });
    ctx.strokeStyle = '#0b5cad';
    ctx.lineWidth = 4;
    ctx.stroke();
  }

  if (view.scale > 3) {
    ctx.fillStyle = '#1f2733';
    ctx.font = '11px sans-serif';
    ctx.textAlign = 'center';
    for (const l of level.landmarks) {
      const glyph = LANDMARK_GLYPH[l.kind];
      if (!glyph) continue;
      const p = toPx(view, l.x, l.y);
      ctx.fillText(glyph, p[0], p[1] + 4);
    }
  }

  if (legs.length) {
    const first = legs[0].points[0];
    const last = legs[legs.length - 1].points[legs[legs.length - 1].points.length - 1];
    pin(ctx, view, first, '#2e9d5b', 'A');
    pin(ctx, view, last, '#d93025', 'P');
  }
}

function drawMarks(ctx, view, level, list, mark) {
  if (!mark) return;
  ctx.beginPath();
  for (const i of list) {
    const c = centroid(level.spaces[i].polygon);
    const p = toPx(view, c[0], c[1]);
    const r = Math.max(2, view.scale * 0.8);
    if (mark === 'slash') { ctx.moveTo(p[0] - r, p[1] + r); ctx.lineTo(p[0] + r, p[1] - r); }
    else if (mark === 'cross') { ctx.moveTo(p[0] - r, p[1] - r); ctx.lineTo(p[0] + r, p[1] + r); ctx.moveTo(p[0] - r, p[1] + r); ctx.lineTo(p[0] + r, p[1] - r); }
    else if (mark === 'dash') { ctx.moveTo(p[0] - r, p[1]); ctx.lineTo(p[0] + r, p[1]); }
    else if (mark === 'ring') { ctx.moveTo(p[0] + r, p[1]); ctx.arc(p[0], p[1], r, 0, Math.PI * 2); }
  }
  ctx.strokeStyle = '#1f2733';
  ctx.lineWidth = 1.2;
  ctx.stroke();
}

function pin(ctx, view, point, color, letter) {
  const p = toPx(view, point[0], point[1]);
  ctx.beginPath();
  ctx.arc(p[0], p[1] - 12, 9, 0, Math.PI * 2);
  ctx.fillStyle = color;
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.font = 'bold 11px sans-serif';
  ctx.textAlign = 'center';
  ctx.fillText(letter, p[0], p[1] - 8);
}

/** @param {number[][]} poly */
function centroid(poly) {
  let x = 0, y = 0;
  for (const p of poly) { x += p[0]; y += p[1]; }
  return [x / poly.length, y / poly.length];
}

module.exports = { drawLevel, fitView, toPx, toLocal, centroid, STATE_STYLE };
