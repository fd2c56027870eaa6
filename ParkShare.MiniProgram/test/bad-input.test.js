// Bad input on the client: every case ends in a clear localised message, never a blank page or a stuck spinner.
const test = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const { wx, config, freshPhone, openPage, closeAll } = require('./helpers/env');
const api = require('../utils/api');
const strings = require('../utils/strings/zh-CN');
const en = require('../utils/strings/en');
const i18n = require('../utils/i18n');

test.afterEach(() => closeAll());

test('no network in the middle of a flow: the lots page says so and stops', async () => {
  freshPhone('nonet');
  await api.ensureSession();
  wx.script.online = false;
  const page = await openPage('pages/lots/index');
  assert.equal(page.instance.data.error, strings.errNetwork);
  assert.equal(page.instance.data.busy, false);
  assert.equal(page.querySelector('.error').dom.textContent, strings.errNetwork);
});

test('a revoked share and a tampered scene each get their own message', async () => {
  freshPhone('revoker');
  const lot = (await api.get('/api/mp/lots')).items[0];
  const record = await api.create('/api/mp/records', { lotId: lot.id, position: { kind: 'spaceCode', code: 'B3-F-010' } });
  const share = await api.create('/api/mp/shares', { recordId: record.id });
  await api.del(`/api/mp/shares/${share.id}`);
  const token = share.url.split('/').pop();

  freshPhone('visitor');
  const gone = await openPage('pages/share/view', { scene: token });
  assert.equal(gone.instance.data.state, 'gone');
  assert.equal(gone.instance.data.message, strings.shareGone);
  const tampered = await openPage('pages/share/view', { scene: token.slice(0, 10) + '%' });
  assert.equal(tampered.instance.data.state, 'invalid');
  assert.equal(tampered.instance.data.message, strings.sceneTampered);
  const unknown = await openPage('pages/share/view', { scene: 'A'.repeat(22) });
  assert.equal(unknown.instance.data.message, strings.shareNotFound);
});

test('an invite already used: the host\'s reason, in English when English is chosen', async () => {
  freshPhone('inv-owner');
  const invite = await api.create('/api/mp/bindings/invites');
  freshPhone('inv-first');
  await api.post('/api/mp/bindings/accept', { invite: invite.code });
  freshPhone('inv-second');
  i18n.setLang('en');
  const page = await openPage('pages/bind/accept', { invite: invite.code });
  assert.equal(page.instance.data.state, 'failed');
  assert.match(page.instance.data.message, /[A-Za-z]/);
  assert.doesNotMatch(page.instance.data.message, /[{}"]/, 'a sentence, not JSON');
  const last = wx.calls.requests[wx.calls.requests.length - 1];
  assert.equal(last.header['Accept-Language'], 'en');
});

test('a 5xx from the host: the localised server message, and a GET is retried but a POST is not', async () => {
  freshPhone('fivexx');
  const hits = { GET: 0, POST: 0 };
  const server = http.createServer((req, res) => {
    if (req.url === '/api/mp/session') { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"token":"t","driverId":"d","expiresAt":"2030-01-01T00:00:00Z"}'); return; }
    hits[req.method] = (hits[req.method] || 0) + 1;
    res.writeHead(500, { 'content-type': 'application/problem+json' });
    res.end('{"type":"/problems/server_error","status":500,"detail":"boom","code":"server_error"}');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const saved = config.baseUrl;
  config.baseUrl = `http://127.0.0.1:${server.address().port}`;
  try {
    const page = await openPage('pages/shared/index');
    await page.instance.load();
    assert.equal(page.instance.data.error, strings.errServer);
    assert.equal(page.instance.data.busy, false);
    assert.equal(hits.GET, 3, 'an idempotent call is retried twice');
    await assert.rejects(api.post('/api/mp/refine', {}), (e) => e.message === strings.errServer);
    assert.equal(hits.POST, 1, 'a POST without an Idempotency-Key is not retried');
  } finally {
    config.baseUrl = saved;
    server.close();
  }
});

test('denied location, camera and album permissions are explained', async () => {
  freshPhone('denied');
  const lots = await openPage('pages/lots/index');
  assert.equal(lots.instance.data.hint, strings.locationFallback);
  assert.ok(lots.instance.data.lots.length > 0, 'the plain list instead');
  const parkPage = await openPage('pages/park/index');
  await parkPage.instance.scan();
  assert.equal(parkPage.instance.data.error, strings.cameraDenied);
  await parkPage.instance.useGps();
  assert.equal(parkPage.instance.data.error, strings.locationDenied);
  await parkPage.instance.choosePhoto();
  assert.equal(parkPage.instance.data.error, strings.albumDenied);
  assert.equal(parkPage.instance.data.busy, false);
  assert.ok(en.cameraDenied);
});
