// The driver flows on the real pages (miniprogram-simulate) against the real host.
const test = require('node:test');
const assert = require('node:assert/strict');
const { wx, config, freshPhone, openPage, closeAll, settle, until } = require('./helpers/env');
const api = require('../utils/api');
const storage = require('../utils/storage');
const render = require('../utils/map-render');
const gcj = require('../utils/gcj02');

/** Taps a space by code on a page's level-map (through its own transform and hit-test). */
async function tapSpace(page, code) {
  const mapComp = page.querySelector('#level-map');
  mapComp.triggerLifeTime('ready');
  const map = await until(() => mapComp.instance.view && mapComp.instance, 'the canvas');
  const space = map.data.level.spaces.find((s) => s.code === code);
  const c = render.centroid(space.polygon);
  const px = render.toPx(map.view, c[0], c[1]);
  map.tapAt(px[0], px[1]);
  await settle();
}

async function park(code) {
  const page = await openPage('pages/park/index');
  await until(() => page.instance.data.lots.length, 'lots on the park page');
  page.instance.setData({ code });
  await page.instance.lookUp();
  await page.instance.save();
  return page;
}

const lastNav = () => wx.calls.navigate[wx.calls.navigate.length - 1] || '';
const idFrom = (url) => /[?&]id=([^&]+)/.exec(url)[1];

test.afterEach(() => closeAll());

test('silent sign-in, then again after the session ends', async () => {
  freshPhone('signin');
  const home = await openPage('pages/index/index');
  await home.instance.load();
  const first = storage.get(storage.TOKEN);
  assert.ok(first.token, 'signed in without a form');
  assert.equal(wx.script.loginCount, 1);
  assert.equal(home.instance.data.error, '');
  // The session ends on the host (as an expired one would): the next call signs in again once, silently.
  await api.del('/api/mp/session');
  await home.instance.load();
  assert.equal(home.instance.data.error, '');
  assert.equal(wx.script.loginCount, 2);
  assert.notEqual(storage.get(storage.TOKEN).token, first.token);
  assert.ok(wx.calls.requests.every((r) => r.header['Accept-Language'] === 'zh-CN'), 'every request says its language');
});

test('the lot list shows free spaces per level', async () => {
  freshPhone('lots');
  const page = await openPage('pages/lots/index');
  await until(() => page.instance.data.lots.length, 'lots');
  const lot = page.instance.data.lots[0];
  assert.equal(lot.name, '陆家嘴滨江停车场');
  assert.deepEqual(lot.levels.map((l) => l.name), ['B1', 'B2', 'B3']);
  assert.match(lot.levels[0].label, /^空闲 \d+ \/ 288$/);
  assert.equal(page.querySelector('.lot-name').dom.textContent, '陆家嘴滨江停车场');
  assert.ok(page.instance.data.hint, 'without location the plain list says so');
});

test('pinch to zoom and drag to pan keep the level under the fingers; a tap afterwards still picks its space', async () => {
  freshPhone('pinch');
  const lots = (await api.get('/api/mp/lots')).items;
  const b1 = lots[0].levels.find((l) => l.name === 'B1');
  const page = await openPage('pages/lot/map', { lotId: lots[0].id, levelId: b1.id });
  await until(() => page.instance.data.states, 'states');
  page.instance.stopPolling();
  const mapComp = page.querySelector('#level-map');
  mapComp.triggerLifeTime('ready');
  const map = await until(() => mapComp.instance.view && mapComp.instance, 'the canvas');
  const space = map.data.level.spaces.find((s) => s.code.startsWith('B1-D'));
  const c = render.centroid(space.polygon);
  const fitted = map.view;
  const at = render.toPx(fitted, c[0], c[1]);

  // Two fingers around the space spread to twice their distance: twice the scale, the space stays under their middle.
  const touches = (d) => [{ x: at[0] - d, y: at[1] }, { x: at[0] + d, y: at[1] }];
  map.onTouchStart({ touches: touches(20) });
  map.onTouchMove({ touches: touches(40) });
  map.onTouchEnd({ touches: [] });
  assert.ok(Math.abs(map.view.scale - fitted.scale * 2) < 1e-9, 'twice the scale');
  const still = render.toPx(map.view, c[0], c[1]);
  assert.ok(Math.hypot(still[0] - at[0], still[1] - at[1]) < 1e-6, 'the pinched point stays under the fingers');

  // One finger drags 30 px right and 10 px up: the space moves with it, and no tap is taken from a drag.
  map.onTouchStart({ touches: [{ x: 100, y: 100 }] });
  map.onTouchMove({ touches: [{ x: 130, y: 90 }] });
  map.onTouchEnd({ touches: [] });
  const moved = render.toPx(map.view, c[0], c[1]);
  assert.ok(Math.abs(moved[0] - at[0] - 30) < 1e-6 && Math.abs(moved[1] - at[1] + 10) < 1e-6, 'panned with the finger');
  assert.equal(page.instance.data.sheet, null, 'a drag is not a tap');

  // A tap where the space now is picks it.
  map.onTouchStart({ touches: [{ x: moved[0], y: moved[1] }] });
  map.onTouchEnd({ touches: [] });
  await settle();
  assert.equal(page.instance.data.sheet.code, space.code);
});

