// Starts the real ParkShare host (the Release build output) on a loopback port in sandbox mode, with a
// temporary SQLite file, the way the .NET end-to-end tests do; stops it and removes the data at the end.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const http = require('node:http');

const repo = path.resolve(__dirname, '..', '..', '..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
    server.on('error', reject);
  });
}

function healthy(url) {
  return new Promise((resolve) => {
    const req = http.get(url + '/healthz', (res) => { res.resume(); resolve(res.statusCode === 200); });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => { req.destroy(); resolve(false); });
  });
}

async function start() {
  const configuration = fs.existsSync(path.join(repo, 'ParkShare.Web/bin/Release/net10.0/ParkShare.Web.dll')) ? 'Release' : 'Debug';
  const dll = path.join(repo, `ParkShare.Web/bin/${configuration}/net10.0/ParkShare.Web.dll`);
  if (!fs.existsSync(dll)) throw new Error(`Build the host first (dotnet build ParkShare.sln -c Release): ${dll} is missing`);
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'parkshare-mp-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('dotnet', [
    dll, '--urls', url,
    `--ConnectionStrings:ParkShare=Data Source=${path.join(data, 'parkshare.db')}`,
    `--Photos:Directory=${path.join(data, 'photos')}`,
    `--PublicBaseUrl=${url}`,
    '--RateLimits:RefinePerMinute=0',
    '--WeChat:AllowSandboxInProduction=true',
    '--WeChat:Mode=Sandbox',
    // Outside Development the first administrator must be configured (no password ships in appsettings.json).
    '--Console:AdminEmail=mp-tests@parkshare.local',
    '--Console:AdminPassword=Mini-Program-Tests-2026'
  ], { cwd: data, env: Object.assign({}, process.env, { ASPNETCORE_ENVIRONMENT: 'Production', DOTNET_hostBuilder__reloadConfigOnChange: 'false' }), stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  const deadline = Date.now() + 90000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The host exited with ${child.exitCode}:\n${log}`);
    if (await healthy(url)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  if (!(await healthy(url))) { child.kill('SIGKILL'); throw new Error(`The host did not answer /healthz within 90 s:\n${log}`); }
  return {
    url,
    log: () => log,
    stop() {
      if (child.exitCode === null) child.kill('SIGKILL');
      try { fs.rmSync(data, { recursive: true, force: true }); } catch (e) { /* best effort */ }
    }
  };
}

module.exports = { start, repo };
