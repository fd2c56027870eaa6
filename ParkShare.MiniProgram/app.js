const api = require('./utils/api');
const queue = require('./utils/offline-queue');
const privacy = require('./utils/privacy');

App({
  onLaunch() {
    privacy.install();
    // Signed in without a form: wx.login, then POST /api/mp/session (failures are retried on the first call).
    api.ensureSession().catch(() => undefined);
    wx.onNetworkStatusChange((res) => { if (res.isConnected) queue.flush(api); });
    if (wx.getUpdateManager) {
      const updates = wx.getUpdateManager();
      updates.onUpdateReady(() => updates.applyUpdate());
    }
  },
  onShow() { queue.flush(api); }
});
