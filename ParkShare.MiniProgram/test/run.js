// The node test run: starts one real ParkShare host (sandbox, loopback, temp SQLite), runs every
// test/*.test.js against it with node's test runner (spec to the console, TAP to test-results.tap
// for test.sh's count), then stops the host.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const host = require('./helpers/host');

(async () => {
  const started = Date.now();
  const h = await host.start();
  console.log(`host ${h.url} ready in ${Date.now() - started} ms`);
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).map((f) => path.join(__dirname, f));
  const tap = path.join(__dirname, '..', 'test-results.tap');
  const child = spawn(process.execPath, ['--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files], {
    stdio: 'inherit', env: Object.assign({}, process.env, { PARKSHARE_HOST: h.url })
  });
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c === null ? 1 : c)));
  if (code !== 0 && process.env.PARKSHARE_HOST_LOG) fs.writeFileSync(process.env.PARKSHARE_HOST_LOG, h.log());
  h.stop();
  process.exit(code);
})().catch((e) => { console.error(e); process.exit(1); });
