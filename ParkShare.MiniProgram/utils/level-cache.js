// Level geometry with its ETag and a copy in storage: a revisit costs a 304, and a weak basement
// signal still shows the last map.
const api = require('./api');
const storage = require('./storage');

/** @param {string} lotId @param {string} levelId @returns {Promise<any>} */
function load(lotId, levelId) {
  const key = storage.MAP_PREFIX + levelId;
  const cached = storage.get(key);
  const header = cached && cached.etag ? { 'If-None-Match': cached.etag } : {};
  return api.request({ path: `/api/mp/lots/${lotId}/levels/${levelId}/map`, auth: false, header }).then((res) => {
    if (res.status === 304 && cached) return cached.level;
    const etag = res.header && (res.header.ETag || res.header.etag);
    storage.set(key, { etag, level: res.data });
    return res.data;
  }, (err) => {
    if (err.network && cached) return cached.level;
    throw err;
  });
}

module.exports = { load };
