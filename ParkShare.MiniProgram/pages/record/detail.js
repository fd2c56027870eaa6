// My car (or a friend's car shared with me, when a subscribe message opens it): level, zone, space,
// coordinates, nearest landmark, the route as steps and on each level's map, navigation with
// wx.openLocation (GCJ-02), edits, correcting the position, and "picked up".
const api = require('../../utils/api');
const gcj = require('../../utils/gcj02');
const levels = require('../../utils/level-cache');
const i18n = require('../../utils/i18n');
const pageBehavior = require('../../utils/page-behavior');
const format = require('../../utils/format');

/** Per-instance state that is not page data (timers, canvas, gestures). @param {any} c @returns {any} */
const stateOf = (c) => c;

Component({
  behaviors: [pageBehavior],
  data: { record: null, car: null, mine: true, legLevels: [], levelId: '', level: null, route: [], editing: false, form: { note: '', plate: '', pickupDate: '' }, ended: false },
  methods: {
    onLoad(options) {
      stateOf(this).id = options.id;
      wx.setNavigationBarTitle({ title: i18n.t('tabCar') });
      return this.load();
    },
    load() {
      return this.run(() => api.get(`/api/mp/records/${stateOf(this).id}`).then((r) => ({ r, mine: true }), (err) => {
        if (err.status !== 404) throw err;
        return api.get('/api/mp/shared-with-me').then((list) => {
          const r = list.items.find((x) => x.id === stateOf(this).id);
          if (!r) throw new api.ApiError(i18n.t('recordGone'), { status: 404, code: 'record_not_found' });
          return { r, mine: false };
        });
      }).then(({ r, mine }) => {
        const p = r.position;
        const legs = p && p.route ? p.route.legs : [];
        const legLevels = legs.map((l) => ({ id: l.levelId, name: (l.levelId === p.level.id ? p.level.name : (r.levelNames && r.levelNames[l.levelId])) || '' }));
        this.setData({
          record: r, car: format.car(r), mine, ended: r.state !== 'active', route: legs, legLevels,
          form: { note: r.note || '', plate: r.plate || '', pickupDate: r.expectedPickupAt ? r.expectedPickupAt.slice(0, 10) : '' }
        });
        return p ? this.showLevel(p.level.id) : null;
      }));
    },
    showLevel(levelId) {
      return levels.load(this.data.record.lotId, levelId).then((level) => {
        const names = this.data.legLevels.map((l) => (l.id === levelId ? { id: l.id, name: level.name } : l));
        this.setData({ levelId, level, legLevels: names });
      });
    },
    switchLevel(e) { return this.run(() => this.showLevel(e.currentTarget.dataset.id)); },
    /** The car's point for Chinese maps: the host's WGS84 turned into GCJ-02. */
    navigationPoint() {
      const w = this.data.record.position.wgs84;
      return gcj.wgs84ToGcj02(w.lat, w.lng);
    },
    navigate() {
      const r = this.data.record;
      const p = this.navigationPoint();
      wx.openLocation({ latitude: p.lat, longitude: p.lng, scale: 18, name: `${r.spaceCode} · ${r.position.lot.name}`, address: this.data.car.levelZone });
    },
    edit() { this.setData({ editing: !this.data.editing }); },
    onNote(e) { this.setData({ 'form.note': e.detail.value }); },
    onPlate(e) { this.setData({ 'form.plate': e.detail.value }); },
    onPickup(e) { this.setData({ 'form.pickupDate': e.detail.value }); },
    saveEdit() {
      const f = this.data.form;
      return this.run(() => api.patch(`/api/mp/records/${stateOf(this).id}`, {
        note: f.note.trim() || null,
        plate: f.plate.trim() || null,
        expectedPickupAt: f.pickupDate ? new Date(f.pickupDate + 'T18:00:00').toISOString() : null
      }).then((r) => {
        this.toast(i18n.t('saved'));
        this.setData({ record: r, car: format.car(r), editing: false });
      }));
    },
    correct() { wx.navigateTo({ url: `/pages/park/index?recordId=${stateOf(this).id}&lotId=${this.data.record.lotId}` }); },
    share() { wx.navigateTo({ url: `/pages/share/create?recordId=${stateOf(this).id}` }); },
    pickedUp() {
      return this.confirm(i18n.t('pickedUp'), i18n.t('pickedUpAsk')).then((yes) => yes && this.run(() => {
        const call = this.data.mine ? api.post(`/api/mp/records/${stateOf(this).id}/end`) : api.post(`/api/mp/shared-with-me/${stateOf(this).id}/picked-up`);
        return call.then(() => { this.toast(i18n.t('pickedUpDone')); this.setData({ ended: true }); });
      }));
    }
  }
});
