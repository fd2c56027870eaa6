// Storage keys in one place; values are JSON-serialisable.
module.exports = {
  TOKEN: 'ps.session',
  LANG: 'ps.lang',
  OUTBOX: 'ps.outbox',
  MAP_PREFIX: 'ps.map.',
  PINS: 'ps.sharePins',
  PRIVACY: 'ps.privacyAccepted',
  /** @param {string} key */
  get(key) {
    try { return wx.getStorageSync(key) || null; } catch (e) { return null; }
  },
  /** @param {string} key @param {any} value */
  set(key, value) {
    try { wx.setStorageSync(key, value); } catch (e) { /* storage full: the value stays in memory only */ }
  },
  /** @param {string} key */
  remove(key) {
    try { wx.removeStorageSync(key); } catch (e) { /* nothing to remove */ }
  }
};
