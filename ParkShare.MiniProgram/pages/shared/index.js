// Cars my bound friends share with me.
const api = require('../../utils/api');
const i18n = require('../../utils/i18n');
const pageBehavior = require('../../utils/page-behavior');
const format = require('../../utils/format');

Component({
  behaviors: [pageBehavior],
  data: { cars: [], loaded: false },
  pageLifetimes: { show() { this.load(); } },
  methods: {
    onLoad() { wx.setNavigationBarTitle({ title: i18n.t('sharedWithMe') }); },
    load() {
      return this.run(() => api.get('/api/mp/shared-with-me').then((list) => this.setData({ cars: list.items.map(format.car), loaded: true })));
    },
    open(e) { wx.navigateTo({ url: `/pages/record/detail?id=${e.currentTarget.dataset.id}` }); }
  }
});
