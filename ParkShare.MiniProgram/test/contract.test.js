// Contract: every path and method the client calls exists in the host's /openapi/v1.json, and every
// field the client reads exists in that operation's response schema. Fails when either side drifts.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { config } = require('./helpers/env');

const root = path.resolve(__dirname, '..');
const sources = ['pages', 'components', 'utils'].flatMap(function walk(dir) {
  const full = path.join(root, dir);
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(full, e.name)] : []));
});

/** Every (method, path) the client calls, paths with parameters as {} and no query. */
function clientCalls() {
  const calls = new Set();
  const norm = (p) => p.replace(/\$\{[^}]+\}/g, '{}').replace(/\?.*$/, '');
  const verbs = { get: 'get', post: 'post', create: 'post', patch: 'patch', del: 'delete' };
  for (const file of sources) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/api\.(get|post|create|patch|del)\(\s*[`']([^`']+)[`']/g)) calls.add(`${verbs[m[1]]} ${norm(m[2])}`);
    for (const m of text.matchAll(/(?:api\.request|request)\(\{\s*(?:method:\s*'([A-Z]+)',\s*)?path:\s*[`']([^`']+)[`']/g)) calls.add(`${(m[1] || 'GET').toLowerCase()} ${norm(m[2])}`);
    for (const m of text.matchAll(/api\.upload\(\{\s*path:\s*[`']([^`']+)[`']/g)) calls.add(`post ${norm(m[1])}`);
    for (const m of text.matchAll(/send\(\{\s*method:\s*'([A-Z]+)',\s*path:\s*'([^']+)'/g)) calls.add(`${m[1].toLowerCase()} ${norm(m[2])}`);
  }
  return calls;
}

/** What the pages read from each answer (field paths; [] walks into arrays). */
const READS = {
  'post /api/mp/session': ['token', 'driverId', 'expiresAt', 'privacyNoticeAccepted'],
  'get /api/mp/config': ['templates.positionShared', 'templates.driverNotice', 'sandbox', 'minClientVersion'],
  'get /api/mp/lots': ['items[].id', 'items[].name', 'items[].address', 'items[].levels[].id', 'items[].distanceMeters'],
  'get /api/mp/lots/{}': ['name', 'levels[].id', 'levels[].name', 'levels[].free', 'levels[].spaces'],
  'get /api/mp/lots/{}/levels/{}/states': ['levelId', 'version', 'states', 'free'],
  'post /api/mp/reservations': ['id', 'spaceCode', 'holdUntil'],
  'get /api/mp/reservations/{}': ['id', 'spaceCode', 'startsAt', 'endsAt', 'state', 'holdUntil'],
  'get /api/mp/reservations': ['items[].id', 'items[].state', 'items[].spaceCode', 'items[].startsAt', 'items[].endsAt'],
  'post /api/mp/reservations/{}/check-in': ['id'],
  'post /api/mp/refine': ['status', 'position.space.code', 'position.level.name', 'position.zone.name', 'candidates[].space.code'],
  'post /api/mp/records': ['id'],
  'get /api/mp/records/current': ['id', 'spaceCode', 'levelName', 'zoneCode', 'position.nearestLandmark.name', 'position.nearestLandmark.distanceMeters'],
  'get /api/mp/records/{}': ['id', 'lotId', 'state', 'spaceCode', 'levelName', 'parkedAt', 'note', 'plate', 'expectedPickupAt',
    'position.lot.name', 'position.level.id', 'position.space.id', 'position.zone.name', 'position.local.x', 'position.local.y', 'position.wgs84.lat', 'position.wgs84.lng',
    'position.route.distanceMeters', 'position.route.steps[].text', 'position.route.steps[].levelId', 'position.route.legs[].levelId', 'position.route.legs[].points'],
  'patch /api/mp/records/{}': ['id', 'note', 'plate', 'expectedPickupAt', 'spaceCode'],
  'post /api/mp/records/{}/position': ['id'],
  'post /api/mp/shares': ['id', 'url', 'posterUrl', 'expiresAt'],
  'get /api/mp/shares': ['items[].id', 'items[].url', 'items[].state', 'items[].views', 'items[].expiresAt'],
  'get /api/mp/shares/{}/code': ['imageUrl', 'sharePath'],
  'get /api/mp/shares/{}/views': ['items[].at', 'items[].device', 'items[].count'],
  'post /api/mp/share-view': ['status', 'car.lotId', 'car.lotName', 'car.lotAddress', 'car.spaceCode', 'car.levelName', 'car.zoneName', 'car.note', 'car.plate', 'car.photoUrl',
    'car.parkedAt', 'car.position.level.id', 'car.position.space.id', 'car.position.wgs84.lat', 'car.position.route.legs[].levelId', 'car.position.route.steps[].text'],
  'post /api/mp/bindings/invites': ['code', 'sharePath', 'miniProgramCodeUrl', 'expiresAt'],
  'post /api/mp/bindings/accept': ['alreadyBound', 'name'],
  'get /api/mp/bindings': ['items[].id', 'items[].role', 'items[].createdAt', 'items[].name', 'items[].alias'],
  'patch /api/mp/bindings/{}': ['name'],
  'get /api/mp/shared-with-me': ['items[].id', 'items[].lotId', 'items[].spaceCode', 'items[].levelName', 'items[].position.wgs84.lat'],
  'get /api/mp/notices': ['unreadCount'],
  'get /api/mp/me': ['privacyNoticeAccepted', 'nickname', 'reference'],
  'patch /api/mp/me': ['nickname'],
  'post /api/mp/subscriptions': ['recorded']
};

let docPromise = null;
function openapi() {
  if (!docPromise) docPromise = fetch(`${config.baseUrl}/openapi/v1.json`).then((r) => r.json());
  return docPromise;
}

function findOperation(doc, call) {
  const [method, p] = call.split(' ');
  const wanted = p.split('/');
  for (const [template, item] of Object.entries(doc.paths)) {
    const parts = template.split('/');
    if (parts.length !== wanted.length || !parts.every((s, i) => s === wanted[i] || (wanted[i] === '{}' && /^\{.+\}$/.test(s)))) continue;
    if (item[method]) return item[method];
  }
  return null;
}

function resolve(doc, schema) {
  while (schema && schema.$ref) schema = schema.$ref.split('/').slice(1).reduce((o, k) => o[k], doc);
  const variants = schema && (schema.anyOf || schema.oneOf);
  if (Array.isArray(variants)) {
    const real = variants.find((v) => v.$ref || v.properties || v.items);
    return real ? resolve(doc, real) : schema;
  }
  return schema;
}

/** Walks a field path in the schema; returns an error text or null. */
function missing(doc, schema, field) {
  let s = resolve(doc, schema);
  for (const part of field.split('.')) {
    const name = part.replace('[]', '');
    const props = s && s.properties;
    if (!props || !(name in props)) return `${field}: no "${name}"`;
    s = resolve(doc, props[name]);
    if (part.endsWith('[]')) s = resolve(doc, s.items);
  }
  return null;
}

test('every call the client makes exists in the API description', async () => {
  const doc = await openapi();
  const calls = clientCalls();
  assert.ok(calls.size >= 25, `found only ${calls.size} calls`);
  const unknown = [...calls].filter((c) => !findOperation(doc, c));
  assert.deepEqual(unknown, []);
});

test('every field the client reads is in the response schema', async () => {
  const doc = await openapi();
  const problems = [];
  const calls = clientCalls();
  for (const [call, fields] of Object.entries(READS)) {
    assert.ok(calls.has(call), `the read table names ${call}, which the client no longer calls`);
    const op = findOperation(doc, call);
    const ok = Object.entries(op.responses).filter(([s]) => s.startsWith('2')).sort()[0];
    const schema = ok && ok[1].content && ok[1].content['application/json'] && ok[1].content['application/json'].schema;
    if (!schema) { problems.push(`${call}: no JSON response schema`); continue; }
    for (const f of fields) { const m = missing(doc, schema, f); if (m) problems.push(`${call} ${m}`); }
  }
  assert.deepEqual(problems, []);
});

test('the level map (pre-encoded bytes) carries the fields the renderer reads in its example', async () => {
  const doc = await openapi();
  const op = findOperation(doc, 'get /api/mp/lots/{}/levels/{}/map');
  const example = op.responses['200'].content['application/json'].example;
  for (const k of ['levelId', 'version', 'outline', 'zones', 'spaces', 'landmarks', 'walkways']) assert.ok(k in example, k);
  for (const k of ['id', 'code', 'polygon', 'reservable']) assert.ok(k in example.spaces[0], `spaces[].${k}`);
});
