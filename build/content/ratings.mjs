// The blind ratings of the check's cases (content/ratings.yaml) are tied to the texts the
// raters read, by a hash of each: the fields' names, summaries and descriptions, and each
// case's text. An edit to any of them after the rating gives another hash, which voids the
// rating (test/node/ratings.test.mjs).
import { createHash } from 'node:crypto';

const sha256 = (value) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

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
