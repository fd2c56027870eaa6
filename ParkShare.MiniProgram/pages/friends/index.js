// Friends: invite with a share card, the people I share with and who share with me by name, renaming them
// for myself (the message beside the field), ending a binding (asked first).
const api = require('../../utils/api');
const i18n = require('../../utils/i18n');
const pageBehavior = require('../../utils/page-behavior');
const format = require('../../utils/format');
const people = require('../../utils/people');

Component({
  behaviors: [pageBehavior],
  data: { friends: [], invite: null, editing: '', aliasDraft: '', aliasError: '' },
  pageLifetimes: { show() { this.load(); } },
  methods: {
    onLoad() { wx.setNavigationBarTitle({ title: i18n.t('tabFriends') }); },
    load() {
      return this.run(() => api.get('/api/mp/bindings').then((list) => {
        this.setData({
          friends: list.items.map((b) => ({
            id: b.id,
            name: people.nameOf(b),
            alias: b.alias || '',
            role: i18n.t('role_' + b.role),
            since: format.time(b.createdAt)
          }))
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
    /** Opens the alias field for one friend. */
    rename(e) {
      const id = e.currentTarget.dataset.id;
      const friend = this.data.friends.find((f) => f.id === id);
      this.setData({ editing: id, aliasDraft: friend ? friend.alias : '', aliasError: '' });
    },
    onAlias(e) { this.setData({ aliasDraft: e.detail.value, aliasError: '' }); },
    cancelRename() { this.setData({ editing: '', aliasDraft: '', aliasError: '' }); },
    /** Saves the alias (an emptied field goes back to their own name); a refusal shows beside the field. */
    saveAlias() {
      const id = this.data.editing;
      const problem = people.check(this.data.aliasDraft, true);
      if (problem) { this.setData({ aliasError: problem }); return Promise.resolve(null); }
      const alias = this.data.aliasDraft.trim() || null;
      this.setData({ busy: true, aliasError: '' });
      return api.patch(`/api/mp/bindings/${id}`, { alias }).then((b) => {
        this.setData({ busy: false, editing: '', aliasDraft: '' });
        this.toast(i18n.t('nameSaved', people.nameOf(b)));
        return this.load();
      }, (err) => this.setData({ busy: false, aliasError: (err && err.message) || i18n.t('errRequest') }));
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
