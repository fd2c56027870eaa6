// A secure link to my car: lifetime, PIN (shown back to me), view limit, plate and photo. Copy the
// link, show its mini-program code, save a poster, or send a share card that opens pages/share/view.
// Then the access log, extend and revoke.
const api = require('../../utils/api');
const storage = require('../../utils/storage');
const i18n = require('../../utils/i18n');
const pageBehavior = require('../../utils/page-behavior');
const format = require('../../utils/format');

const LIFETIMES = [2, 24, 72, 168];

Component({
  behaviors: [pageBehavior],
  data: { recordId: '', lifetimes: LIFETIMES, lifetimeIndex: 2, pin: '', maxViews: '', showPlate: false, showPhoto: false, share: null, links: [], views: [] },
  methods: {
    onLoad(options) {
      this.setData({ recordId: options.recordId });
      wx.setNavigationBarTitle({ title: i18n.t('share') });
      return this.loadLinks();
    },
    loadLinks() {
      const pins = storage.get(storage.PINS) || {};
      return this.run(() => api.get(`/api/mp/shares?recordId=${this.data.recordId}`).then((list) => this.setData({
        links: list.items.map((l) => ({ id: l.id, url: l.url, state: l.state, stateText: i18n.t('shareState_' + l.state), views: l.views, until: format.time(l.expiresAt), pin: pins[l.id] || '', active: l.state === 'active' }))
      })));
    },
    pickLifetime(e) { this.setData({ lifetimeIndex: Number(e.detail.value) }); },
    onPin(e) { this.setData({ pin: e.detail.value }); },
    onMaxViews(e) { this.setData({ maxViews: e.detail.value }); },
    togglePlate(e) { this.setData({ showPlate: e.detail.value }); },
    togglePhoto(e) { this.setData({ showPhoto: e.detail.value }); },
    create() {
      const body = { recordId: this.data.recordId, lifetimeHours: LIFETIMES[this.data.lifetimeIndex], showPlate: this.data.showPlate, showPhoto: this.data.showPhoto };
      if (this.data.pin) body.pin = this.data.pin;
      if (this.data.maxViews) body.maxViews = Number(this.data.maxViews);
      return this.run(() => api.create('/api/mp/shares', body).then((link) => {
        if (this.data.pin) {
          const pins = storage.get(storage.PINS) || {};
          pins[link.id] = this.data.pin;
          storage.set(storage.PINS, pins);
        }
        return api.get(`/api/mp/shares/${link.id}/code`).then((code) => {
          this.setData({ share: { id: link.id, url: link.url, posterUrl: link.posterUrl, pin: this.data.pin, until: format.time(link.expiresAt), code: code.imageUrl, path: code.sharePath } });
          this.toast(i18n.t('shareCreated'));
          return this.loadLinks().then(() => link);
        });
      }));
    },
    copy() {
      const s = this.data.share;
      if (!s || !s.url) return;
      wx.setClipboardData({ data: s.pin ? `${s.url}  PIN ${s.pin}` : s.url, success: () => this.toast(i18n.t('copied')) });
    },
    /** The poster, saved to the album; a refused album permission explains how to allow it. */
    savePoster() {
      const s = this.data.share;
      if (!s || !s.posterUrl) return Promise.resolve();
      return this.run(() => new Promise((resolve, reject) => wx.downloadFile({
        url: s.posterUrl,
        success: (res) => (res.statusCode === 200 ? resolve(res.tempFilePath) : reject(new Error(i18n.t('errServer')))),
        fail: () => reject(new Error(i18n.t('errNetwork')))
      })).then((filePath) => new Promise((resolve, reject) => wx.saveImageToPhotosAlbum({
        filePath,
        success: () => { this.toast(i18n.t('posterSaved')); resolve(true); },
        fail: (err) => {
          if (/auth|deny/i.test(String(err && err.errMsg))) {
            wx.showModal({ title: i18n.t('albumDenied'), content: i18n.t('albumDeniedHelp'), confirmText: i18n.t('openSettings'), success: (r) => { if (r.confirm) wx.openSetting({}); } });
            reject(new Error(i18n.t('albumDenied')));
          } else reject(new Error(i18n.t('posterNotSaved')));
        }
      }))));
    },
    extend(e) {
      return this.run(() => api.post(`/api/mp/shares/${e.currentTarget.dataset.id}/extend`, { lifetimeHours: 72 }).then(() => { this.toast(i18n.t('extended')); return this.loadLinks(); }));
    },
    revoke(e) {
      const id = e.currentTarget.dataset.id;
      return this.confirm(i18n.t('revoke'), i18n.t('revokeAsk')).then((yes) => yes && this.run(() =>
        api.del(`/api/mp/shares/${id}`).then(() => { this.toast(i18n.t('revoked')); if (this.data.share && this.data.share.id === id) this.setData({ share: null }); return this.loadLinks(); })));
    },
    showViews(e) {
      return this.run(() => api.get(`/api/mp/shares/${e.currentTarget.dataset.id}/views`).then((list) =>
        this.setData({ views: list.items.map((v) => ({ at: format.time(v.at), device: v.device, count: v.count })) })));
    },
    onShareAppMessage() {
      const s = this.data.share;
      return s
        ? { title: i18n.t('shareCardTitle'), path: `/${s.path}` }
        : { title: i18n.t('appName'), path: '/pages/index/index' };
    }
  }
});
