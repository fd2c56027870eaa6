// What every page shares: the string table as data.t, a busy flag that always ends, and errors shown
// as one localised line (never raw JSON, never a stuck spinner).
const i18n = require('./i18n');

module.exports = Behavior({
  data: { t: {}, lang: 'zh-CN', busy: false, error: '' },
  lifetimes: {
    attached() { this.setData({ t: i18n.table(), lang: i18n.lang() }); }
  },
  pageLifetimes: {
    show() { if (this.data.lang !== i18n.lang()) this.setData({ t: i18n.table(), lang: i18n.lang() }); }
  },
  methods: {
    /**
     * Runs an action with the busy flag set and its error shown; resolves to the action's value or null.
     * @template T
     * @param {() => Promise<T>} action
     * @returns {Promise<T | null>}
     */
    run(action) {
      this.setData({ busy: true, error: '' });
      return Promise.resolve().then(action).then((value) => {
        this.setData({ busy: false });
        return value;
      }, (err) => {
        this.setData({ busy: false, error: (err && err.message) || i18n.t('errRequest') });
        return null;
      });
    },
    /** Asks before something that cannot be undone. @param {string} title @param {string} content */
    confirm(title, content) {
      return new Promise((resolve) => wx.showModal({
        title, content, confirmText: i18n.t('confirm'), cancelText: i18n.t('cancel'), confirmColor: '#d93025',
        success: (r) => resolve(!!r.confirm), fail: () => resolve(false)
      }));
    },
    /** Every action answers: a short toast. @param {string} title */
    toast(title) { wx.showToast({ title, icon: 'none' }); }
  }
});
