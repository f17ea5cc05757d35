// The blind ratings of the check's cases (content/ratings.yaml) are tied to the texts the
// raters read, by a hash of each: the fields' names, summaries and descriptions, and each
// case's text. An edit to any of them after the rating gives another hash, which voids the
// rating (test/node/ratings.test.mjs).
import { createHash } from 'node:crypto';

/** JSON with every object's keys in order: writing `en` before `id` changes no text, so no hash. */
const canonical = (value) =>
  Array.isArray(value) ? value.map(canonical) : value && typeof value === 'object' ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical(value[key])])) : value;
const sha256 = (value) => createHash('sha256').update(JSON.stringify(canonical(value))).digest('hex');

/**
 * What the raters read, as hashes: the descriptions of every field, and each case's text.
 * @param {import('./types.ts').Content} content
 */
export function ratedTexts(content) {
  return {
    descriptions: sha256(content.fields.map(({ id, name, summary, description }) => ({ id, name, summary, description }))),
    cases: Object.fromEntries(content.check.map((vignette) => [vignette.id, sha256(vignette.case)])),
  };
}
