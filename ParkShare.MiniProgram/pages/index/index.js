// Home (tab 我的车): my car, active reservations, unread notices, and anything still waiting to be sent.
const api = require('../../utils/api');
const queue = require('../../utils/offline-queue');
const i18n = require('../../utils/i18n');
const pageBehavior = require('../../utils/page-behavior');
const format = require('../../utils/format');

Component({
  behaviors: [pageBehavior],
  data: { car: null, reservations: [], unread: 0, queued: 0, loaded: false },
  pageLifetimes: { show() { this.load(); } },
  methods: {
    onLoad() { wx.setNavigationBarTitle({ title: i18n.t('tabCar') }); },
    load() {
      return this.run(() => queue.flush(api).then((flushed) => Promise.all([
        api.get('/api/mp/records/current').catch((e) => { if (e.status === 404) return null; throw e; }),
        api.get('/api/mp/reservations?limit=20'),
        api.get('/api/mp/notices?limit=1')
      ]).then(([car, reservations, notices]) => {
        const active = (reservations.items || []).filter((r) => r.state === 'active');
        this.setData({
          car: car ? format.car(car) : null,
          reservations: active.map((r) => ({ id: r.id, spaceCode: r.spaceCode, window: format.window(r.startsAt, r.endsAt), state: i18n.t('resState_' + r.state) })),
          unread: notices.unreadCount || 0,
          queued: flushed.left,
          loaded: true
        });
      })));
    },
    openCar() { if (this.data.car) wx.navigateTo({ url: `/pages/record/detail?id=${this.data.car.id}` }); },
    openReservation(e) { wx.navigateTo({ url: `/pages/reservation/detail?id=${e.currentTarget.dataset.id}` }); },
    park() { wx.navigateTo({ url: '/pages/park/index' }); },
    findLot() { wx.switchTab({ url: '/pages/lots/index' }); }
  }
});
