// Creates made without a network (a basement with no signal) wait in storage, each with the
// Idempotency-Key it was first tried with, and are sent in order when the network is back. The host
// answers a replayed key with the first result, so a create is stored exactly once even if an answer
// was lost on the way back.
const storage = require('./storage');

/** @typedef {{id: string, path: string, data: any, idempotencyKey: string, queuedAt: number, kind: string}} QueuedCreate */

/** @returns {QueuedCreate[]} */
function items() {
  const list = storage.get(storage.OUTBOX);
  return Array.isArray(list) ? list : [];
}

/** @param {QueuedCreate[]} list */
function save(list) { storage.set(storage.OUTBOX, list); }

/** @param {{path: string, data: any, idempotencyKey: string, kind: string}} create */
function enqueue(create) {
  const list = items();
  if (list.some((q) => q.idempotencyKey === create.idempotencyKey)) return list.length;
  list.push(Object.assign({ id: create.idempotencyKey, queuedAt: Date.now() }, create));
  save(list);
  return list.length;
}

/** @type {Promise<any> | null} */
let flushing = null;

/**
 * Sends queued creates in order through api.create. Stops at the first network error (the rest wait
 * for the next chance); a refusal by the host (4xx) drops that item and reports it.
 * @param {{create: (path: string, data: any, key: string) => Promise<any>}} api
 * @returns {Promise<{sent: Array<{item: QueuedCreate, result: any}>, refused: Array<{item: QueuedCreate, error: any}>, left: number}>}
 */
function flush(api) {
  if (flushing) return flushing;
  const sent = [];
  const refused = [];
  const next = () => {
    const list = items();
    if (list.length === 0) return Promise.resolve();
    const item = list[0];
    return api.create(item.path, item.data, item.idempotencyKey).then((result) => {
      save(items().filter((q) => q.id !== item.id));
      sent.push({ item, result });
      return next();
    }, (error) => {
      if (error && error.network) return undefined;
      if (error && error.status >= 500) return undefined;
      save(items().filter((q) => q.id !== item.id));
      refused.push({ item, error });
      return next();
    });
  };
  flushing = next().then(() => ({ sent, refused, left: items().length })).finally(() => { flushing = null; });
  return flushing;
}

module.exports = { enqueue, flush, items };
