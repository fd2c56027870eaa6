// Driver pages' only script. Everything works without it; with it the level map refreshes its live
// states, taps on the map record a position, and a position entered in a basement without signal
// is kept on the phone and sent once the connection returns, exactly once (Idempotency-Key).
(() => {
  'use strict';
  const QUEUE = 'parkshare.queue';
  const $ = (s, r = document) => r.querySelector(s);
  const load = () => { try { return JSON.parse(localStorage.getItem(QUEUE) || '[]'); } catch { return []; } };
  const save = q => localStorage.setItem(QUEUE, JSON.stringify(q));
  const banner = $('#m-queue');
  const show = (text) => { if (banner) { banner.textContent = text; banner.hidden = !text; } };

  const offline = $('#m-offline');
  const net = () => { if (offline) offline.hidden = navigator.onLine; };
  addEventListener('online', () => { net(); flush(); });
  addEventListener('offline', net);
  net();

  // Live states: one small request; letters F/R/O/D in the map's space order.
  const map = $('svg.map[data-states-url]');
  if (map && map.dataset.statesUrl) {
    const spaces = map.querySelectorAll('.sp');
    // A space link's name says its state ("B2-C-017 空闲"), so a new state is announced, not only painted.
    const names = Object.fromEntries((map.dataset.stateNames || '').split('|').filter(Boolean).map(p => [p[0], p.slice(2)]));
    const refresh = async () => {
      if (document.hidden || !navigator.onLine) return;
      try {
        const r = await fetch(map.dataset.statesUrl, { credentials: 'same-origin', cache: 'no-store' });
        if (!r.ok) return;
        const s = (await r.json()).states || '';
        spaces.forEach(el => {
          const c = s[Number(el.dataset.i)];
          if (c && !el.classList.contains(c)) {
            el.classList.remove('F', 'R', 'O', 'D', 'N'); el.classList.add(c);
            if (el.hasAttribute('aria-label') && names[c]) el.setAttribute('aria-label', `${el.textContent.trim()}, ${el.dataset.code} ${names[c]}`);
          }
        });
        map.dataset.refreshed = String(Date.now());
      } catch { /* offline: keep what is drawn */ }
    };
    setInterval(refresh, 5000);
    document.addEventListener('visibilitychange', refresh);
  }

  // Park mode: a tap beside the spaces records that point (lot-local metres, y north).
  const tap = $('svg.map[data-tap-url]');
  if (tap && tap.dataset.tapUrl) {
    tap.addEventListener('click', e => {
      if (e.target.closest('a')) return;
      const m = tap.getScreenCTM(); if (!m) return;
      const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
      const top = Number(tap.dataset.top);
      location.href = `${tap.dataset.tapUrl}&x=${p.x.toFixed(2)}&y=${(top - p.y).toFixed(2)}`;
    });
  }

  const locate = (done) => navigator.geolocation && navigator.geolocation.getCurrentPosition(
    p => done(p.coords), () => show($('[data-near-me]')?.dataset.denied || ''), { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  const near = $('[data-near-me]');
  if (near) near.addEventListener('click', e => {
    e.preventDefault();
    locate(c => { location.href = `m/lots?lat=${c.latitude.toFixed(6)}&lng=${c.longitude.toFixed(6)}`; });
  });

  const form = $('form[data-queue]');
  if (form) {
    const gps = $('input[data-gps]', form);
    const fill = () => gps && gps.checked && locate(c => {
      form.elements.Lat.value = c.latitude; form.elements.Lng.value = c.longitude; form.elements.Accuracy.value = Math.round(c.accuracy);
    });
    form.addEventListener('change', e => { if (e.target === gps) fill(); });
    form.addEventListener('submit', e => {
      e.preventDefault();
      const item = { key: form.elements.Key.value, url: form.dataset.queue, body: payload(form, e.submitter), done: form.dataset.done };
      save(load().filter(q => q.key !== item.key).concat(item));
      flush();
    });
  }

  function payload(f, submitter) {
    const v = n => { const x = f.elements[n]; return x && x.value !== '' ? x.value : undefined; };
    const num = n => v(n) === undefined ? undefined : Number(v(n));
    const checked = f.querySelector('input[name=Kind]:checked') || f.elements.Kind;
    let kind = (checked && checked.value) || 'spaceCode';
    let code = v('Code');
    if (submitter && submitter.name === 'Pick') { kind = 'spaceCode'; code = submitter.value; }
    const position = kind === 'mapPoint' ? { kind, levelId: v('LevelId'), x: num('X'), y: num('Y') }
      : kind === 'gps' ? { kind, lat: num('Lat'), lng: num('Lng'), accuracy: num('Accuracy'), levelHint: v('LevelHint') }
      : { kind, code };
    const lot = f.elements.Lot;
    const offset = lot.options ? lot.options[lot.selectedIndex].dataset.offset : '+00:00';
    const pickup = v('Pickup');
    return { lotId: lot.value, position, plate: v('Plate'), note: v('Note'), expectedPickupAt: pickup ? `${pickup}:00${offset}` : undefined };
  }

  let flushing = false;
  // The position typed on this very page: once it is recorded, show it ("my car").
  async function flush(mine = form && form.elements.Key ? form.elements.Key.value : null) {
    if (flushing) return;
    flushing = true;
    try {
      for (const item of load()) {
        let r;
        try {
          r = await fetch(item.url, { method: 'POST', credentials: 'same-origin', body: JSON.stringify(item.body),
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': item.key, 'X-ParkShare-Csrf': '1' } });
        } catch {
          show(banner?.dataset.text || ''); // no connection: keep it for later
          return;
        }
        if (r.status >= 500 || r.status === 429 || r.status === 401 || r.status === 408) { show(banner?.dataset.text || ''); return; }
        save(load().filter(q => q.key !== item.key));
        if (r.ok) {
          if (item.key === mine) { location.href = item.done; return; }
          show(banner?.dataset.sent || '');
        } else {
          const problem = await r.json().catch(() => ({}));
          if (item.key === mine) refused(problem); else show(`${banner?.dataset.failed || ''} ${problem.detail || ''}`);
        }
      }
    } finally { flushing = false; }
  }

  // A refusal is shown inside the form that was sent, beside its own button; an ambiguous position is
  // not an error but a choice: the candidates in the server's order, most likely first.
  function refused(problem) {
    if (!form) return;
    const submit = form.querySelector('[data-submit]') || form.querySelector('button[type=submit]:not([name=Pick])');
    let box = $('[data-testid=m-error]', form);
    if (!box) {
      box = document.createElement('p'); box.className = 'error'; box.setAttribute('role', 'alert'); box.dataset.testid = 'm-error';
      if (submit) submit.before(box); else form.append(box);
    }
    form.querySelectorAll('[data-testid=candidates]').forEach(b => b.remove());
    const candidates = problem.candidates || [];
    const fields = problem.errors ? Object.values(problem.errors).flat().join(' ') : '';
    box.textContent = candidates.length ? '' : (`${problem.detail || ''} ${fields}`.trim() || form.dataset.failed || '');
    box.hidden = candidates.length > 0;
    if (candidates.length) {
      const choice = document.createElement('fieldset');
      choice.className = 'choice'; choice.dataset.testid = 'candidates';
      const legend = document.createElement('legend'); legend.textContent = form.dataset.which || ''; choice.append(legend);
      const list = document.createElement('ol');
      candidates.forEach((c, i) => {
        const li = document.createElement('li');
        const b = document.createElement('button');
        b.type = 'submit'; b.name = 'Pick'; b.value = c.space.code; b.className = 'btn wide'; b.dataset.testid = 'candidate'; b.dataset.rank = String(i + 1);
        b.textContent = `${c.space.code} · ${c.level.name}`;
        li.append(b); list.append(li);
      });
      choice.append(list);
      box.after(choice);
      choice.scrollIntoView({ block: 'nearest' });
    } else {
      box.scrollIntoView({ block: 'nearest' });
    }
  }

  // Share links: copy to the clipboard (falling back to a selection), and inside WeChat hand the link to
  // the JS-SDK's share menu when the page has it (updateAppMessageShareData), else say where the menu is.
  document.addEventListener('click', async e => {
    const copy = e.target.closest('[data-copy]');
    if (!copy) return;
    const status = copy.closest('.share-link')?.querySelector('[data-copy-status]');
    let ok = false;
    try { await navigator.clipboard.writeText(copy.dataset.copy); ok = true; } catch {
      const url = copy.closest('.share-link')?.querySelector('.url');
      if (url) { const r = document.createRange(); r.selectNodeContents(url); const sel = getSelection(); sel.removeAllRanges(); sel.addRange(r); ok = document.execCommand && document.execCommand('copy'); }
    }
    if (status) status.textContent = ok ? copy.dataset.copied : copy.dataset.copyFailed;
  });
  const inWeChat = /MicroMessenger/i.test(navigator.userAgent);
  document.querySelectorAll('[data-wechat-share]').forEach(b => {
    const sdk = window.wx && typeof window.wx.updateAppMessageShareData === 'function';
    if (!sdk && !inWeChat && !window.WeixinJSBridge) return;
    b.hidden = false;
    b.addEventListener('click', () => {
      const status = b.closest('.share-link')?.querySelector('[data-copy-status]');
      if (sdk) window.wx.updateAppMessageShareData({ title: b.dataset.title, desc: b.dataset.desc, link: b.dataset.wechatShare, imgUrl: new URL('favicon.svg', document.baseURI).href, success() {} });
      if (status) status.textContent = b.dataset.hint;
    });
  });

  if (load().length) flush();
  setInterval(() => { if (load().length && navigator.onLine) flush(); }, 15000);
})();
