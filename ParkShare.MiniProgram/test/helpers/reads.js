// Derives from the client's own source which response fields it reads, so the contract test does not
// depend on a hand-kept list: for every `api.get|post|create|patch|del('/path')` or
// `api.request({ method, path })` followed by `.then((x) => …)`, the member chains read off `x`
// (for api.request, off `x.data`), walking into array callbacks (`x.items.map((b) => b.id)` → items[].id)
// and into `const y = x.a` aliases. Reads that go through a helper (format.car(car)) are not seen here;
// the hand-kept table covers those.
const espree = require('espree');

const VERBS = { get: 'get', post: 'post', create: 'post', patch: 'patch', del: 'delete' };
const ARRAY_CALLBACKS = new Set(['map', 'filter', 'forEach', 'find', 'some', 'every', 'findIndex', 'flatMap']);
const NOT_FIELDS = new Set(['length', 'slice', 'concat', 'join', 'indexOf', 'includes', 'reduce', 'sort', 'toString', 'trim', 'split', 'replace', 'then']);

const norm = (p) => p.replace(/\?.*$/, '');

/** The text of a path argument (a string or a template whose ${…} become {}); null otherwise. */
function pathOf(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked).join('{}');
  return null;
}

/** "method path" for an api call expression, and whether its answer is wrapped ({ data }). */
function apiCall(node) {
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression' || node.callee.object.name !== 'api') return null;
  const verb = node.callee.property.name;
  if (VERBS[verb]) {
    const p = pathOf(node.arguments[0]);
    return p && p.startsWith('/api/') ? { key: `${VERBS[verb]} ${norm(p)}`, wrapped: false } : null;
  }
  if (verb === 'request' && node.arguments[0] && node.arguments[0].type === 'ObjectExpression') {
    const prop = (n) => node.arguments[0].properties.find((x) => x.key && x.key.name === n);
    const p = prop('path') && pathOf(prop('path').value);
    const m = prop('method') && prop('method').value.value;
    return p ? { key: `${(m || 'GET').toLowerCase()} ${norm(p)}`, wrapped: true } : null;
  }
  return null;
}

/** Calls fn on every node below root. */
function walk(root, fn) {
  const stack = [root];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n.type !== 'string') continue;
    fn(n);
    for (const k of Object.keys(n)) {
      if (k === 'parent') continue;
      const v = n[k];
      if (Array.isArray(v)) v.forEach((c) => c && typeof c.type === 'string' && (c.parent = n, stack.push(c)));
      else if (v && typeof v.type === 'string') { v.parent = n; stack.push(v); }
    }
  }
}

/** The member chain of a node rooted at an identifier: ['x', 'a', 'b'] for x.a.b; null when computed or not rooted. */
function chainOf(node) {
  const parts = [];
  let n = node;
  while (n.type === 'MemberExpression' || n.type === 'ChainExpression') {
    if (n.type === 'ChainExpression') { n = n.expression; continue; }
    if (n.computed) return null;
    parts.unshift(n.property.name);
    n = n.object;
  }
  return n.type === 'Identifier' ? [n.name, ...parts] : null;
}

/** Collects the fields read off `name` (prefix: the field path it stands for) inside body. */
function collect(body, name, prefix, out) {
  walk(body, (n) => {
    if (n.type === 'VariableDeclarator' && n.init) {
      const c = chainOf(n.init);
      if (c && c[0] === name && n.id.type === 'Identifier') collect(n.parent.parent, n.id.name, join(prefix, c.slice(1)), out);
    }
    if (n.type !== 'MemberExpression' || (n.parent && n.parent.type === 'MemberExpression' && n.parent.object === n)) return;
    const c = chainOf(n);
    if (!c || c[0] !== name) return;
    let fields = c.slice(1);
    const call = n.parent && n.parent.type === 'CallExpression' && n.parent.callee === n ? n.parent : null;
    if (call && ARRAY_CALLBACKS.has(fields[fields.length - 1])) {
      fields = fields.slice(0, -1);
      const cb = call.arguments[0];
      if (cb && /Function/.test(cb.type) && cb.params[0] && cb.params[0].type === 'Identifier') collect(cb.body, cb.params[0].name, join(prefix, fields) + '[]', out);
    } else if (call) {
      fields = fields.slice(0, -1); // a method of the value (x.name.trim()): the value is what is read
    }
    fields = fields.filter((f) => !NOT_FIELDS.has(f));
    if (fields.length) out.add(join(prefix, fields));
  });
}

const join = (prefix, fields) => [prefix, fields.join('.')].filter(Boolean).join('.').replace(/\.\[\]/g, '[]').replace(/\[\]\./g, '[].');

/** { "method path": Set(field paths) } read by the sources. */
function derivedReads(sources, readFile) {
  const reads = {};
  for (const file of sources) {
    const ast = espree.parse(readFile(file), { ecmaVersion: 2022, sourceType: 'script' });
    walk(ast, (n) => {
      if (n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.property.name !== 'then') return;
      const call = apiCall(n.callee.object);
      const cb = n.arguments[0];
      if (!call || !cb || !/Function/.test(cb.type) || !cb.params[0] || cb.params[0].type !== 'Identifier') return;
      const out = reads[call.key] || (reads[call.key] = new Set());
      const found = new Set();
      collect(cb.body, cb.params[0].name, '', found);
      for (const f of found) {
        if (!call.wrapped) out.add(f);
        else if (f.startsWith('data.')) out.add(f.slice(5));
      }
    });
  }
  return reads;
}

module.exports = { derivedReads };
