// Record where I parked: a typed code (with candidates from /refine), a scanned pillar marker, a tap
// on the map, or GPS; then plate, note, pickup date and a photo. Offline, the record waits in storage
// with its Idempotency-Key and is sent exactly once when the network is back.
const api = require('../../utils/api');
const queue = require('../../utils/offline-queue');
const gcj = require('../../utils/gcj02');
const subscribe = require('../../utils/subscribe');
const i18n = require('../../utils/i18n');
const pageBehavior = require('../../utils/page-behavior');

/** Per-instance state that is not page data (timers, canvas, gestures). @param {any} c @returns {any} */
const stateOf = (c) => c;

Component({
  behaviors: [pageBehavior],
  data: {
    lots: [], lotIndex: 0, mode: 'code', code: '', candidates: [], chosen: null,
    plate: '', note: '', pickupDate: '', today: '', photo: '', queuedNotice: '', recordId: ''
  },
  methods: {
    onLoad(options) {
      wx.setNavigationBarTitle({ title: i18n.t('recordParking') });
      const d = new Date();
      stateOf(this).setData({ today: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`, recordId: (options && options.recordId) || '' });
      return stateOf(this).run(() => api.get('/api/mp/lots').then((page) => {
        const lots = page.items.map((l) => ({ id: l.id, name: l.name, levels: l.levels }));
        const wanted = options && options.lotId ? lots.findIndex((l) => l.id === options.lotId) : 0;
        stateOf(this).setData({ lots, lotIndex: Math.max(0, wanted) });
      }));
    },
    lot() { return stateOf(this).data.lots[stateOf(this).data.lotIndex]; },
    pickLot(e) { stateOf(this).setData({ lotIndex: Number(e.detail.value), candidates: [], chosen: null }); },
    setMode(e) { stateOf(this).setData({ mode: e.currentTarget.dataset.mode, candidates: [], chosen: null, error: '' }); },
    onCode(e) { stateOf(this).setData({ code: e.detail.value }); },
    onPlate(e) { stateOf(this).setData({ plate: e.detail.value }); },
    onNote(e) { stateOf(this).setData({ note: e.detail.value }); },
    onPickup(e) { stateOf(this).setData({ pickupDate: e.detail.value }); },
    /** @param {any} position */
    refine(position) {
      return api.post('/api/mp/refine', { lotId: stateOf(this).lot().id, position }).then((res) => {
        const list = res.status === 'resolved' ? [res.position] : res.candidates;
        const candidates = list.map((p) => ({ spaceCode: p.space.code, text: `${p.space.code} · ${p.level.name}${p.zone ? ' · ' + p.zone.name : ''}`, position: p }));
        stateOf(this).setData({ candidates, chosen: candidates.length === 1 ? candidates[0] : null });
        return candidates;
      });
    },
    lookUp() {
      const code = stateOf(this).data.code.trim();
      if (!code) { stateOf(this).setData({ error: i18n.t('typeCodeFirst') }); return Promise.resolve(); }
      return stateOf(this).run(() => stateOf(this).refine({ kind: 'spaceCode', code }));
    },
    scan() {
      return stateOf(this).run(() => new Promise((resolve, reject) => wx.scanCode({
        onlyFromCamera: true,
        success: (res) => resolve(res.result),
        fail: (err) => reject(new Error(/auth|deny|permission/i.test(String(err && err.errMsg)) ? i18n.t('cameraDenied') : i18n.t('scanCancelled')))
      })).then((code) => stateOf(this).refine({ kind: 'marker', code: String(code).replace(/^.*[?&]marker=/, '') })));
    },
    useGps() {
      return stateOf(this).run(() => new Promise((resolve, reject) => wx.getLocation({
        type: 'gcj02', isHighAccuracy: true,
        success: (res) => resolve(res),
        fail: () => reject(new Error(i18n.t('locationDenied')))
      })).then((res) => {
        const w = gcj.gcj02ToWgs84(res.latitude, res.longitude);
        return stateOf(this).refine({ kind: 'gps', lat: w.lat, lng: w.lng, accuracy: res.accuracy });
      }));
    },
    openMap() {
      const lot = stateOf(this).lot();
      wx.navigateTo({ url: `/pages/lot/map?lotId=${lot.id}&levelId=${lot.levels[0].id}` });
    },
    choose(e) { stateOf(this).setData({ chosen: stateOf(this).data.candidates[Number(e.currentTarget.dataset.index)] }); },
    choosePhoto() {
      return stateOf(this).run(() => new Promise((resolve, reject) => wx.chooseMedia({
        count: 1, mediaType: ['image'], sourceType: ['camera', 'album'], sizeType: ['compressed'],
        success: (res) => resolve(res.tempFiles[0].tempFilePath),
        fail: (err) => reject(new Error(/auth|deny|permission/i.test(String(err && err.errMsg)) ? i18n.t('albumDenied') : i18n.t('photoCancelled')))
      })).then((photo) => stateOf(this).setData({ photo })));
    },
    /** The tap: ask for the friend push first (only a tap may), then store or queue the record. */
    save() {
      const chosen = stateOf(this).data.chosen;
      if (!chosen) { stateOf(this).setData({ error: i18n.t('pickSpaceFirst') }); return Promise.resolve(null); }
      const granted = subscribe.request(['driverNotice']);
      const position = { kind: 'spaceCode', code: chosen.spaceCode };
      if (stateOf(this).data.recordId) {
        return stateOf(this).run(() => api.post(`/api/mp/records/${stateOf(this).data.recordId}/position`, { position }).then((r) => {
          stateOf(this).toast(i18n.t('positionCorrected'));
          wx.redirectTo({ url: `/pages/record/detail?id=${r.id}` });
          return r;
        }));
      }
      const body = { lotId: stateOf(this).lot().id, position };
      if (stateOf(this).data.plate.trim()) body.plate = stateOf(this).data.plate.trim();
      if (stateOf(this).data.note.trim()) body.note = stateOf(this).data.note.trim();
      if (stateOf(this).data.pickupDate) body.expectedPickupAt = new Date(stateOf(this).data.pickupDate + 'T18:00:00').toISOString();
      const key = api.newKey();
      return stateOf(this).run(() => api.create('/api/mp/records', body, key).then((record) => {
        const photo = stateOf(this).data.photo
          ? api.upload({ path: `/api/mp/records/${record.id}/photo`, filePath: stateOf(this).data.photo, name: 'photo' }).catch((e) => { stateOf(this).toast(e.message); })
          : Promise.resolve();
        return Promise.all([photo, granted]).then(() => {
          stateOf(this).toast(i18n.t('parkedSaved'));
          wx.redirectTo({ url: `/pages/record/detail?id=${record.id}` });
          return record;
        });
      }, (err) => {
        if (!err.network) throw err;
        queue.enqueue({ path: '/api/mp/records', data: body, idempotencyKey: key, kind: 'record' });
        stateOf(this).setData({ queuedNotice: i18n.t('savedOffline') });
        return null;
      }));
    }
  }
});