test('reserve a space from the map sheet, then check in', async () => {
  freshPhone('reserve');
  const lots = (await api.get('/api/mp/lots')).items;
  const b1 = lots[0].levels.find((l) => l.name === 'B1');
  const page = await openPage('pages/lot/map', { lotId: lots[0].id, levelId: b1.id });
  await until(() => page.instance.data.states, 'states');
  const level = page.instance.data.level;
  const free = level.spaces.find((s, i) => page.instance.data.states[i] === 'F' && s.reservable && s.code.startsWith('B1-D'));
  await tapSpace(page, free.code);
  assert.equal(page.instance.data.sheet.code, free.code);
  assert.ok(page.instance.data.sheet.free);
  await page.instance.reserve();
  page.instance.stopPolling();
  assert.equal(page.instance.data.error, '');
  const reservationUrl = lastNav();
  assert.match(reservationUrl, /^\/pages\/reservation\/detail\?id=/);
  const create = wx.calls.requests.find((r) => r.method === 'POST' && r.url.endsWith('/api/mp/reservations'));
  assert.ok(create.header['Idempotency-Key'], 'a create carries an Idempotency-Key');

  const detail = await openPage('pages/reservation/detail', { id: idFrom(reservationUrl) });
  assert.equal(detail.instance.data.r.spaceCode, free.code);
  assert.match(detail.instance.data.countdown, /\d+:\d\d/);
  await detail.instance.checkIn();
  assert.match(lastNav(), /^\/pages\/record\/detail\?id=/);
  const current = await api.get('/api/mp/records/current');
  assert.equal(current.spaceCode, free.code);
});

test('my car: B2-C-017, its route steps, and the GCJ-02 point for openLocation', async () => {
  freshPhone('mycar');
  await park('b2c17');
  const url = lastNav();
  assert.match(url, /^\/pages\/record\/detail\?id=/);
  const page = await openPage('pages/record/detail', { id: idFrom(url) });
  const d = page.instance.data;
  assert.equal(d.car.spaceCode, 'B2-C-017');
  assert.match(d.car.levelZone, /B2/);
  assert.ok(d.car.steps.length >= 2, 'route steps');
  assert.ok(d.car.nearest.length > 0, 'nearest landmark');
  assert.equal(page.querySelector('#space').dom.textContent, 'B2-C-017');
  page.instance.navigate();
  const call = wx.calls.openLocation[0];
  const w = d.record.position.wgs84;
  const expected = gcj.wgs84ToGcj02(w.lat, w.lng);
  assert.ok(Math.abs(call.latitude - expected.lat) < 1e-9 && Math.abs(call.longitude - expected.lng) < 1e-9);
  // In Shanghai GCJ-02 lies about 0.002° south and 0.0045° east of WGS84: the point was converted, not passed through.
  assert.ok(w.lat - call.latitude > 0.001 && call.longitude - w.lng > 0.003, JSON.stringify({ call, w }));
});

test('park offline: queued, then sent exactly once when the network is back', async () => {
  freshPhone('offline');
  await api.ensureSession();
  const page = await openPage('pages/park/index');
  await until(() => page.instance.data.lots.length, 'lots');
  page.instance.setData({ code: 'B3-E-009' });
  await page.instance.lookUp();
  wx.goOnline(false);
  await page.instance.save();
  assert.match(page.instance.data.queuedNotice, /无网络/);
  assert.equal(page.instance.data.error, '');
  assert.equal(storage.get(storage.OUTBOX).length, 1);
  wx.goOnline(true);
  const queue = require('../utils/offline-queue');
  const [a, b] = await Promise.all([queue.flush(api), queue.flush(api)]);
  assert.equal(a.sent.length, 1);
  assert.equal(b, a, 'one flush at a time');
  await queue.flush(api);
  const list = await api.get('/api/mp/records');
  assert.equal(list.items.length, 1, 'the host holds one record');
  assert.equal(list.items[0].spaceCode, 'B3-E-009');
  assert.equal(queue.items().length, 0);
});

