// A PIN link's photo in the friend's view (issue #20): hidden until the PIN is accepted, then shown from a URL
// that carries the host's short-lived PIN proof (an <image> cannot send the /s page's PIN cookie).
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { wx, config, freshPhone, openPage, closeAll } = require('./helpers/env');
const api = require('../utils/api');

test.afterEach(() => closeAll());

/** GETs a URL as an <image> would: no cookie, no token. */
const fetchStatus = (url) => new Promise((resolve) => wx.request({ url, method: 'GET', success: (r) => resolve(r.statusCode), fail: () => resolve(0) }));

test('a PIN link shows its photo once the PIN is accepted, from a URL with the PIN proof', async () => {
  freshPhone('photo-sharer');
  const lots = await api.get('/api/mp/lots');
  const record = await api.create('/api/mp/records', { lotId: lots.items[0].id, position: { kind: 'spaceCode', code: 'B2-A-031' } });
  const file = path.join(os.tmpdir(), `ps-photo-${process.pid}.png`);
  fs.writeFileSync(file, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAIAAAD8GO2jAAAAKklEQVR4nGM4YaNBU8QwasGoBaMWjFowasGoBaMWjFowasGoBaMWDBULADahsD3faps9AAAAAElFTkSuQmCC', 'base64'));
  await api.upload({ path: `/api/mp/records/${record.id}/photo`, filePath: file, name: 'photo' });
  const share = await api.create('/api/mp/shares', { recordId: record.id, lifetimeHours: 4, pin: '468213', showPhoto: true });
  const token = share.url.split('/').pop();

  freshPhone('photo-friend');
  const view = await openPage('pages/share/view', { scene: token });
  assert.equal(view.instance.data.state, 'pin');
  assert.ok(!view.querySelector('#photo'), 'no photo before the PIN');
  view.instance.setData({ pin: '468213' });
  await view.instance.submitPin();

  const url = view.instance.data.info.photoUrl;
  assert.match(url, new RegExp(`/s/${token}/photo\\?proof=`));
  assert.ok(view.querySelector('#photo'), 'the photo is on the page');
  const local = url.replace(/^https?:\/\/[^/]+/, config.baseUrl);
  assert.equal(await fetchStatus(local), 200);
  assert.equal(await fetchStatus(local.split('?')[0]), 403, 'without the proof the PIN is still asked');
});
