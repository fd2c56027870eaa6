// zh-CN (default) and en string tables; pages bind the whole table as data.t and read {{t.someKey}}.
const tables = { 'zh-CN': require('./strings/zh-CN'), en: require('./strings/en') };
const storage = require('./storage');

/** @type {string | null} */
let current = null;

/** The language in use: the driver's choice, else WeChat's language (zh_* → zh-CN), else zh-CN. */
function lang() {
  if (current) return current;
  const saved = storage.get(storage.LANG);
  if (saved === 'en' || saved === 'zh-CN') return (current = saved);
  let system = '';
  try { system = (wx.getAppBaseInfo ? wx.getAppBaseInfo().language : wx.getSystemInfoSync().language) || ''; } catch (e) { system = ''; }
  current = /^en/i.test(system) ? 'en' : 'zh-CN';
  return current;
}

/** @param {'zh-CN'|'en'} value */
function setLang(value) {
  current = value === 'en' ? 'en' : 'zh-CN';
  storage.set(storage.LANG, current);
}

/** @returns {Record<string, string>} */
function table() {
  return tables[/** @type {'zh-CN'|'en'} */ (lang())];
}

/**
 * @param {string} key
 * @param {...(string|number)} args replaces {0}, {1}, …
 */
function t(key, ...args) {
  const value = table()[key] ?? tables['zh-CN'][key] ?? key;
  return value.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

function reset() { current = null; }

module.exports = { lang, setLang, t, table, tables, reset };
