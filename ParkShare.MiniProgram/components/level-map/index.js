// A level drawn on <canvas type="2d">: pinch to zoom, drag to pan, tap to pick a space (hit-tested
// in lot-local metres, the same rule as the host's map-point refinement).
const render = require('../../utils/map-render');
const hit = require('../../utils/hit-test');
const i18n = require('../../utils/i18n');

/** Per-instance state that is not page data (timers, canvas, gestures). @param {any} c @returns {any} */
const stateOf = (c) => c;

Component({
  properties: {
    level: { type: Object, value: null },
    states: { type: String, value: '' },
    selectedId: { type: String, value: '' },
    carId: { type: String, value: '' },
    route: { type: Array, value: [] },
    height: { type: Number, value: 360 }
  },
  data: { legend: {}, label: '' },
  observers: {
    'level, states, selectedId, carId, route': function () { this.draw(); }
  },
  lifetimes: {
    attached() {
      this.setData({ legend: { free: i18n.t('stateFree'), reserved: i18n.t('stateReserved'), occupied: i18n.t('stateOccupied') }, label: i18n.t('mapLabel') });
    },
    ready() {
      wx.createSelectorQuery().in(this).select('#map').fields({ node: true, size: true }).exec((res) => {
        const found = res && res[0];
        if (!found || !found.node) return;
        const ratio = (wx.getWindowInfo ? wx.getWindowInfo() : wx.getSystemInfoSync()).pixelRatio || 1;
        found.node.width = found.width * ratio;
        found.node.height = found.height * ratio;
        stateOf(this).canvas = found.node;
        stateOf(this).ctx = found.node.getContext('2d');
        stateOf(this).size = { width: found.width, height: found.height, pixelRatio: ratio };
        stateOf(this).view = null;
        this.draw();
      });
    }
  },
  methods: {
    draw() {
      const level = /** @type {any} */ (this.data.level);
      if (!stateOf(this).ctx || !level || !level.spaces) return;
      // Fit once per level, keyed by its id: the page hands the component a new copy of the same level with
      // every update (a states poll included), and a pinched or panned view must survive those.
      const key = level.id || level.name;
      if (!stateOf(this).view || stateOf(this).viewFor !== key) {
        stateOf(this).view = render.fitView(level, stateOf(this).size.width, stateOf(this).size.height);
        stateOf(this).viewFor = key;
      }
      render.drawLevel(stateOf(this).ctx, level, this.data.states || '', stateOf(this).view, {
        width: stateOf(this).size.width, height: stateOf(this).size.height, pixelRatio: stateOf(this).size.pixelRatio,
        selectedId: this.data.selectedId, carId: this.data.carId, route: this.data.route
      });
    },
    onTouchStart(e) {
      const t = e.touches;
      stateOf(this).gesture = { touches: t.map((p) => ({ x: p.x, y: p.y })), view: Object.assign({}, stateOf(this).view), moved: false };
    },
    onTouchMove(e) {
      const g = stateOf(this).gesture;
      if (!g || !stateOf(this).view) return;
      const t = e.touches;
      if (t.length >= 2 && g.touches.length >= 2) {
        const d0 = Math.hypot(g.touches[0].x - g.touches[1].x, g.touches[0].y - g.touches[1].y) || 1;
        const d1 = Math.hypot(t[0].x - t[1].x, t[0].y - t[1].y);
        const k = Math.max(0.5, Math.min(8, d1 / d0));
        const cx = (g.touches[0].x + g.touches[1].x) / 2, cy = (g.touches[0].y + g.touches[1].y) / 2;
        stateOf(this).view = { scale: g.view.scale * k, offsetX: cx - (cx - g.view.offsetX) * k, offsetY: cy - (cy - g.view.offsetY) * k };
      } else if (t.length === 1) {
        stateOf(this).view = { scale: g.view.scale, offsetX: g.view.offsetX + t[0].x - g.touches[0].x, offsetY: g.view.offsetY + t[0].y - g.touches[0].y };
      }
      g.moved = true;
      this.draw();
    },
    onTouchEnd(e) {
      const g = stateOf(this).gesture;
      stateOf(this).gesture = null;
      if (!g || g.moved || g.touches.length !== 1) return;
      this.tapAt(g.touches[0].x, g.touches[0].y);
    },
    /** A tap at canvas pixels (x, y): emits "spacetap" with the space and the lot-local point. */
    tapAt(x, y) {
      const level = /** @type {any} */ (this.data.level);
      if (!level || !stateOf(this).view) return;
      const local = render.toLocal(stateOf(this).view, x, y);
      const space = hit.spaceAt(level, local[0], local[1]);
      const index = space ? level.spaces.indexOf(space) : -1;
      this.triggerEvent('spacetap', { space, state: index >= 0 ? (this.data.states[index] || 'F') : '', x: local[0], y: local[1] });
    }
  }
});
