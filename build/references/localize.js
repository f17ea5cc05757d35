/**
 * One language's CSL-JSON. A reference may say some things in both languages, the way
 * content does: any value `{ id: '…', en: '…' }` (a description like "[Makalah]" /
 * "[Paper]", the widget's own title) becomes the text of the language asked for. Everything
 * else passes through as it is.
 */

/** @typedef {import('./csl.js').Lang} Lang */
/** @typedef {{ id: string, type: string, [field: string]: unknown }} CslItem */

/** @param {unknown} value @returns {value is { id: string, en: string }} */
const isTranslated = (value) =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).sort().join() === 'en,id' &&
  Object.values(value).every((text) => typeof text === 'string');

/**
 * @param {unknown} value @param {Lang | undefined} lang @param {string} where
 * @returns {unknown}
 */
function pick(value, lang, where) {
  if (isTranslated(value)) {
    if (!lang) throw new Error(`build/references: ${where} is written in two languages; say which one`);
    return value[lang];
  }
  if (Array.isArray(value)) return value.map((entry) => pick(entry, lang, where));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, pick(entry, lang, where)]));
  }
  return value;
}

/**
 * `items` in one language. Without a language, a value in two languages is an error.
 * @param {readonly CslItem[]} items @param {Lang} [lang] @returns {CslItem[]}
 */
export const localize = (items, lang) =>
  items.map((item) => /** @type {CslItem} */ (Object.fromEntries(Object.entries(item).map(([key, value]) => [key, pick(value, lang, `${item.id}.${key}`)]))));
