// Pan and zoom of a level map's SVG in the browser: wheel zooms about the cursor, dragging pans,
// a click without a drag reports the point (in SVG user units) to .NET once.
import { svgView } from './svgview.js';

export function attach(svg, dotnet) {
  const view = svgView(svg, { minWidth: 5, maxZoomOut: 4 });
  let drag = null;
  const onWheel = e => view.wheel(e);
  const onDown = e => {
    if (e.button !== 0) return;
    drag = { x: e.clientX, y: e.clientY, box: view.box(), moved: false };
    svg.setPointerCapture(e.pointerId);
  };
  const onMove = e => {
    if (!drag) return;
    const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) drag.moved = true;
    if (!drag.moved) return;
    view.panFrom(drag.box, dx, dy);
  };
  const onUp = e => {
    if (!drag) return;
    const moved = drag.moved;
    drag = null;
    svg.releasePointerCapture(e.pointerId);
    if (!moved) {
      const p = view.toSvg(e.clientX, e.clientY);
      dotnet.invokeMethodAsync('OnMapClickedAsync', p.x, p.y);
    }
  };
  svg.addEventListener('wheel', onWheel, { passive: false });
  svg.addEventListener('pointerdown', onDown);
  svg.addEventListener('pointermove', onMove);
  svg.addEventListener('pointerup', onUp);
  return {
    zoom: factor => view.zoom(factor),
    reset: () => view.reset(),
    focus: (x, y, w, h) => view.focus(x, y, w, h),
    dispose() {
      svg.removeEventListener('wheel', onWheel);
      svg.removeEventListener('pointerdown', onDown);
      svg.removeEventListener('pointermove', onMove);
      svg.removeEventListener('pointerup', onUp);
    },
  };
}
