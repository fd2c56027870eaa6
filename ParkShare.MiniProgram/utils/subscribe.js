// Subscribe messages: only a tap may call wx.requestSubscribeMessage, so callers pass straight from
// their tap handler. The template ids come from GET /api/mp/config; accepted ones go to the host.
const api = require('./api');

/** @type {Promise<any> | null} */
let configPromise = null;
function config() {
  if (!configPromise) configPromise = api.request({ path: '/api/mp/config', auth: false }).then((r) => r.data).catch((e) => { configPromise = null; throw e; });
  return configPromise;
}

/**
 * Must run inside a tap handler. Resolves to the number of grants recorded by the host (0 if refused or unavailable).
 * @param {Array<'positionShared'|'driverNotice'>} which
 */
function request(which) {
  return config().then((c) => {
    const ids = which.map((w) => c.templates[w]).filter((id) => !!id).slice(0, 3);
    if (ids.length === 0) return 0;
    return new Promise((resolve) => wx.requestSubscribeMessage({
      tmplIds: ids,
      success: (res) => resolve(ids.filter((id) => res[id] === 'accept')),
      fail: () => resolve([])
    })).then((accepted) => (accepted.length ? api.post('/api/mp/subscriptions', { accepted }).then((r) => r.recorded) : 0));
  }).catch(() => 0);
}

module.exports = { request, config };