test('share with a PIN; the friend is asked for it, then sees the car', async () => {
  freshPhone('sharer');
  await park('B2-A-030');
  const recordId = idFrom(lastNav());
  const create = await openPage('pages/share/create', { recordId });
  create.instance.setData({ pin: '246813' });
  await create.instance.create();
  const share = create.instance.data.share;
  assert.equal(create.instance.data.error, '');
  assert.equal(share.pin, '246813', 'the PIN is shown back to its owner');
  assert.match(share.code, /^data:image\/png;base64,/);
  assert.match(create.instance.onShareAppMessage().path, /^\/pages\/share\/view\?scene=[A-Za-z0-9_-]{22}$/);
  const token = share.path.split('scene=')[1];

  freshPhone('friend');
  const view = await openPage('pages/share/view', { scene: encodeURIComponent(token) });
  assert.equal(view.instance.data.state, 'pin');
  view.instance.setData({ pin: '135724' });
  await view.instance.submitPin();
  assert.equal(view.instance.data.state, 'pin');
  assert.match(view.instance.data.error, /PIN/);
  view.instance.setData({ pin: '246813' });
  await view.instance.submitPin();
  assert.equal(view.instance.data.state, 'car');
  assert.equal(view.instance.data.car.spaceCode, 'B2-A-030');
  assert.equal(view.querySelector('#space').dom.textContent, 'B2-A-030');
});

test('accept a bind invite; a subscribe grant, then a record puts one message for pages/record/detail in the sandbox inbox', async () => {
  freshPhone('inviter');
  const friends = await openPage('pages/friends/index');
  await friends.instance.createInvite();
  const path = friends.instance.onShareAppMessage().path;
  assert.match(path, /^\/pages\/bind\/accept\?invite=/);
  const inviter = storage.get(storage.TOKEN);
  const invite = path.split('invite=')[1];

  freshPhone('invitee');
  const accept = await openPage('pages/bind/accept', { invite });
  assert.equal(accept.instance.data.state, 'bound');
  await accept.instance.allowNotices();
  assert.deepEqual(wx.calls.subscribe, [['sandbox-position-subscribe']]);
  const invitee = storage.get(storage.TOKEN);

  const again = await openPage('pages/bind/accept', { invite });
  assert.equal(again.instance.data.state, 'bound', 'accepting twice is harmless');

  storage.set(storage.TOKEN, inviter);
  const parked = await api.create('/api/mp/records', { lotId: (await api.get('/api/mp/lots')).items[0].id, position: { kind: 'spaceCode', code: 'B1-F-003' } });
  storage.set(storage.TOKEN, invitee);
  let items = [];
  const end = Date.now() + 20000;
  while (Date.now() < end && items.length === 0) {
    items = (await api.get('/api/mp/sandbox/inbox')).items;
    if (items.length === 0) await settle(200);
  }
  assert.equal(items.length, 1);
  assert.equal(items[0].kind, 'subscribe');
  assert.equal(items[0].page, `pages/record/detail?id=${parked.id}`);
  // The message opens the friend's view of that record.
  const detail = await openPage('pages/record/detail', { id: parked.id });
  assert.equal(detail.instance.data.car.spaceCode, 'B1-F-003');
  assert.equal(detail.instance.data.mine, false);
});

test('delete my account (asked first)', async () => {
  freshPhone('leaver');
  await park('B3-B-002');
  const token = storage.get(storage.TOKEN).token;
  const me = await openPage('pages/me/index');
  await me.instance.deleteAccount();
  assert.equal(wx.calls.modal.length, 1, 'asked first');
  assert.equal(me.instance.data.deleted, true);
  assert.equal(storage.get(storage.TOKEN), null);
  const res = await new Promise((resolve) => wx.request({ url: config.baseUrl + '/api/mp/me', header: { Authorization: `Bearer ${token}` }, success: resolve }));
  assert.equal(res.statusCode, 401);
});
