// Friends: invite with a share card, the people I share with and who share with me, ending a binding (asked first).
const api = require('../../utils/api');
const i18n = require('../../utils/i18n');
const pageBehavior = require('../../utils/page-behavior');
const format = require('../../utils/format');

Component({
  behaviors: [pageBehavior],
  data: { friends: [], invite: null },
  pageLifetimes: { show() { this.load(); } },
  methods: {
    onLoad() { wx.setNavigationBarTitle({ title: i18n.t('tabFriends') }); },
    load() {
      return this.run(() => api.get('/api/mp/bindings').then((list) => {
        // The API knows people by id only: they are shown by role and order, never by the id.
        const n = { friend: 0, driver: 0 };
        this.setData({
          friends: list.items.map((b) => {
            n[b.role] = (n[b.role] || 0) + 1;
            return { id: b.id, name: i18n.t(b.role === 'friend' ? 'friendName' : 'driverName', n[b.role]), role: i18n.t('role_' + b.role), since: format.time(b.createdAt) };
          })
        });
      }));
    },
    createInvite() {
      return this.run(() => api.create('/api/mp/bindings/invites').then((inv) => {
        this.setData({ invite: { code: inv.code, path: inv.sharePath, image: inv.miniProgramCodeUrl, until: format.time(inv.expiresAt) } });
        this.toast(i18n.t('inviteReady'));
        return inv;
      }));
    },
    end(e) {
      const id = e.currentTarget.dataset.id;
      return this.confirm(i18n.t('endBinding'), i18n.t('endBindingAsk')).then((yes) => yes && this.run(() =>
        api.del(`/api/mp/bindings/${id}`).then(() => { this.toast(i18n.t('ended')); return this.load(); })));
    },
    onShareAppMessage() {
      const inv = this.data.invite;
      return inv ? { title: i18n.t('inviteCardTitle'), path: `/${inv.path}` } : { title: i18n.t('appName'), path: '/pages/index/index' };
    }
  }
});
