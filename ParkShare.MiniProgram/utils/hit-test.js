// Which space a tap on the level map means, in lot-local metres: the space containing the point, else
// the nearest within 6 m (nearest first, then by code) — the same rule as the host's map-point refinement.
const TAP_RADIUS = 6.0;
const CELL = 8; // metres per grid cell of the index

/** @param {number[][]} poly @param {number} x @param {number} y */
function contains(poly, x, y) {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const xi = poly[i][0], yi = poly[i][1], xj = poly[j][0], yj = poly[j][1];
    if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance from (x, y) to a segment. */
function segmentDistance(x, y, x1, y1, x2, y2) {
  const dx = x2 - x1, dy = y2 - y1;
  const len = dx * dx + dy * dy;
  let t = len === 0 ? 0 : ((x - x1) * dx + (y - y1) * dy) / len;
  t = Math.max(0, Math.min(1, t));
  const px = x1 + t * dx - x, py = y1 + t * dy - y;
  return Math.sqrt(px * px + py * py);
}

/** @param {number[][]} poly */
function distance(poly, x, y) {
  if (contains(poly, x, y)) return 0;
  let best = Infinity;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    best = Math.min(best, segmentDistance(x, y, poly[j][0], poly[j][1], poly[i][0], poly[i][1]));
  }
  return best;
}

/**
 * A grid of space indexes over the level's bounds, built once per map.
 * @param {{spaces: Array<{code: string, polygon: number[][]}>}} level
 */
function buildIndex(level) {
  /** @type {Map<string, number[]>} */
  const cells = new Map();
  level.spaces.forEach((s, i) => {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const p of s.polygon) { minX = Math.min(minX, p[0]); maxX = Math.max(maxX, p[0]); minY = Math.min(minY, p[1]); maxY = Math.max(maxY, p[1]); }
    for (let cx = Math.floor(minX / CELL); cx <= Math.floor(maxX / CELL); cx++) {
      for (let cy = Math.floor(minY / CELL); cy <= Math.floor(maxY / CELL); cy++) {
        const key = cx + ',' + cy;
        const list = cells.get(key);
        if (list) list.push(i); else cells.set(key, [i]);
      }
    }
  });
  return cells;
}

/**
 * @param {{spaces: Array<{id: string, code: string, polygon: number[][]}>, _index?: Map<string, number[]>}} level
 * @param {number} x lot-local metres, east
 * @param {number} y lot-local metres, north
 * @returns {{id: string, code: string} | null}
 */
function spaceAt(level, x, y) {
  if (!level._index) Object.defineProperty(level, '_index', { value: buildIndex(level), enumerable: false });
  const index = /** @type {Map<string, number[]>} */ (level._index);
  const reach = Math.ceil(TAP_RADIUS / CELL);
  const cx = Math.floor(x / CELL), cy = Math.floor(y / CELL);
  const seen = new Set();
  /** @type {Array<{i: number, d: number}>} */
  const near = [];
  for (let dx = -reach; dx <= reach; dx++) {
    for (let dy = -reach; dy <= reach; dy++) {
      for (const i of index.get((cx + dx) + ',' + (cy + dy)) || []) {
        if (seen.has(i)) continue;
        seen.add(i);
        const d = distance(level.spaces[i].polygon, x, y);
        if (d === 0 && dx === 0 && dy === 0) return level.spaces[i];
        if (d <= TAP_RADIUS) near.push({ i, d });
      }
    }
  }
  near.sort((a, b) => a.d - b.d || (level.spaces[a.i].code < level.spaces[b.i].code ? -1 : 1));
  return near.length ? level.spaces[near[0].i] : null;
}

module.exports = { spaceAt, contains, TAP_RADIUS };
