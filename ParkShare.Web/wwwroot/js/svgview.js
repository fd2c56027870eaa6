// The view box of a pannable, zoomable SVG (the console's level map and the level editor): zoom about a point
// within limits, pan by screen pixels, fit a rectangle, and map pointer positions into SVG user units.
export function svgView(svg, { minWidth, maxZoomOut, minFocusWidth = 0, onChange = () => {} }) {
  const initial = svg.getAttribute('viewBox').split(/\s+/).map(Number);
  let box = [...initial];
  const apply = () => { svg.setAttribute('viewBox', box.map(v => v.toFixed(2)).join(' ')); onChange(); };
  const zoomAt = (factor, cx, cy) => {
    const w = Math.min(Math.max(box[2] * factor, minWidth), initial[2] * maxZoomOut);
    const h = w * (box[3] / box[2]);
    box = [cx - (cx - box[0]) * (w / box[2]), cy - (cy - box[1]) * (h / box[3]), w, h];
    apply();
  };
  return {
    box: () => [...box],
    toSvg(clientX, clientY) {
      const pt = svg.createSVGPoint();
      pt.x = clientX; pt.y = clientY;
      const m = svg.getScreenCTM();
      return m ? pt.matrixTransform(m.inverse()) : { x: 0, y: 0 };
    },
    unitsPerPixel: () => box[2] / Math.max(svg.clientWidth, 1),
    zoomAt,
    zoom(factor) { zoomAt(factor, box[0] + box[2] / 2, box[1] + box[3] / 2); },
    // The mouse wheel zooms about the cursor.
    wheel(e) {
      e.preventDefault();
      const p = this.toSvg(e.clientX, e.clientY);
      zoomAt(e.deltaY > 0 ? 1.15 : 1 / 1.15, p.x, p.y);
    },
    // Pans from the box a drag started with, by the pointer's movement in screen pixels.
    panFrom(start, dxPixels, dyPixels) {
      const s = box[2] / Math.max(svg.clientWidth, 1);
      box = [start[0] - dxPixels * s, start[1] - dyPixels * s, box[2], box[3]];
      apply();
    },
    reset() { box = [...initial]; apply(); },
    focus(x, y, w, h) {
      const aspect = initial[3] / initial[2];
      const width = Math.max(w, h / aspect, minFocusWidth);
      box = [x + w / 2 - width / 2, y + h / 2 - (width * aspect) / 2, width, width * aspect];
      apply();
    },
  };
}
