// Benchmarks of the map page: the first frame of a 600-space level drawn against the recording 2D
// context (JS time only: fit, hit-test index and draw), and the gzipped size of a 600-space states
// poll as the host answers it. Writes the figures to bench/RESULTS.md under "Mini-program".
// Usage: node tools/bench.js [host-url]   (without a host URL the states poll is built locally in the host's wire format)
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const render = require('../utils/map-render');
const hit = require('../utils/hit-test');
const { RecordingContext } = require('../test/helpers/recording-context');
const { packaged } = require('./package-files');

/** A level shaped like the demo lot's: rows of 2.5 × 5 m spaces along aisles, 600 spaces in 6 zones. */
function level600() {
  const spaces = [];
  const zones = [];
  for (let z = 0; z < 6; z++) {
    const x0 = 3 + (z % 3) * 40, y0 = 4 + Math.floor(z / 3) * 40;
    zones.push({ code: 'ABCDEF'[z], name: 'ABCDEF'[z], color: '#4e79a7', polygon: [[x0, y0], [x0 + 37.5, y0], [x0 + 37.5, y0 + 36], [x0, y0 + 36]] });
    for (let k = 0; k < 100; k++) {
      const row = Math.floor(k / 15), col = k % 15;
      const x = x0 + col * 2.5, y = y0 + row * 5 + (row >= 2 ? 3 : 0) + (row >= 4 ? 3 : 0);
      spaces.push({ id: `s${z}-${k}`, code: `B2-${'ABCDEF'[z]}-${String(k + 1).padStart(3, '0')}`, label: '', kind: 'standard', reservable: true, polygon: [[x, y], [x + 2.5, y], [x + 2.5, y + 5], [x, y + 5]] });
    }
  }
  const landmarks = [];
  for (let i = 0; i < 60; i++) landmarks.push({ kind: i % 10 === 0 ? 'elevator' : 'pillar', name: `P${i}`, x: 2 + (i % 12) * 10, y: 2 + Math.floor(i / 12) * 16 });
  const walkways = [];
  for (let i = 0; i < 150; i++) walkways.push([i % 120, 20 + (i % 3) * 20, (i % 120) + 4, 20 + (i % 3) * 20]);
  return { lotId: 'bench', levelId: 'bench-level', version: 1, name: 'B2', ordinal: -2, outline: [[0, 0], [124, 0], [124, 84], [0, 84]], zones, spaces, landmarks, walkways };
}

function median(xs) { const s = xs.slice().sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }

async function main() {
  const level = level600();
  const states = level.spaces.map((_, i) => 'FFFFRFOOFD'[(i * 7) % 10]).join('');
  const route = [{ levelId: 'bench-level', points: [[2, 2], [60, 20], [60, 60], [80, 62]] }];
  const runs = [];
  for (let i = 0; i < 60; i++) {
    const fresh = JSON.parse(JSON.stringify(level)); // a first frame: no index, no view yet
    const ctx = new RecordingContext();
    const t0 = process.hrtime.bigint();
    const view = render.fitView(fresh, 375, 420);
    render.drawLevel(ctx, fresh, states, view, { width: 375, height: 420, pixelRatio: 3, route });
    hit.spaceAt(fresh, 50, 30); // builds the tap index, part of the first interactive frame
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const warm = runs.slice(10);

  const host = process.argv[2];
  let statesJson;
  let source;
  if (host) {
    const lot = (await (await fetch(`${host}/api/mp/lots`)).json()).items[0];
    const json = await (await fetch(`${host}/api/mp/lots/${lot.id}/levels/${lot.levels[0].id}/states`)).text();
    const real = JSON.parse(json);
    // The demo level has 288 spaces: the same wire format with a 600-character state string.
    real.states = states;
    statesJson = JSON.stringify(real);
    source = `the host's /states answer (${host}) widened to 600 spaces`;
  } else {
    statesJson = JSON.stringify({ levelId: '01a24ecd-d4bc-7565-9ea6-99caac864cfa', version: 12, states, free: 0, reserved: 0, occupied: 0, disabled: 0 });
    source = 'the /states wire format built locally';
  }
  const gz = zlib.gzipSync(Buffer.from(statesJson), { level: 6 }).length;
  const cpu = os.cpus()[0].model.trim();
  const lines = [
    '',
    '## Mini-program',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}${os.loadavg()[0] > os.cpus().length ? " (other work running: cold figures are noisy)" : ""}, node ${process.version} (\`node ParkShare.MiniProgram/tools/bench.js [host-url]\`).`,
    '',
    '| figure | target | measured |',
    '| --- | --- | --- |',
    `| first frame of a 600-space level (fit + draw + tap index, recording 2D context), cold: the very first call in a fresh process | ≤ 30 ms of JS | ${runs[0].toFixed(2)} ms |`,
    `| the same, warm: median of 50 after 10 warm-ups (max) | ≤ 30 ms of JS | ${median(warm).toFixed(2)} ms (${Math.max(...warm).toFixed(2)} ms) |`,
    `| states poll of a 600-space level, gzipped (${source}) | ≤ 3 kB | ${gz} B (${statesJson.length} B plain) |`,
    `| main package (source files that ship; \`node tools/compile.js\` also prints the compiled size) | ≤ 2 MB, goal 200 kB | ${(packaged().reduce((n, f) => n + f.size, 0) / 1024).toFixed(1)} kB in ${packaged().length} files |`,
    ''
  ];
  console.log(lines.join('\n'));
  const results = path.resolve(__dirname, '..', '..', 'bench', 'RESULTS.md');
  let text = fs.existsSync(results) ? fs.readFileSync(results, 'utf8') : '# Benchmark results\n';
  text = text.replace(/\n## Mini-program\n[\s\S]*?(?=\n## |$)/, '');
  fs.writeFileSync(results, text.replace(/\s*$/, '\n') + lines.join('\n'));
}

main().catch((e) => { console.error(e); process.exit(1); });
