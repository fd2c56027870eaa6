// The privacy pop-up WeChat asks for before location, camera, album or clipboard are used.
const privacy = require('../../utils/privacy');
const i18n = require('../../utils/i18n');

/** Per-instance state that is not page data (timers, canvas, gestures). @param {any} c @returns {any} */
const stateOf = (c) => c;

Component({
  data: { show: false, t: {} },
  lifetimes: {
    attached() {
      this.setData({ t: i18n.table() });
      stateOf(this).stop = privacy.listen((show) => this.setData({ show }));
    },
    detached() { if (stateOf(this).stop) stateOf(this).stop(); }
  },
  methods: {
    onAgree() { privacy.answer(true, 'agree-privacy'); },
    onDisagree() { privacy.answer(false); },
    openContract() { if (wx.openPrivacyContract) wx.openPrivacyContract({}); }
  }
});
