// Nearby lots with free spaces per level. Location only after the privacy pop-up and the location
// permission; without them (or without a fix) the plain list, never an empty page.
const api = require('../../utils/api');
const gcj = require('../../utils/gcj02');
const i18n = require('../../utils/i18n');
const pageBehavior = require('../../utils/page-behavior');

Component({
  behaviors: [pageBehavior],
  data: { lots: [], located: false, hint: '' },
  methods: {
    onLoad() { wx.setNavigationBarTitle({ title: i18n.t('tabLots') }); return this.load(); },
    onPullDownRefresh() { this.load().then(() => wx.stopPullDownRefresh()); },
    locate() {
      return new Promise((resolve) => wx.getLocation({
        type: 'gcj02',
        success: (res) => resolve(gcj.gcj02ToWgs84(res.latitude, res.longitude)),
        fail: () => resolve(null)
      }));
    },
    load() {
      return this.run(() => this.locate().then((here) => {
        const query = here ? `?lat=${here.lat.toFixed(6)}&lng=${here.lng.toFixed(6)}` : '';
        this.setData({ located: !!here, hint: here ? '' : i18n.t('locationFallback') });
        return api.get('/api/mp/lots' + query);
      }).then((page) => Promise.all(page.items.map((lot) => api.get(`/api/mp/lots/${lot.id}`).then((detail) => ({
        id: lot.id,
        name: lot.name,
        address: lot.address,
        distance: lot.distanceMeters != null ? i18n.t('distanceKm', (lot.distanceMeters / 1000).toFixed(1)) : '',
        levels: detail.levels.map((l) => ({ id: l.id, name: l.name, free: l.free, spaces: l.spaces, label: i18n.t('freeOf', l.free, l.spaces) }))
      }))))).then((lots) => this.setData({ lots })));
    },
    openLevel(e) {
      const { lot, level } = e.currentTarget.dataset;
      wx.navigateTo({ url: `/pages/lot/map?lotId=${lot}&levelId=${level}` });
    }
  }
});
