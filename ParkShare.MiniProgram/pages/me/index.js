// Me: language, notifications, the privacy notice, sign out, and deleting my account (asked first).
const api = require('../../utils/api');
const storage = require('../../utils/storage');
const subscribe = require('../../utils/subscribe');
const i18n = require('../../utils/i18n');
const pageBehavior = require('../../utils/page-behavior');
const people = require('../../utils/people');

Component({
  behaviors: [pageBehavior],
  data: { privacyAccepted: false, signedIn: true, sandbox: false, deleted: false, nickname: '', reference: '', nicknameError: '' },
  pageLifetimes: { show() { this.load(); } },
  methods: {
    onLoad() { wx.setNavigationBarTitle({ title: i18n.t('tabMe') }); },
    load() {
      return this.run(() => Promise.all([api.get('/api/mp/me'), subscribe.config()]).then(([me, config]) =>
        this.setData({ privacyAccepted: me.privacyNoticeAccepted, signedIn: true, sandbox: config.sandbox, nickname: me.nickname || '', reference: me.reference || '' })));
    },
    /** WeChat's nickname fill (`<input type="nickname">`) or typing. */
    onNickname(e) { this.setData({ nickname: e.detail.value, nicknameError: '' }); },
    /** Saves the name friends and staff see; a refusal shows beside the field. */
    saveNickname() {
      const problem = people.check(this.data.nickname, false);
      if (problem) { this.setData({ nicknameError: problem }); return Promise.resolve(null); }
      this.setData({ busy: true, nicknameError: '' });
      return api.patch('/api/mp/me', { nickname: this.data.nickname }).then((me) => {
        this.setData({ busy: false, nickname: me.nickname || '' });
        this.toast(i18n.t('nameSaved', me.nickname));
        return me;
      }, (err) => this.setData({ busy: false, nicknameError: (err && err.message) || i18n.t('errRequest') }));
    },
    setLang(e) {
      i18n.setLang(e.currentTarget.dataset.lang);
      this.setData({ t: i18n.table(), lang: i18n.lang() });
      wx.setNavigationBarTitle({ title: i18n.t('tabMe') });
      this.toast(i18n.t('languageSet'));
    },
    allowNotices() {
      return subscribe.request(['driverNotice', 'positionShared']).then((n) => this.toast(n > 0 ? i18n.t('noticesOn') : i18n.t('noticesOff')));
    },
    acceptPrivacy() {
      return this.run(() => api.post('/api/mp/me/privacy').then(() => { this.setData({ privacyAccepted: true }); this.toast(i18n.t('saved')); }));
    },
    signOut() {
      return this.confirm(i18n.t('signOut'), i18n.t('signOutAsk')).then((yes) => yes && this.run(() =>
        api.del('/api/mp/session').then(() => {
          api.signOutLocally();
          this.setData({ signedIn: false });
          this.toast(i18n.t('signedOut'));
        })));
    },
    deleteAccount() {
      return this.confirm(i18n.t('deleteAccount'), i18n.t('deleteAccountAsk')).then((yes) => yes && this.run(() =>
        api.del('/api/mp/me').then(() => {
          api.signOutLocally();
          [storage.OUTBOX, storage.PINS, storage.PRIVACY].forEach((k) => storage.remove(k));
          this.setData({ deleted: true, signedIn: false });
          this.toast(i18n.t('accountDeleted'));
        })));
    }
  }
});
