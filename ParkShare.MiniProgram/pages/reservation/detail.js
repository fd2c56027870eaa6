// A reservation: the hold counting down, check in on arrival, or cancel (asked first).
const api = require('../../utils/api');
const i18n = require('../../utils/i18n');
const pageBehavior = require('../../utils/page-behavior');
const format = require('../../utils/format');

/** Per-instance state that is not page data (timers, canvas, gestures). @param {any} c @returns {any} */
const stateOf = (c) => c;

Component({
  behaviors: [pageBehavior],
  data: { r: null, countdown: '' },
  lifetimes: { detached() { if (stateOf(this).timer) clearInterval(stateOf(this).timer); } },
  methods: {
    onLoad(options) {
      stateOf(this).id = options.id;
      wx.setNavigationBarTitle({ title: i18n.t('reservation') });
      return this.load();
    },
    load() {
      return this.run(() => api.get(`/api/mp/reservations/${stateOf(this).id}`).then((r) => {
        this.setData({ r: { id: r.id, spaceCode: r.spaceCode, window: format.window(r.startsAt, r.endsAt), state: r.state, stateText: i18n.t('resState_' + r.state), holdUntil: r.holdUntil } });
        this.tick();
        if (stateOf(this).timer) clearInterval(stateOf(this).timer);
        stateOf(this).timer = setInterval(() => this.tick(), 1000);
      }));
    },
    tick() {
      const r = this.data.r;
      if (!r || r.state !== 'active') { this.setData({ countdown: '' }); return; }
      const left = Math.max(0, Math.floor((new Date(r.holdUntil).getTime() - Date.now()) / 1000));
      const m = Math.floor(left / 60), s = left % 60;
      this.setData({ countdown: i18n.t('holdLeft', `${m}:${s < 10 ? '0' + s : s}`) });
    },
    checkIn() {
      return this.run(() => api.create(`/api/mp/reservations/${stateOf(this).id}/check-in`).then((record) => {
        this.toast(i18n.t('checkedIn'));
        wx.redirectTo({ url: `/pages/record/detail?id=${record.id}` });
        return record;
      }));
    },
    cancel() {
      return this.confirm(i18n.t('cancelReservation'), i18n.t('cancelReservationAsk')).then((yes) => yes && this.run(() =>
        api.del(`/api/mp/reservations/${stateOf(this).id}`).then(() => { this.toast(i18n.t('cancelled')); return this.load(); })));
    }
  }
});
