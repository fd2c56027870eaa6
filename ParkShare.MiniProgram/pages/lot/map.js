// A level's live map: geometry (ETag + stored copy), states polled every 5 s while visible, a level
// switcher, and a sheet for the tapped space: reserve it for a time window, or "I parked here".
const api = require('../../utils/api');
const config = require('../../config');
const levels = require('../../utils/level-cache');
const i18n = require('../../utils/i18n');
const pageBehavior = require('../../utils/page-behavior');
const format = require('../../utils/format');

const HOURS = [1, 2, 4, 8];

/** Per-instance state that is not page data (timers, canvas, gestures). @param {any} c @returns {any} */
const stateOf = (c) => c;

Component({
  behaviors: [pageBehavior],
  data: { lotId: '', levelId: '', lot: null, level: null, states: '', counts: '', sheet: null, hours: HOURS, hoursIndex: 1 },
  pageLifetimes: {
    show() { this.startPolling(); },
    hide() { this.stopPolling(); }
  },
  lifetimes: { detached() { this.stopPolling(); } },
  methods: {
    onLoad(options) {
      this.setData({ lotId: options.lotId, levelId: options.levelId });
      return this.run(() => api.get(`/api/mp/lots/${options.lotId}`).then((lot) => {
        wx.setNavigationBarTitle({ title: lot.name });
        this.setData({ lot: { name: lot.name, levels: lot.levels.map((l) => ({ id: l.id, name: l.name })) } });
        return this.openLevel(options.levelId || lot.levels[0].id);
      }));
    },
    openLevel(levelId) {
      this.setData({ levelId, sheet: null, states: '' });
      return levels.load(this.data.lotId, levelId).then((level) => {
        this.setData({ level });
        return this.poll();
      });
    },
    switchLevel(e) { return this.run(() => this.openLevel(e.currentTarget.dataset.id)); },
    poll() {
      const { lotId, levelId } = this.data;
      return api.request({ path: `/api/mp/lots/${lotId}/levels/${levelId}/states`, auth: false }).then((res) => {
        const s = res.data;
        if (s.levelId !== this.data.levelId) return;
        if (this.data.level && s.version !== this.data.level.version) return this.openLevel(levelId); // staff edited the lot
        this.setData({ states: s.states, counts: i18n.t('freeOf', s.free, s.states.length), error: '' });
      }, (err) => this.setData({ error: err.message }));
    },
    startPolling() {
      this.stopPolling();
      if (this.data.level) this.poll();
      stateOf(this).timer = setInterval(() => this.poll(), config.statesPollMs);
    },
    stopPolling() { if (stateOf(this).timer) clearInterval(stateOf(this).timer); stateOf(this).timer = null; },
    onSpaceTap(e) {
      const { space, state, x, y } = e.detail;
      if (!space) { this.setData({ sheet: null }); this.toast(i18n.t('noSpaceHere')); return; }
      this.setData({ sheet: { id: space.id, code: space.code, state, stateText: i18n.t('state' + state), free: state === 'F', reservable: space.reservable !== false, x, y } });
    },
    closeSheet() { this.setData({ sheet: null }); },
    pickHours(e) { this.setData({ hoursIndex: Number(e.detail.value) }); },
    reserve() {
      const sheet = this.data.sheet;
      if (!sheet) return Promise.resolve();
      const starts = new Date(Date.now() + 60 * 1000);
      const ends = new Date(starts.getTime() + HOURS[this.data.hoursIndex] * 3600 * 1000);
      return this.run(() => api.create('/api/mp/reservations', { spaceId: sheet.id, startsAt: starts.toISOString(), endsAt: ends.toISOString() }).then((r) => {
        this.toast(i18n.t('reserved', r.spaceCode || sheet.code, format.time(r.holdUntil)));
        this.setData({ sheet: null });
        wx.navigateTo({ url: `/pages/reservation/detail?id=${r.id}` });
        return r;
      }));
    },
    parkHere() {
      const sheet = this.data.sheet;
      if (!sheet) return Promise.resolve();
      return this.run(() => api.create('/api/mp/records', {
        lotId: this.data.lotId, position: { kind: 'mapPoint', levelId: this.data.levelId, x: sheet.x, y: sheet.y }
      }).then((record) => {
        this.setData({ sheet: null });
        wx.redirectTo({ url: `/pages/record/detail?id=${record.id}` });
        return record;
      }));
    }
  }
});
