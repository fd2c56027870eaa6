// WeChat's own builder, offline: miniprogram-ci's getCompiledResult compiles the project as WeChat
// DevTools would (app.json and page-file errors fail here), then the main package's size is printed
// against WeChat's 2 MB limit and our 200 kB goal.
const ci = require('miniprogram-ci');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const { packaged } = require('./package-files');
const LIMIT = 2 * 1024 * 1024;
const GOAL = 200 * 1024;

async function main() {
  const project = new ci.Project({
    appid: JSON.parse(fs.readFileSync(path.join(root, 'project.config.json'), 'utf8')).appid,
    type: 'miniProgram',
    projectPath: root,
    privateKey: 'offline-compile-only',
    ignores: ['node_modules/**/*', 'test/**/*', 'tools/**/*'],
    // Offline: the project's attributes come from here, not from WeChat's servers (no upload key needed to compile).
    attr: async () => require('miniprogram-ci/dist/config/config').DefaultProjectAttr
  });
  const files = packaged();
  const source = files.reduce((n, f) => n + f.size, 0);
  const compiled = await ci.getCompiledResult({ project, desc: 'compile check', setting: { es6: true, minify: false }, onProgressUpdate: () => undefined }, path.join(os.tmpdir(), 'parkshare-mp-compiled.zip'));
  const names = Object.keys(compiled);
  for (const page of JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8')).pages) {
    if (!names.some((n) => n.startsWith(page))) throw new Error(`the compiled result has no ${page}`);
  }
  const compiledBytes = names.reduce((n, k) => n + Buffer.byteLength(typeof compiled[k] === 'string' ? compiled[k] : JSON.stringify(compiled[k])), 0);
  console.log(`compiled ${names.length} files with miniprogram-ci`);
  console.log(`main package: ${files.length} files, ${(source / 1024).toFixed(1)} kB source, ${(compiledBytes / 1024).toFixed(1)} kB compiled `
    + `(limit ${LIMIT / 1024 / 1024} MB, goal ${GOAL / 1024} kB: ${source <= GOAL ? 'within the goal' : 'over the goal'})`);
  if (source > LIMIT) throw new Error('the main package is over WeChat\'s 2 MB limit');
}

// The builder leaves worker processes running: exit explicitly either way.
main().then(() => process.exit(0), (e) => { console.error('compile failed:', e && e.message ? e.message : e); process.exit(1); });
