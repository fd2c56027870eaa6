// The one API module: base URL from config.js, the Bearer token in storage, a silent sign-in again on
// 401 session_required (once per call), ProblemDetails turned into a localised message, Accept-Language
// on every request, an Idempotency-Key on every create, timeouts, and retries for idempotent calls only.
const config = require('../config');
const storage = require('./storage');
const i18n = require('./i18n');

const IDEMPOTENT = ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'];
const RETRY_DELAYS = [400, 1200];

class ApiError extends Error {
  /**
   * @param {string} message localised, ready to show
   * @param {{status?: number, code?: string, problem?: any, network?: boolean}} info
   */
  constructor(message, info) {
    super(message);
    this.status = info.status || 0;
    this.code = info.code || (info.network ? 'network' : 'request_failed');
    this.problem = info.problem || null;
    this.network = !!info.network;
  }
}

/** A random v4-like key for Idempotency-Key (unique per create, kept with queued creates). */
function newKey() {
  const hex = '0123456789abcdef';
  let s = '';
  for (let i = 0; i < 32; i++) s += hex[Math.floor(Math.random() * 16)];
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-a${s.slice(17, 20)}-${s.slice(20)}`;
}

function session() { return storage.get(storage.TOKEN); }

/** @type {Promise<any> | null} */
let signingIn = null;

/** wx.login → POST /api/mp/session; concurrent callers share one sign-in. */
function signIn() {
  if (signingIn) return signingIn;
  signingIn = new Promise((resolve, reject) => {
    wx.login({
      timeout: config.timeoutMs,
      success: (res) => resolve(res.code),
      fail: () => reject(new ApiError(i18n.t('errLogin'), { code: 'login_failed', network: true }))
    });
  }).then((code) => send({ method: 'POST', path: '/api/mp/session', data: { code }, auth: false }))
    .then((res) => {
      const value = { token: res.data.token, driverId: res.data.driverId, expiresAt: res.data.expiresAt, privacyNoticeAccepted: res.data.privacyNoticeAccepted };
      storage.set(storage.TOKEN, value);
      return value;
    })
    .finally(() => { signingIn = null; });
  return signingIn;
}

/** Signs in unless a session is stored. */
function ensureSession() {
  const s = session();
  return s && s.token ? Promise.resolve(s) : signIn();
}

function signOutLocally() { storage.remove(storage.TOKEN); }

/** @param {any} res wx.request's success result */
function toError(res) {
  const body = res.data && typeof res.data === 'object' ? res.data : null;
  const code = body && body.code ? body.code : (res.statusCode >= 500 ? 'server_error' : 'request_failed');
  let message;
  if (res.statusCode >= 500) message = i18n.t('errServer');
  else if (body && body.errors && typeof body.errors === 'object') message = Object.values(body.errors).flat().join(' ') || body.detail;
  else if (body && typeof body.detail === 'string' && body.detail) message = body.detail;
  else message = i18n.t('errRequest');
  return new ApiError(message, { status: res.statusCode, code, problem: body });
}

/**
 * One HTTP exchange with retries for idempotent calls (network errors and 5xx only).
 * @param {{method?: string, path: string, data?: any, auth?: boolean, header?: Record<string,string>, idempotencyKey?: string}} opts
 * @returns {Promise<{status: number, data: any, header: any}>}
 */
function send(opts) {
  const method = (opts.method || 'GET').toUpperCase();
  const header = Object.assign({ 'Accept-Language': i18n.lang() }, opts.header || {});
  if (opts.data !== undefined && method !== 'GET') header['Content-Type'] = 'application/json';
  const s = session();
  if (opts.auth !== false && s && s.token) header.Authorization = `Bearer ${s.token}`;
  if (opts.idempotencyKey) header['Idempotency-Key'] = opts.idempotencyKey;
  const retryable = IDEMPOTENT.includes(method) || !!opts.idempotencyKey;
  const attempt = (n) => new Promise((resolve, reject) => {
    wx.request({
      url: config.baseUrl + opts.path,
      method: /** @type {any} */ (method),
      data: opts.data,
      header,
      timeout: config.timeoutMs,
      success: (res) => {
        if (res.statusCode >= 200 && res.statusCode < 400) resolve({ status: res.statusCode, data: res.data, header: res.header });
        else if (res.statusCode >= 500 && retryable && n < RETRY_DELAYS.length) setTimeout(() => attempt(n + 1).then(resolve, reject), RETRY_DELAYS[n]);
        else reject(toError(res));
      },
      fail: () => {
        if (retryable && n < RETRY_DELAYS.length) setTimeout(() => attempt(n + 1).then(resolve, reject), RETRY_DELAYS[n]);
        else reject(new ApiError(i18n.t('errNetwork'), { network: true }));
      }
    });
  });
  return attempt(0);
}

/**
 * A call to the host as the signed-in driver; on 401 session_required it signs in again silently and repeats once.
 * @param {{method?: string, path: string, data?: any, auth?: boolean, header?: Record<string,string>, create?: boolean, idempotencyKey?: string}} opts
 */
function request(opts) {
  const o = Object.assign({}, opts);
  if (o.create && !o.idempotencyKey) o.idempotencyKey = newKey();
  /** @type {string | null} */
  let used = null;
  const go = () => { const s = session(); used = s ? s.token : null; return send(o); };
  const first = o.auth === false ? go() : ensureSession().then(go);
  return first.catch((err) => {
    if (o.auth !== false && err instanceof ApiError && err.status === 401 && err.code === 'session_required') {
      // Calls that failed together sign in once: a later one finds the new token already stored.
      const now = session();
      if (now && now.token && now.token !== used) return send(o);
      signOutLocally();
      return signIn().then(() => send(o));
    }
    throw err;
  });
}

/**
 * wx.uploadFile with the same session, language and error handling.
 * @param {{path: string, filePath: string, name: string}} opts
 */
function upload(opts) {
  const go = () => new Promise((resolve, reject) => {
    const s = session();
    wx.uploadFile({
      url: config.baseUrl + opts.path,
      filePath: opts.filePath,
      name: opts.name,
      timeout: config.timeoutMs * 3,
      header: { 'Accept-Language': i18n.lang(), Authorization: s ? `Bearer ${s.token}` : '' },
      success: (res) => {
        let data = res.data;
        try { data = JSON.parse(res.data); } catch (e) { /* not JSON */ }
        if (res.statusCode >= 200 && res.statusCode < 300) resolve({ status: res.statusCode, data });
        else reject(toError({ statusCode: res.statusCode, data }));
      },
      fail: () => reject(new ApiError(i18n.t('errNetwork'), { network: true }))
    });
  });
  return ensureSession().then(go).catch((err) => {
    if (err instanceof ApiError && err.status === 401 && err.code === 'session_required') {
      signOutLocally();
      return signIn().then(go);
    }
    throw err;
  });
}

const get = (path) => request({ path }).then((r) => r.data);
const post = (path, data) => request({ method: 'POST', path, data }).then((r) => r.data);
const create = (path, data, idempotencyKey) => request({ method: 'POST', path, data, create: true, idempotencyKey }).then((r) => r.data);
const patch = (path, data) => request({ method: 'PATCH', path, data }).then((r) => r.data);
const del = (path) => request({ method: 'DELETE', path }).then((r) => r.data);

module.exports = { request, upload, get, post, create, patch, del, signIn, ensureSession, signOutLocally, session, newKey, ApiError };
