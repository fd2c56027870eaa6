// A `wx` for node: request and uploadFile go over real HTTP to the test host; storage lives in memory;
// login, location, camera, album and the rest answer from a script the test sets; navigation, toasts,
// modals, openLocation and subscribe requests are recorded for the test to read.
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const { canvasNode } = require('./recording-context');

function createShim() {
  const storage = new Map();
  const calls = { navigate: [], toast: [], modal: [], openLocation: [], subscribe: [], clipboard: [], requests: [] };
  const script = {
    online: true,
    loginName: 'driver',
    loginCount: 0,
    location: null,          // {latitude, longitude, accuracy} or null = denied
    scan: null,              // {result} or null = denied
    media: null,             // file path or null = denied
    subscribeAnswer: 'accept',
    modalConfirm: true
  };
  /** @type {Array<(res: {isConnected: boolean}) => void>} */
  const networkListeners = [];
  const later = (fn) => setImmediate(fn);

  function httpCall(url, method, headers, body, timeout) {
    return new Promise((resolve, reject) => {
      const req = http.request(url, { method, headers, timeout }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ statusCode: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      if (body) req.write(body);
      req.end();
    });
  }

  const wx = {
    script,
    calls,
    storage,
    goOnline(online) {
      script.online = online;
      networkListeners.forEach((l) => l({ isConnected: online }));
    },
    getStorageSync: (k) => (storage.has(k) ? JSON.parse(storage.get(k)) : ''),
    setStorageSync: (k, v) => { storage.set(k, JSON.stringify(v)); },
    removeStorageSync: (k) => { storage.delete(k); },
    login({ success, fail }) {
      if (!script.online) return later(() => fail && fail({ errMsg: 'login:fail' }));
      script.loginCount++;
      later(() => success({ code: `${script.loginName}~${script.loginCount}`, errMsg: 'login:ok' }));
    },
    request(o) {
      const method = (o.method || 'GET').toUpperCase();
      calls.requests.push({ method, url: o.url, header: Object.assign({}, o.header) });
      if (!script.online) return later(() => o.fail && o.fail({ errMsg: 'request:fail' }));
      const headers = Object.assign({}, o.header);
      let body = null;
      if (o.data !== undefined && method !== 'GET') {
        body = Buffer.from(typeof o.data === 'string' ? o.data : JSON.stringify(o.data));
        headers['Content-Type'] = headers['Content-Type'] || 'application/json';
      }
      if (body) headers['Content-Length'] = String(body.length);
      httpCall(o.url, method, headers, body, o.timeout || 60000).then((res) => {
        const text = res.body.toString('utf8');
        let data = text;
        if (/json/.test(String(res.headers['content-type'])) && text) data = JSON.parse(text);
        const header = {};
        for (const [k, v] of Object.entries(res.headers)) header[k === 'etag' ? 'ETag' : k] = v;
        o.success && o.success({ statusCode: res.statusCode, data, header, errMsg: 'request:ok' });
      }, () => o.fail && o.fail({ errMsg: 'request:fail' }));
    },
    uploadFile(o) {
      calls.requests.push({ method: 'UPLOAD', url: o.url, header: Object.assign({}, o.header) });
      if (!script.online) return later(() => o.fail && o.fail({ errMsg: 'uploadFile:fail' }));
      const boundary = '----ps' + Date.now();
      const file = fs.readFileSync(o.filePath);
      const type = o.filePath.endsWith('.png') ? 'image/png' : 'image/jpeg';
      const body = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${o.name}"; filename="${path.basename(o.filePath)}"\r\nContent-Type: ${type}\r\n\r\n`),
        file, Buffer.from(`\r\n--${boundary}--\r\n`)
      ]);
      const headers = Object.assign({}, o.header, { 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': String(body.length) });
      httpCall(o.url, 'POST', headers, body, o.timeout || 60000).then(
        (res) => o.success && o.success({ statusCode: res.statusCode, data: res.body.toString('utf8'), errMsg: 'uploadFile:ok' }),
        () => o.fail && o.fail({ errMsg: 'uploadFile:fail' }));
    },
    downloadFile(o) { later(() => o.fail && o.fail({ errMsg: 'downloadFile:fail' })); },
    getLocation(o) { later(() => (script.location ? o.success(Object.assign({ accuracy: 10 }, script.location)) : o.fail({ errMsg: 'getLocation:fail auth deny' }))); },
    scanCode(o) { later(() => (script.scan ? o.success(Object.assign({ scanType: 'QR_CODE' }, script.scan)) : o.fail({ errMsg: 'scanCode:fail auth deny' }))); },
    chooseMedia(o) { later(() => (script.media ? o.success({ tempFiles: [{ tempFilePath: script.media, size: 1 }], type: 'image' }) : o.fail({ errMsg: 'chooseMedia:fail auth deny' }))); },
    openLocation(o) { calls.openLocation.push(o); },
    requestSubscribeMessage(o) {
      calls.subscribe.push(o.tmplIds.slice());
      const res = { errMsg: 'requestSubscribeMessage:ok' };
      o.tmplIds.forEach((id) => { res[id] = script.subscribeAnswer; });
      later(() => o.success(res));
    },
    showToast(o) { calls.toast.push(o.title); },
    showModal(o) { calls.modal.push(o); later(() => o.success && o.success({ confirm: script.modalConfirm, cancel: !script.modalConfirm })); },
    showLoading() {}, hideLoading() {},
    navigateTo(o) { calls.navigate.push(o.url); },
    redirectTo(o) { calls.navigate.push(o.url); },
    switchTab(o) { calls.navigate.push(o.url); },
    reLaunch(o) { calls.navigate.push(o.url); },
    setNavigationBarTitle() {},
    stopPullDownRefresh() {},
    setClipboardData(o) { calls.clipboard.push(o.data); o.success && later(() => o.success({})); },
    saveImageToPhotosAlbum(o) { later(() => o.fail && o.fail({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' })); },
    openSetting() {},
    openPrivacyContract() {},
    onNetworkStatusChange(l) { networkListeners.push(l); },
    onNeedPrivacyAuthorization() {},
    getWindowInfo: () => ({ pixelRatio: 2, windowWidth: 375, windowHeight: 700 }),
    getSystemInfoSync: () => ({ pixelRatio: 2, language: 'zh_CN', windowWidth: 375 }),
    getAppBaseInfo: () => ({ language: 'zh_CN' }),
    /** SelectorQuery for <canvas type="2d">: a recording canvas of 375 × the requested height. */
    createSelectorQuery() {
      const q = {
        in() { return q; },
        select() { return q; },
        fields() { return q; },
        exec(cb) { const node = canvasNode(); (global.wx || wx).lastCanvas = node; later(() => cb([{ node, width: 375, height: 420 }])); }
      };
      return q;
    },
    lastCanvas: null
  };
  return wx;
}

module.exports = { createShim };
