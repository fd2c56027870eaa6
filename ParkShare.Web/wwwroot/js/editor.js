// Pointer work of the level editor, all in the browser: pan/zoom, drag-move, rotate, resize, reshape
// (vertex and midpoint handles), rubber band, polygon/row/walkway previews. .NET hears one call per gesture, on release (never per move).
// Coordinates sent are SVG user units (x east, y = -north); the component flips y back.
//
// The canvas mounts itself (console.js's <ps-editor-canvas> imports this module the moment Blazor inserts it) and is
// live from its first painted frame: pan and zoom need no server, and a gesture made before .NET has connected
// (connect, a few round trips later) waits for it instead of being lost.
import { svgView } from './svgview.js';

const mounted = new WeakMap();

export function mount(root) {
  let entry = mounted.get(root);
  if (entry) return entry;
  let connectTo;
  const connected = new Promise(resolve => { connectTo = resolve; });
  const dotnet = { invokeMethodAsync: (name, ...args) => connected.then(ref => ref.invokeMethodAsync(name, ...args)) };
  const handle = attach(root, root.querySelector('svg'), dotnet);
  entry = { ...handle, connect(ref) { connectTo(ref); return entry; } };
  mounted.set(root, entry);
  requestAnimationFrame(() => setTimeout(() => { root.dataset.ready = 'true'; }));
  return entry;
}

/**
 * .NET's half: hands over its reference and its tool, and gets the canvas's handle (setTool, zoom, reset, focus, dispose).
 * The tool is only switched if it differs: switching cancels a gesture, and the operator may be in the middle of one.
 */
export function connect(root, dotnet, tool) {
  const entry = mount(root).connect(dotnet);
  if (tool && tool !== entry.tool()) entry.setTool(tool);
  return entry;
}

