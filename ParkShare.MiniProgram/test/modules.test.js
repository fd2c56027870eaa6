// Pure modules: the canvas renderer (recording context), tap hit-testing against the host's own
// map-point refinement, GCJ-02 against published reference points, and the offline queue.
const test = require('node:test');
const assert = require('node:assert/strict');
const { wx, config, freshPhone } = require('./helpers/env');
const { RecordingContext, fills } = require('./helpers/recording-context');
const render = require('../utils/map-render');
const hit = require('../utils/hit-test');
const gcj = require('../utils/gcj02');
const queue = require('../utils/offline-queue');
const api = require('../utils/api');

async function level(name) {
  const lot = (await api.request({ path: '/api/mp/lots', auth: false })).data.items[0];
  const levelId = lot.levels.find((l) => l.name === name).id;
  const map = (await api.request({ path: `/api/mp/lots/${lot.id}/levels/${levelId}/map`, auth: false })).data;
  return { lot, levelId, map };
}

/** A small seeded PRNG so a failure can be replayed. */
function random(seed) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; };
}

test('renderer: each space is drawn once, in its state\'s colour, under the route and pins', async () => {
  freshPhone('render');
  const { map } = await level('B2');
  const states = map.spaces.map((_, i) => 'FROD'[i % 4]).join('');
  const ctx = new RecordingContext();
  const view = render.fitView(map, 375, 420);
  const route = [{ levelId: map.levelId, points: [[10, 10], [40, 10], [40, 50]] }];
  render.drawLevel(ctx, map, states, view, { width: 375, height: 420, pixelRatio: 2, route });

  const firstPixel = new Map(map.spaces.map((s, i) => [render.toPx(view, s.polygon[0][0], s.polygon[0][1]).join(','), i]));
  const seen = new Map();
  for (const f of fills(ctx.ops)) {
    for (const start of f.starts) {
      const i = firstPixel.get(start.join(','));
      if (i === undefined) continue;
      assert.ok(!seen.has(i), `space ${map.spaces[i].code} drawn twice`);
      seen.set(i, f.color);
    }
  }
  assert.equal(seen.size, map.spaces.length);
  map.spaces.forEach((s, i) => assert.equal(seen.get(i), render.STATE_STYLE[states[i]].fill, s.code));
  const routeAt = ctx.ops.findIndex((op) => op[0] === 'set' && op[1] === 'strokeStyle' && op[2] === '#0b5cad');
  const pinAt = ctx.ops.findIndex((op) => op[0] === 'set' && op[1] === 'fillStyle' && op[2] === '#d93025');
  assert.ok(routeAt > 0 && pinAt > routeAt, 'the route is drawn before (under) the end pin');
});

test('hit-testing: 200 random taps pick the same space as the host\'s map-point refinement', async () => {
  freshPhone('hits');
  const { lot, levelId, map } = await level('B2');
  const xs = map.outline.map((p) => p[0]), ys = map.outline.map((p) => p[1]);
  const next = random(20261127);
  let inside = 0, near = 0, none = 0;
  for (let k = 0; k < 200; k++) {
    const x = Math.min(...xs) + next() * (Math.max(...xs) - Math.min(...xs));
    const y = Math.min(...ys) + next() * (Math.max(...ys) - Math.min(...ys));
    const mine = hit.spaceAt(map, x, y);
    const res = await new Promise((resolve) => wx.request({
      url: `${config.baseUrl}/api/mp/refine`, method: 'POST', header: { 'Content-Type': 'application/json' },
      data: { lotId: lot.id, position: { kind: 'mapPoint', levelId, x, y } }, success: resolve
    }));
    let theirs = null;
    if (res.statusCode === 200) theirs = res.data.status === 'resolved' ? res.data.position.space.id : res.data.candidates[0].space.id;
    else assert.ok(res.statusCode >= 400 && res.statusCode < 500, `refine answered ${res.statusCode}`);
    assert.equal(mine ? mine.id : null, theirs, `tap at (${x.toFixed(3)}, ${y.toFixed(3)})`);
    if (res.statusCode !== 200) none++; else if (res.data.status === 'resolved') inside++; else near++;
  }
  assert.ok(inside > 20 && none + near > 5, `a mix of cases: ${inside} inside, ${near} near, ${none} none`);
});

test('GCJ-02: published reference points and the way back', () => {
  // wandergis/coordtransform's own test: wgs84togcj02(116.404, 39.915) = [116.41024449916938, 39.91640428150164].
  const beijing = gcj.wgs84ToGcj02(39.915, 116.404);
  assert.ok(Math.abs(beijing.lng - 116.41024449916938) < 1e-12 && Math.abs(beijing.lat - 39.91640428150164) < 1e-12, JSON.stringify(beijing));
  // Outside China nothing moves (Greenwich).
  assert.deepEqual(gcj.wgs84ToGcj02(51.4779, -0.0015), { lat: 51.4779, lng: -0.0015 });
  // GCJ-02 → WGS84 by iteration returns to the start within 1e-7°.
  const back = gcj.gcj02ToWgs84(beijing.lat, beijing.lng);
  assert.ok(Math.abs(back.lat - 39.915) < 1e-7 && Math.abs(back.lng - 116.404) < 1e-7, JSON.stringify(back));
});

test('offline queue: kept in order, one entry per key, sent until the network fails, refusals dropped', async () => {
  freshPhone('queue');
  queue.enqueue({ path: '/a', data: 1, idempotencyKey: 'k1', kind: 'record' });
  queue.enqueue({ path: '/a', data: 1, idempotencyKey: 'k1', kind: 'record' });
  queue.enqueue({ path: '/b', data: 2, idempotencyKey: 'k2', kind: 'record' });
  queue.enqueue({ path: '/c', data: 3, idempotencyKey: 'k3', kind: 'record' });
  assert.deepEqual(queue.items().map((q) => q.idempotencyKey), ['k1', 'k2', 'k3']);
  const sentKeys = [];
  let online = false;
  const fake = {
    create: (path, data, key) => {
      if (!online) return Promise.reject({ network: true });
      sentKeys.push(key);
      return key === 'k2' ? Promise.reject({ status: 409, message: 'refused' }) : Promise.resolve({ id: key });
    }
  };
  const offline = await queue.flush(fake);
  assert.deepEqual([offline.sent.length, offline.left], [0, 3]);
  online = true;
  const result = await queue.flush(fake);
  assert.deepEqual(sentKeys, ['k1', 'k2', 'k3']);
  assert.deepEqual(result.sent.map((s) => s.item.idempotencyKey), ['k1', 'k3']);
  assert.deepEqual(result.refused.map((s) => s.item.idempotencyKey), ['k2']);
  assert.equal(queue.items().length, 0);
});
