// zh-CN and en have the same keys, no blank value, the same {n} placeholders; every key the client uses exists.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const zh = require('../utils/strings/zh-CN');
const en = require('../utils/strings/en');

const root = path.resolve(__dirname, '..');
function files(dir, ext) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return ['node_modules', 'test', 'tools'].includes(e.name) ? [] : files(p, ext);
    return p.endsWith(ext) ? [p] : [];
  });
}

test('both tables have the same keys, none blank, same placeholders', () => {
  assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort());
  for (const k of Object.keys(zh)) {
    assert.ok(zh[k].trim() && en[k].trim(), `blank value for ${k}`);
    const holes = (s) => (s.match(/\{\d+\}/g) || []).sort().join();
    assert.equal(holes(en[k]), holes(zh[k]), `placeholders of ${k}`);
  }
});

test('every key the pages and components use exists', () => {
  const used = new Set();
  for (const f of files(root, '.js')) for (const m of fs.readFileSync(f, 'utf8').matchAll(/i18n\.t\('([A-Za-z_]+)'(?!\s*\+)/g)) used.add(m[1]);
  for (const f of files(root, '.wxml')) for (const m of fs.readFileSync(f, 'utf8').matchAll(/\bt\.([A-Za-z_]+)/g)) used.add(m[1]);
  for (const state of ['F', 'R', 'O', 'D']) used.add('state' + state);
  for (const s of ['active', 'checkedIn', 'cancelled', 'expired']) used.add('resState_' + s);
  for (const s of ['active', 'expired', 'revoked', 'usedUp', 'pickedUp']) used.add('shareState_' + s);
  for (const r of ['friend', 'driver']) used.add('role_' + r);
  const missing = [...used].filter((k) => !(k in zh));
  assert.deepEqual(missing, []);
  assert.ok(used.size > 100);
});
