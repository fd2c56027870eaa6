// WeChat's privacy check (since 2023-09): a privacy-sensitive API (location, camera, album, clipboard)
// first calls wx.onNeedPrivacyAuthorization; the privacy pop-up on the page answers it.
/** @type {Array<(show: boolean) => void>} */
const listeners = [];
/** @type {((r: {event: string, buttonId?: string}) => void) | null} */
let pending = null;

function install() {
  if (typeof wx.onNeedPrivacyAuthorization !== 'function') return;
  wx.onNeedPrivacyAuthorization((resolve) => {
    pending = /** @type {any} */ (resolve);
    listeners.forEach((l) => l(true));
  });
}

/** @param {(show: boolean) => void} listener */
function listen(listener) {
  listeners.push(listener);
  return () => { const i = listeners.indexOf(listener); if (i >= 0) listeners.splice(i, 1); };
}

/** @param {boolean} agreed @param {string} [buttonId] */
function answer(agreed, buttonId) {
  if (pending) pending(agreed ? { event: 'agree', buttonId } : { event: 'disagree' });
  pending = null;
  listeners.forEach((l) => l(false));
}

module.exports = { install, listen, answer };
