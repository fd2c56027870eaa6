// WGS84 → GCJ-02 (the published "Mars coordinates" transform). wx.openLocation, wx.getLocation({type:'gcj02'})
// and Chinese map apps use GCJ-02; the host stores and sends WGS84. Outside China the two are the same.
const A = 6378245.0;
const EE = 0.00669342162296594323;

/** @param {number} lng @param {number} lat */
function outOfChina(lng, lat) {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

/** @param {number} x @param {number} y */
function transformLat(x, y) {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
  r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
  r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
  return r;
}

/** @param {number} x @param {number} y */
function transformLng(x, y) {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
  r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
  r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
  return r;
}

/**
 * @param {number} lat WGS84 latitude
 * @param {number} lng WGS84 longitude
 * @returns {{lat: number, lng: number}} GCJ-02
 */
function wgs84ToGcj02(lat, lng) {
  if (outOfChina(lng, lat)) return { lat, lng };
  let dLat = transformLat(lng - 105.0, lat - 35.0);
  let dLng = transformLng(lng - 105.0, lat - 35.0);
  const radLat = lat / 180.0 * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
  dLng = (dLng * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
  return { lat: lat + dLat, lng: lng + dLng };
}

/** GCJ-02 → WGS84 by iteration (a GPS fix from wx.getLocation({type:'gcj02'}) back to the host's WGS84), within ~1e-7°. */
function gcj02ToWgs84(lat, lng) {
  if (outOfChina(lng, lat)) return { lat, lng };
  let w = { lat, lng };
  for (let i = 0; i < 10; i++) {
    const g = wgs84ToGcj02(w.lat, w.lng);
    w = { lat: w.lat - (g.lat - lat), lng: w.lng - (g.lng - lng) };
  }
  return w;
}

module.exports = { wgs84ToGcj02, gcj02ToWgs84, outOfChina };
