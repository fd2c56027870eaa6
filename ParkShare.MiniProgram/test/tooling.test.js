// The checks WeChat DevTools and CI would make: types against miniprogram-api-typings (tsc --noEmit
// on JSDoc), eslint, and WeChat's own builder (miniprogram-ci getCompiledResult, offline) with the package size.
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args, cwd = root) => spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 180000 });

test('types check against miniprogram-api-typings (tsc --noEmit)', () => {
  const r = run(bin('tsc'), ['--noEmit', '-p', 'jsconfig.json']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('eslint finds nothing', () => {
  const r = run(bin('eslint'), ['.']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('WeChat\'s builder compiles the project; the main package is printed against 2 MB / 200 kB', () => {
  // Run outside the project: the builder leaves a cache folder in its working directory.
  const r = run(process.execPath, [path.join(root, 'tools', 'compile.js')], require('node:os').tmpdir());
  const summary = (r.stdout.match(/^main package:.*$/m) || [''])[0];
  console.log(summary);
  assert.equal(r.status, 0, r.stdout.slice(-2000) + r.stderr.slice(-2000));
  assert.match(summary, /within the goal/);
});
