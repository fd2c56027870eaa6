// Display helpers shared by pages: times in the phone's zone, a car's lines, distances.
const i18n = require('./i18n');

/** @param {string} iso */
function time(iso) {
  const d = new Date(iso);
  const p = (n) => (n < 10 ? '0' + n : '' + n);
  return `${d.getMonth() + 1}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** @param {string} a @param {string} b */
function window(a, b) { return `${time(a)} – ${time(b).slice(-5)}`; }

/** @param {any} position a Detailed position */
function nearest(position) {
  const n = position && position.nearestLandmark;
  return n ? i18n.t('nearestText', n.name, Math.round(n.distanceMeters)) : '';
}

/** A parking record (or a friend's view of one) as the lines pages show. @param {any} r */
function car(r) {
  const p = r.position;
  const zone = (p && p.zone && p.zone.name) || r.zoneCode || r.zoneName || '–';
  return {
    id: r.id,
    spaceCode: r.spaceCode,
    levelZone: i18n.t('levelZone', r.levelName, zone),
    nearest: nearest(p),
    parkedAt: r.parkedAt ? time(r.parkedAt) : '',
    note: r.note || '',
    plate: r.plate || '',
    pickup: r.expectedPickupAt ? time(r.expectedPickupAt) : '',
    steps: p && p.route ? p.route.steps.map((s, i) => ({ i: i + 1, text: s.text, levelId: s.levelId })) : [],
    distance: p && p.route ? Math.round(p.route.distanceMeters) : 0,
    local: p ? `x ${p.local.x.toFixed(1)} m · y ${p.local.y.toFixed(1)} m` : ''
  };
}

module.exports = { time, window, car, nearest };
