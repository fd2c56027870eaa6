// People by the name they chose (or I gave them), never by id; and the same name rules as the host's,
// so a refusal shows beside the field before the request (the host checks again).
const i18n = require('./i18n');

const MAX = 32;

/**
 * How to show the other side of a binding: the host's name (my alias, else their nickname), else "unnamed".
 * @param {{name?: string|null}} binding
 */
function nameOf(binding) {
  return (binding && binding.name) || i18n.t('unnamedFriend');
}

/**
 * Why a typed name is refused, or '' when it is fine. An empty value is allowed only where it clears (an alias).
 * @param {string} value
 * @param {boolean} emptyClears
 */
function check(value, emptyClears) {
  const name = (value || '').trim();
  if (!name) return emptyClears ? '' : i18n.t('nameRequired');
  if (/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/.test(name)) return i18n.t('nameControl');
  if (length(name) > MAX) return i18n.t('nameTooLong', MAX);
  return '';
}

/** Characters as a reader counts them (an emoji sequence is one), where the runtime can segment text. @param {string} text */
function length(text) {
  const Segmenter = typeof Intl !== 'undefined' && /** @type {any} */ (Intl).Segmenter;
  return Segmenter ? Array.from(new Segmenter().segment(text)).length : Array.from(text).length;
}

module.exports = { nameOf, check, MAX };