function attach(root, svg, dotnet) {
  // labels() is declared below; the view calls it after every change of the view box.
  const view = svgView(svg, { minWidth: 3, maxZoomOut: 8, minFocusWidth: 6, onChange: () => labels() });
  let tool = 'select';
  svg.dataset.tool = tool;
  let gesture = null;
  let drawing = [];
  let anchor = null;
  const overlay = svg.querySelector('.editor-overlay');
  const ns = 'http://www.w3.org/2000/svg';
  // Space numbers are 0.9 m tall: drawn once they reach about 6 px on screen, from each space's data-label,
  // and kept in step with the server's redraws of the space layer (a redrawn space is a new element).
  const spaceLayer = svg.querySelector('.sp-layer');
  const labelLayer = svg.querySelector('.sp-labels');
  const labelled = new Map();
  let labelsOn = false;
  const syncLabels = () => {
    for (const [el, text] of labelled) if (!el.isConnected) { text.remove(); labelled.delete(el); }
    for (const el of spaceLayer.querySelectorAll('.sp')) {
      if (labelled.has(el)) continue;
      const text = document.createElementNS(ns, 'text');
      text.setAttribute('x', el.dataset.lx);
      text.setAttribute('y', el.dataset.ly);
      text.textContent = el.dataset.label;
      labelLayer.appendChild(text);
      labelled.set(el, text);
    }
  };
  const spacesRedrawn = new MutationObserver(() => { if (labelsOn) syncLabels(); });
  spacesRedrawn.observe(spaceLayer, { childList: true, subtree: true });
  const labels = () => {
    const m = svg.getScreenCTM();
    const on = !!m && m.a * 0.9 >= 6;
    if (on && !labelsOn) syncLabels();
    labelsOn = on;
    svg.classList.toggle('labels-off', !on);
  };
  // A space's number moves with it in a drag or rotation preview.
  const withLabels = (els) => els.flatMap(el => labelled.has(el) ? [el, labelled.get(el)] : [el]);
  const toSvg = (e) => view.toSvg(e.clientX, e.clientY);
  const pxToUnits = () => view.unitsPerPixel();
  const shape = (name, attrs) => {
    const el = document.createElementNS(ns, name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    overlay.appendChild(el);
    return el;
  };
  const clearOverlay = () => { while (overlay.firstChild) overlay.removeChild(overlay.firstChild); };
  // The row being dragged, as the spaces it will make (the canvas's data-row-width/-depth, as RowGenerator lays
  // them out: along the drag, extending to its left in level terms, which is to its right on screen with y flipped).
  const rowFootprint = (a, b) => {
    const w = Number(root.dataset.rowWidth) || 2.5, d = Number(root.dataset.rowDepth) || 5.3;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    const n = Math.max(1, Math.floor((len + 1e-6) / w));
    const [ux, uy] = len > 0 ? [(b.x - a.x) / len, (b.y - a.y) / len] : [1, 0];
    const [lx, ly] = [uy, -ux];
    for (let i = 0; i < n; i++) {
      const x0 = a.x + ux * i * w, y0 = a.y + uy * i * w, x1 = x0 + ux * w, y1 = y0 + uy * w;
      const pts = [[x0, y0], [x1, y1], [x1 + lx * d, y1 + ly * d], [x0 + lx * d, y0 + ly * d]];
      shape('polygon', { class: 'row-foot', 'data-testid': 'row-drag-foot', points: pts.map(q => q.join(',')).join(' ') });
    }
    return n;
  };
  const selected = () => [...svg.querySelectorAll('[data-id].sel')];
  const elementAt = (e) => e.target.closest && e.target.closest('[data-id]');
  const centreOf = (els) => {
    let b = null;
    for (const el of els) {
      const r = el.getBBox();
      b = b ? [Math.min(b[0], r.x), Math.min(b[1], r.y), Math.max(b[2], r.x + r.width), Math.max(b[3], r.y + r.height)]
            : [r.x, r.y, r.x + r.width, r.y + r.height];
    }
    return b ? { x: (b[0] + b[2]) / 2, y: (b[1] + b[3]) / 2 } : { x: 0, y: 0 };
  };
  // The preview transform stays until the server's redraw of that element arrives: spaces come back as new
  // markup (the old element leaves the DOM), other elements get new attributes.
  const settle = (els, started) => {
    if (els.length === 0) return;
    const clear = () => { els.forEach(el => { el.style.transform = ''; el.style.transformOrigin = ''; }); observer.disconnect(); };
    const observer = new MutationObserver(records => {
      if (els.some(el => !el.isConnected) || records.some(r => r.type === 'attributes' && els.some(el => el.contains(r.target)))) {
        root.dataset.lastRedrawMs = (performance.now() - started).toFixed(1);
        clear();
      }
    });
    observer.observe(svg, { childList: true, attributes: true, subtree: true, attributeFilter: ['d', 'cx', 'x'] });
    setTimeout(clear, 3000);
  };
  const previewPolyline = (points, cursor) => {
    clearOverlay();
    const all = cursor ? [...points, cursor] : points;
    if (all.length > 0) shape('polyline', { class: 'preview', points: all.map(p => `${p.x},${p.y}`).join(' ') });
    points.forEach(p => shape('circle', { class: 'preview-dot', cx: p.x, cy: p.y, r: 3 * pxToUnits() }));
  };
  const finishPolygon = () => {
    const points = drawing;
    drawing = [];
    clearOverlay();
    if (points.length >= 3) dotnet.invokeMethodAsync('OnPolygonDrawnAsync', points.flatMap(p => [p.x, p.y]));
  };
  // The ring being reshaped, read from its vertex handles (the server drew them from the draft).
  const ringOf = (id) => [...svg.querySelectorAll(`.handle.vertex[data-for="${id}"]`)]
    .map(c => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) }));
  const previewRing = (g, p) => {
    const ring = [...g.ring];
    if (g.kind === 'vertex') ring[g.index] = p; else ring.splice(g.index + 1, 0, p);
    clearOverlay();
    shape('polygon', { class: 'preview', points: ring.map(q => `${q.x},${q.y}`).join(' ') });
    shape('circle', { class: 'preview-dot', cx: p.x, cy: p.y, r: 4 * pxToUnits() });
  };
  const cancel = () => { drawing = []; anchor = null; gesture = null; clearOverlay(); };

  const onWheel = e => view.wheel(e);
  const onDown = e => {
    root.focus({ preventScroll: true });
    const p = toSvg(e);
    const start = { p, cx: e.clientX, cy: e.clientY, moved: false, shift: e.shiftKey };
    if (e.button === 1 || e.button === 2 || tool === 'pan') {
      gesture = { ...start, kind: 'pan', box: view.box() };
    } else if (e.button !== 0) {
      return;
    } else if (tool === 'select' && e.target.dataset && e.target.dataset.handle === 'resize') {
      gesture = { ...start, kind: 'resize', id: e.target.dataset.for };
    } else if (tool === 'select' && e.target.dataset && (e.target.dataset.handle === 'vertex' || e.target.dataset.handle === 'mid')) {
      const h = e.target.dataset;
      gesture = { ...start, kind: h.handle, id: h.for, index: Number(h.index), ring: ringOf(h.for), alt: e.altKey };
    } else if (tool === 'select') {
      const el = elementAt(e);
      if (el) {
        const whole = el.classList.contains('sel');
        gesture = { ...start, kind: 'move', id: el.dataset.id, els: withLabels(whole ? selected() : [el]), whole };
      } else {
        gesture = { ...start, kind: 'band' };
      }
    } else if (tool === 'rotate') {
      const els = selected();
      if (els.length === 0) return;
      gesture = { ...start, kind: 'rotate', els: withLabels(els), c: centreOf(els) };
    } else if (tool === 'row') {
      gesture = { ...start, kind: 'row' };
    } else {
      gesture = { ...start, kind: 'click' };
    }
    svg.setPointerCapture(e.pointerId);
  };
  const onMove = e => {
    const p = toSvg(e);
    if (!gesture) {
      if (drawing.length > 0) previewPolyline(drawing, p);
      else if (anchor) previewPolyline([anchor], p);
      return;
    }
    const g = gesture;
    if (Math.abs(e.clientX - g.cx) + Math.abs(e.clientY - g.cy) > 3) g.moved = true;
    if (!g.moved) return;
    const dx = p.x - g.p.x, dy = p.y - g.p.y;
    if (g.kind === 'pan') {
      view.panFrom(g.box, e.clientX - g.cx, e.clientY - g.cy);
    } else if (g.kind === 'move') {
      g.els.forEach(el => { el.style.transform = `translate(${dx}px, ${dy}px)`; });
    } else if (g.kind === 'rotate') {
      const a = Math.atan2(p.y - g.c.y, p.x - g.c.x) - Math.atan2(g.p.y - g.c.y, g.p.x - g.c.x);
      g.deg = Math.round(a * 180 / Math.PI);
      g.els.forEach(el => { el.style.transformOrigin = `${g.c.x}px ${g.c.y}px`; el.style.transform = `rotate(${g.deg}deg)`; });
    } else if (g.kind === 'band') {
      clearOverlay();
      shape('rect', { class: 'band', x: Math.min(g.p.x, p.x), y: Math.min(g.p.y, p.y), width: Math.abs(dx), height: Math.abs(dy) });
    } else if (g.kind === 'vertex' || g.kind === 'mid') {
      previewRing(g, p);
    } else if (g.kind === 'row' || g.kind === 'resize') {
      clearOverlay();
      shape('line', { class: 'preview', x1: g.p.x, y1: g.p.y, x2: p.x, y2: p.y });
      if (g.kind === 'row') {
        const n = rowFootprint(g.p, p);
        shape('text', { class: 'preview-text', x: p.x, y: p.y - 1 }).textContent = `${n} × ${Math.hypot(dx, dy).toFixed(1)} m`;
      }
    }
  };
  const onUp = async e => {
    const g = gesture;
    if (!g) return;
    gesture = null;
    try { svg.releasePointerCapture(e.pointerId); } catch { /* already released */ }
    const p = toSvg(e);
    const dx = p.x - g.p.x, dy = p.y - g.p.y;
    if (g.kind === 'move' && g.moved) {
      settle(g.els, performance.now());
      // Moving the selection names no ids: 2,000 of them would exceed the circuit's 32 KB message limit.
      await dotnet.invokeMethodAsync('OnMovedAsync', g.whole ? null : [g.id], dx, dy);
    } else if (g.kind === 'move' || (g.kind === 'band' && !g.moved)) {
      await dotnet.invokeMethodAsync('OnSelectedAsync', g.id ?? null, g.shift);
    } else if (g.kind === 'band') {
      clearOverlay();
      await dotnet.invokeMethodAsync('OnBandSelectedAsync', g.p.x, g.p.y, p.x, p.y, g.shift);
    } else if (g.kind === 'rotate' && g.moved && g.deg) {
      settle(g.els, performance.now());
      await dotnet.invokeMethodAsync('OnRotatedAsync', g.deg);
    } else if (g.kind === 'resize' && g.moved) {
      clearOverlay();
      await dotnet.invokeMethodAsync('OnResizedAsync', g.id, p.x, p.y);
    } else if ((g.kind === 'vertex' || g.kind === 'mid') && g.moved) {
      clearOverlay();
      await dotnet.invokeMethodAsync(g.kind === 'vertex' ? 'OnVertexMovedAsync' : 'OnVertexInsertedAsync', g.id, g.index, p.x, p.y);
    } else if (g.kind === 'vertex') {
      await dotnet.invokeMethodAsync(g.alt ? 'OnVertexRemovedAsync' : 'OnVertexPickedAsync', g.id, g.index);
    } else if (g.kind === 'mid') {
      // A click on a midpoint without dragging changes nothing.
    } else if (g.kind === 'row') {
      clearOverlay();
      if (g.moved) await dotnet.invokeMethodAsync('OnRowDraggedAsync', g.p.x, g.p.y, p.x, p.y);
    } else if (g.kind === 'click' && !g.moved) {
      await click(p);
    }
  };
  const click = async (p) => {
    if (tool === 'outline' || tool === 'zone') {
      const first = drawing[0];
      if (first && drawing.length >= 3 && Math.hypot(p.x - first.x, p.y - first.y) < 8 * pxToUnits()) { finishPolygon(); return; }
      drawing.push(p);
      previewPolyline(drawing);
    } else if (tool === 'walkway') {
      const snapped = await dotnet.invokeMethodAsync('OnWalkwayPointAsync', p.x, p.y, anchor !== null, anchor?.x ?? 0, anchor?.y ?? 0);
      anchor = snapped ? { x: snapped[0], y: snapped[1] } : null;
      previewPolyline(anchor ? [anchor] : []);
    } else {
      await dotnet.invokeMethodAsync('OnPointAsync', p.x, p.y);
    }
  };
  const onDouble = e => { if (tool === 'outline' || tool === 'zone') { e.preventDefault(); finishPolygon(); } else if (tool === 'walkway') cancel(); };
  const onKey = e => {
    if (e.target !== root) return;
    const k = e.key;
    if (k === 'Escape' && (drawing.length > 0 || anchor || gesture)) { cancel(); e.preventDefault(); return; }
    if (k === 'Enter' && drawing.length >= 3) { finishPolygon(); e.preventDefault(); return; }
    const ctrl = e.ctrlKey || e.metaKey;
    const handled = ctrl ? ['z', 'Z', 'y', 'Y', 's', 'S', 'a', 'A'].includes(k)
      : ['Delete', 'Backspace', 'Escape', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'v', 'V', 'r', 'R', 'h', 'H', 'o', 'O', 'z', 'Z', 's', 'S', 'w', 'W', 'l', 'L', 'g', 'G', 'n', 'N', '?'].includes(k);
    if (!handled) return;
    e.preventDefault();
    dotnet.invokeMethodAsync('OnKeyAsync', k, ctrl, e.shiftKey);
  };
  const noMenu = e => e.preventDefault();
  svg.addEventListener('wheel', onWheel, { passive: false });
  svg.addEventListener('pointerdown', onDown);
  svg.addEventListener('pointermove', onMove);
  svg.addEventListener('pointerup', onUp);
  svg.addEventListener('dblclick', onDouble);
  svg.addEventListener('contextmenu', noMenu);
  root.addEventListener('keydown', onKey);
  const resized = new ResizeObserver(labels);
  resized.observe(svg);
  return {
    setTool(name) { tool = name; cancel(); svg.dataset.tool = name; },
    tool: () => tool,
    zoom: factor => view.zoom(factor),
    reset: () => view.reset(),
    focus: (x, y, w, h) => view.focus(x, y, w, h),
    dispose() {
      mounted.delete(root);
      resized.disconnect();
      spacesRedrawn.disconnect();
      svg.removeEventListener('wheel', onWheel);
      svg.removeEventListener('pointerdown', onDown);
      svg.removeEventListener('pointermove', onMove);
      svg.removeEventListener('pointerup', onUp);
      svg.removeEventListener('dblclick', onDouble);
      svg.removeEventListener('contextmenu', noMenu);
      root.removeEventListener('keydown', onKey);
    },
  };
}
