// Loads a DOM, miniprogram-simulate and the wx shim, and points config.js at the test host.
require('global-jsdom/register');
global.Event = window.Event;
global.CustomEvent = window.CustomEvent;
const simulate = require('miniprogram-simulate');
const path = require('node:path');
const { createShim } = require('./wx');

const root = path.resolve(__dirname, '..', '..');
const shim = createShim();
Object.assign(global.wx, shim);
const wx = global.wx;

const config = require('../../config');
config.baseUrl = process.env.PARKSHARE_HOST || 'http://127.0.0.1:9';
config.timeoutMs = 15000;

/** Resets the phone: storage, scripts, recorded calls, signed-out, zh-CN. */
function freshPhone(loginName) {
  wx.storage.clear();
  Object.assign(wx.script, { online: true, loginName: `${loginName}-${Math.random().toString(36).slice(2, 8)}`, loginCount: 0, location: null, scan: null, media: null, subscribeAnswer: 'accept', modalConfirm: true });
  for (const k of Object.keys(wx.calls)) wx.calls[k].length = 0;
  require('../../utils/i18n').reset();
}

const opened = [];

/** Renders a page (written with Component()) and calls its onLoad with the query. */
async function openPage(page, query = {}) {
  const id = simulate.load(path.join(root, page), { rootPath: root, compiler: 'simulate' });
  const comp = simulate.render(id);
  comp.attach(document.createElement('parent-wrapper'));
  opened.push(comp);
  if (comp.instance.onLoad) await comp.instance.onLoad(query);
  await settle();
  return comp;
}

/** Closes every page opened so far (their timers stop, as when WeChat unloads them). */
function closeAll() {
  while (opened.length) opened.pop().detach();
}

/** Lets pending HTTP answers and timers run. */
function settle(ms = 50) { return new Promise((r) => setTimeout(r, ms)); }

/** Polls until fn() is truthy (a page's async work done), failing after a few seconds. */
async function until(fn, what, ms = 15000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = fn();
    if (v) return v;
    await settle(25);
  }
  throw new Error(`timed out waiting for ${what}`);
}

module.exports = { simulate, wx, root, config, freshPhone, openPage, closeAll, settle, until };
