/**
 * "How to cite" downloads: RIS and BibTeX, which Zotero, Mendeley and EndNote import,
 * written by citation-js from the same CSL-JSON the reference list is formatted from.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { LEGAL_TYPES } from './laws.js';
import { localize } from './localize.js';

/**
 * @typedef {import('./csl.js').Lang} Lang
 * @typedef {import('./localize.js').CslItem} CslItem
 */

/**
 * RIS. citation-js maps the fields; its records are written here, for two reasons: its own
 * text wraps values at 70 characters, mid-word, which importers read as two words or two
 * lines ("Pe ngasuhan"); and it types laws `LEGAL`, which Zotero imports as a court case,
 * where RIS's type for a statute is `STAT`.
 * @param {readonly CslItem[]} items @param {Lang} [lang] for values given in two languages
 */
export function ris(items, lang) {
  const local = localize(items, lang);
  /** @type {Record<string, string | string[]>[]} */
  const records = new Cite(local).format('ris', { format: 'object' });
  return records
    .map((record, i) => {
      const type = record.TY === 'LEGAL' && LEGAL_TYPES.has(local[i].type) ? 'STAT' : record.TY;
      const tags = Object.entries(record).filter(([tag]) => tag !== 'TY');
      const lines = tags.flatMap(([tag, values]) => [values].flat().map((value) => `${tag}  - ${String(value).replace(/\s*[\r\n]+\s*/g, ' ')}`));
      return [`TY  - ${type}`, ...lines, 'ER  - '].join('\n');
    })
    .join('\n')
    .concat('\n');
}

/**
 * BibTeX. An entry's key is the item's id with `_` for what a key may not hold
 * ("uu_14_2019"), so it stays the same from one build to the next.
 * @param {readonly CslItem[]} items @param {Lang} [lang] for values given in two languages
 */
export function bibtex(items, lang) {
  const keyed = localize(items, lang).map((item) => ({ ...item, 'citation-key': item.id.replace(/[^A-Za-z0-9_]/g, '_') }));
  const keys = keyed.map((item) => item['citation-key']);
  const twice = keys.find((key, i) => keys.indexOf(key) !== i);
  if (twice) throw new Error(`build/references: two references would have the BibTeX key ${twice}`);
  return new Cite(keyed).format('bibtex');
}
