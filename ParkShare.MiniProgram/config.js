// The one place the host is set. Production: the HTTPS domain entered under
// "request legal domains" in the mini-program admin (mp.weixin.qq.com → 开发管理 → 服务器域名).
// Local work: http://127.0.0.1:5080 with "不校验合法域名" ticked in WeChat DevTools.
module.exports = {
  baseUrl: 'http://127.0.0.1:5080',
  version: '1.0.0',
  timeoutMs: 10000,
  statesPollMs: 5000
};
