// Accepting a binding invite from a share card (?invite=) or a scanned mini-program code (?scene=).
const api = require('../../utils/api');
const subscribe = require('../../utils/subscribe');
const i18n = require('../../utils/i18n');
const pageBehavior = require('../../utils/page-behavior');

Component({
  behaviors: [pageBehavior],
  data: { state: 'loading', message: '', subscribed: false, inviter: '' },
  methods: {
    onLoad(options) {
      wx.setNavigationBarTitle({ title: i18n.t('bindTitle') });
      let invite = '';
      try { invite = decodeURIComponent((options && (options.invite || options.scene)) || '').trim(); } catch (e) { invite = ''; }
      if (!/^[A-Za-z0-9_-]{4,64}$/.test(invite)) { this.setData({ state: 'failed', message: i18n.t('inviteInvalid') }); return Promise.resolve(); }
      return this.run(() => api.post('/api/mp/bindings/accept', { invite }).then((b) => {
        const inviter = b.name || i18n.t('unnamedInviter');
        this.setData({ state: 'bound', inviter, message: i18n.t(b.alreadyBound ? 'alreadyBoundWith' : 'boundWith', inviter) });
      }, (err) => {
        this.setData({ state: 'failed', message: err.message });
      }));
    },
    /** After binding, on a tap: allow the car-position messages. */
    allowNotices() {
      return subscribe.request(['positionShared']).then((n) => {
        this.setData({ subscribed: n > 0 });
        this.toast(n > 0 ? i18n.t('noticesOn') : i18n.t('noticesOff'));
      });
    },
    goHome() { wx.switchTab({ url: '/pages/friends/index' }); }
  }
});
