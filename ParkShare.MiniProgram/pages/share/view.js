// A friend's view of a shared car (scene = the share token, from a share card or a scanned code):
// the same rules as /s/{token} — PIN, view limit, expiry, 410 — and "I picked up the car".
const api = require('../../utils/api');
const gcj = require('../../utils/gcj02');
const levels = require('../../utils/level-cache');
const i18n = require('../../utils/i18n');
const pageBehavior = require('../../utils/page-behavior');
const format = require('../../utils/format');

const TOKEN = /^[A-Za-z0-9_-]{22}$/;

/** Per-instance state that is not page data (timers, canvas, gestures). @param {any} c @returns {any} */
const stateOf = (c) => c;

Component({
  behaviors: [pageBehavior],
  data: { state: 'loading', message: '', car: null, info: null, pin: '', level: null, route: [], done: false },
  methods: {
    onLoad(options) {
      wx.setNavigationBarTitle({ title: i18n.t('friendsCar') });
      let scene = '';
      try { scene = decodeURIComponent((options && (options.scene || options.token)) || ''); } catch (e) { scene = ''; }
      stateOf(this).token = scene.trim();
      if (!TOKEN.test(stateOf(this).token)) {
        this.setData({ state: 'invalid', message: i18n.t('sceneTampered') });
        return Promise.resolve();
      }
      return this.open();
    },
    body() { return this.data.pin ? { token: stateOf(this).token, pin: this.data.pin } : { token: stateOf(this).token }; },
    open() {
      return this.run(() => api.request({ method: 'POST', path: '/api/mp/share-view', data: this.body(), auth: false }).then((res) => {
        if (res.data.status === 'pin') { this.setData({ state: 'pin' }); return null; }
        const car = res.data.car;
        this.setData({ state: 'car', info: car, car: format.car(car), route: car.position.route ? car.position.route.legs : [] });
        return levels.load(car.lotId, car.position.level.id).then((level) => this.setData({ level }));
      }, (err) => this.fail(err)));
    },
    fail(err) {
      const known = { 404: 'shareNotFound', 410: 'shareGone' };
      if (err.code === 'share_pin_wrong') { this.setData({ state: 'pin', pin: '' }); throw err; }
      if (err.code === 'share_locked') { this.setData({ state: 'locked', message: err.message }); return null; }
      if (known[err.status]) { this.setData({ state: 'gone', message: i18n.t(known[err.status]) }); return null; }
      throw err;
    },
    onPin(e) { this.setData({ pin: e.detail.value }); },
    submitPin() {
      if (!/^\d{4,8}$/.test(this.data.pin)) { this.setData({ error: i18n.t('pinFormat') }); return Promise.resolve(); }
      return this.open();
    },
    navigate() {
      const w = this.data.info.position.wgs84;
      const p = gcj.wgs84ToGcj02(w.lat, w.lng);
      wx.openLocation({ latitude: p.lat, longitude: p.lng, scale: 18, name: `${this.data.info.spaceCode} · ${this.data.info.lotName}`, address: this.data.info.lotAddress });
    },
    pickedUp() {
      return this.confirm(i18n.t('pickedUp'), i18n.t('pickedUpAsk')).then((yes) => yes && this.run(() =>
        api.request({ method: 'POST', path: '/api/mp/share-view/picked-up', data: this.body(), auth: false }).then(() => {
          this.toast(i18n.t('pickedUpDone'));
          this.setData({ done: true });
        }, (err) => this.fail(err))));
    }
  }
});
