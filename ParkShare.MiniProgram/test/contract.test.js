// Contract: every path and method the client calls exists in the host's /openapi/v1.json, and every
// field the client reads exists in that operation's response schema. Fails when either side drifts.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { config } = require('./helpers/env');
const { derivedReads } = require('./helpers/reads');

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

/**
 * What the pages read from each answer through helpers (format.car, people.nameOf, …), which the
 * source analysis (helpers/reads.js) cannot follow; everything read directly off an answer is derived.
 */
const READS = {
  'post /api/mp/session': ['token', 'driverId', 'expiresAt', 'privacyNoticeAccepted'],
  'get /api/mp/config': ['templates.positionShared', 'templates.driverNotice', 'sandbox', 'minClientVersion'],
  'get /api/mp/lots': ['items[].address', 'items[].levels[].id', 'items[].distanceMeters'],
  'get /api/mp/reservations': ['items[].id', 'items[].state', 'items[].spaceCode', 'items[].startsAt', 'items[].endsAt'],
  'post /api/mp/refine': ['position.space.code', 'position.level.name', 'position.zone.name', 'candidates[].space.code'],
  'get /api/mp/records/current': ['id', 'spaceCode', 'levelName', 'zoneCode', 'position.nearestLandmark.name', 'position.nearestLandmark.distanceMeters'],
  'get /api/mp/records/{}': ['id', 'lotId', 'state', 'spaceCode', 'levelName', 'parkedAt', 'note', 'plate', 'expectedPickupAt', 'position.lot.name', 'position.level.id', 'position.space.id', 'position.zone.name', 'position.local.x', 'position.local.y', 'position.wgs84.lat', 'position.wgs84.lng', 'position.route.distanceMeters', 'position.route.steps[].text', 'position.route.steps[].levelId', 'position.route.legs[].levelId', 'position.route.legs[].points'],
  'patch /api/mp/records/{}': ['id', 'note', 'plate', 'expectedPickupAt', 'spaceCode'],
  'post /api/mp/share-view': ['car.lotName', 'car.lotAddress', 'car.spaceCode', 'car.levelName', 'car.zoneName', 'car.note', 'car.plate', 'car.photoUrl', 'car.parkedAt', 'car.position.space.id', 'car.position.wgs84.lat', 'car.position.route.legs[].levelId', 'car.position.route.steps[].text'],
  'get /api/mp/bindings': ['items[].name'],
  'patch /api/mp/bindings/{}': ['name'],
  'get /api/mp/shared-with-me': ['items[].lotId', 'items[].spaceCode', 'items[].levelName', 'items[].position.wgs84.lat'],
  'get /api/mp/notices': ['unreadCount'],
  'get /api/mp/me': ['privacyNoticeAccepted', 'nickname', 'reference']
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

const readFile = (f) => fs.readFileSync(f, 'utf8');

test('the fields read directly off each answer are found in the source', () => {
  const derived = derivedReads(sources, readFile);
  const withReads = Object.entries(derived).filter(([, f]) => f.size > 0);
  assert.ok(withReads.length >= 20, `the analysis found reads for only ${withReads.length} calls`);
  assert.ok(derived['get /api/mp/bindings'].has('items[].role'), 'array callbacks are followed');
  assert.ok(derived['post /api/mp/share-view'].has('car.lotId'), 'api.request answers are read off .data');
});

test('every field the client reads is in the response schema', async () => {
  const doc = await openapi();
  const problems = [];
  const calls = clientCalls();
  const all = {};
  for (const [call, fields] of Object.entries(derivedReads(sources, readFile))) all[call] = new Set(fields);
  for (const [call, fields] of Object.entries(READS)) {
    assert.ok(calls.has(call), `the read table names ${call}, which the client no longer calls`);
    fields.forEach((f) => (all[call] || (all[call] = new Set())).add(f));
  }
  for (const [call, fields] of Object.entries(all).filter(([, f]) => f.size > 0)) {
    const op = findOperation(doc, call);
    if (!op) { problems.push(`${call}: not in the API description`); continue; }
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
