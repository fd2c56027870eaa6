// Pan and zoom of a level map's SVG in the browser: wheel zooms about the cursor, dragging pans,
// a click without a drag reports the point (in SVG user units) to .NET once.
export function attach(svg, dotnet) {
  const initial = svg.getAttribute('viewBox').split(/\s+/).map(Number);
  let box = [...initial];
  let drag = null;
  const apply = () => svg.setAttribute('viewBox', box.map(v => v.toFixed(2)).join(' '));
  const toSvg = (clientX, clientY) => {
    const pt = svg.createSVGPoint();
    pt.x = clientX; pt.y = clientY;
    const m = svg.getScreenCTM();
    return m ? pt.matrixTransform(m.inverse()) : { x: 0, y: 0 };
  };
  const zoomAt = (factor, cx, cy) => {
    const w = Math.min(Math.max(box[2] * factor, 5), initial[2] * 4);
    const h = w * (box[3] / box[2]);
    box = [cx - (cx - box[0]) * (w / box[2]), cy - (cy - box[1]) * (h / box[3]), w, h];
    apply();
  };
  const onWheel = e => {
    e.preventDefault();
    const p = toSvg(e.clientX, e.clientY);
    zoomAt(e.deltaY > 0 ? 1.15 : 1 / 1.15, p.x, p.y);
  };
  const onDown = e => {
    if (e.button !== 0) return;
    drag = { x: e.clientX, y: e.clientY, box: [...box], moved: false };
    svg.setPointerCapture(e.pointerId);
  };
  const onMove = e => {
    if (!drag) return;
    const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) drag.moved = true;
    if (!drag.moved) return;
    const scale = box[2] / svg.clientWidth;
    box = [drag.box[0] - dx * scale, drag.box[1] - dy * scale, box[2], box[3]];
    apply();
  };
  const onUp = e => {
    if (!drag) return;
    const moved = drag.moved;
    drag = null;
    svg.releasePointerCapture(e.pointerId);
    if (!moved) {
      const p = toSvg(e.clientX, e.clientY);
      dotnet.invokeMethodAsync('OnMapClickedAsync', p.x, p.y);
    }
  };
  svg.addEventListener('wheel', onWheel, { passive: false });
  svg.addEventListener('pointerdown', onDown);
  svg.addEventListener('pointermove', onMove);
  svg.addEventListener('pointerup', onUp);
  return {
    zoom(factor) { zoomAt(factor, box[0] + box[2] / 2, box[1] + box[3] / 2); },
    reset() { box = [...initial]; apply(); },
    focus(x, y, w, h) {
      const aspect = initial[3] / initial[2];
      const width = Math.max(w, h / aspect);
      box = [x + w / 2 - width / 2, y + h / 2 - (width * aspect) / 2, width, width * aspect];
      apply();
    },
    dispose() {
      svg.removeEventListener('wheel', onWheel);
      svg.removeEventListener('pointerdown', onDown);
      svg.removeEventListener('pointermove', onMove);
      svg.removeEventListener('pointerup', onUp);
    },
  };
}
