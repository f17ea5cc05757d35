/**
 * References in APA 7, formatted by citeproc-js: the reference list of one language as
 * tree nodes, and the in-text citations that go with it.
 *
 * Every listed item is registered with citeproc before anything is formatted, so it tells
 * an author's undated works apart (t.t.-a, t.t.-b) the same way in the list and in the
 * citations. What citeproc does not do is done around it, each where it happens below:
 * the Indonesian edition, laws in order of year, the brackets, a law's year said twice,
 * and "as cited in".
 */
import CSL from 'citeproc';
import { LOCALES, locale, style } from './csl.js';
import { LEGAL_TYPES, lawsByYear, yearOf } from './laws.js';
import { localize } from './localize.js';
import { FORMAT, textOf, tidy, toNodes } from './tree.js';

/**
 * @typedef {import('./csl.js').Lang} Lang
 * @typedef {import('./localize.js').CslItem} CslItem
 * @typedef {import('./tree.js').RefNode} RefNode
 * @typedef {{ id: string, nodes: RefNode[] }} Entry
 * @typedef {{ pinpoint?: string, citedIn?: string }} CiteOptions
 * @typedef {{
 *   bibliography: Entry[],
 *   citeNodes: (id: string, options?: CiteOptions) => RefNode[],
 *   cite: (id: string, options?: CiteOptions) => string,
 * }} References
 */

// CSL has no term for APA's "as cited in". Indonesian says it in one word, "dalam", which is
// id-ID's term `in`, so that comes from the locale; English needs three words, which no
// locale term holds, so they come from this table.
/** @type {Partial<Record<Lang, string>>} */
const CITED_IN = { en: 'as cited in' };

/**
 * An item as citeproc should see it. CSL ordinals follow the number ("12th ed."), and no
 * CSL locale can put one before it, as Indonesian does ("Edisi ke-12"): for Indonesian a
 * numeric edition is given to citeproc as that text, which it prints as it is.
 * @param {CslItem} item @param {Lang} lang @returns {CslItem}
 */
function forCiteproc(item, lang) {
  if (lang === 'id' && /^\d+$/.test(String(item.edition ?? ''))) return { ...item, edition: `Edisi ke-${item.edition}` };
  return item;
}

/**
 * A citeproc engine for `lang` with `items` registered (registering all of them first is
 * what makes its disambiguation see every one).
 * @param {readonly CslItem[]} items @param {Lang} lang
 */
function engineFor(items, lang) {
  const byId = new Map(items.map((item) => [item.id, forCiteproc(item, lang)]));
  const sys = { retrieveLocale: locale, retrieveItem: (/** @type {string} */ id) => byId.get(id) };
  const engine = new CSL.Engine(sys, style(lang), LOCALES[lang], true);
  engine.opt.development_extensions.wrap_url_and_doi = true;
  engine.setOutputFormat(FORMAT);
  engine.updateItems([...byId.keys()]);
  return engine;
}

/**
 * A citation's nodes without the brackets APA's layout puts around it: the caller places
 * the citation (the widget writes it inside brackets of its own, with others).
 * @param {RefNode[]} nodes
 */
function unbracketed(nodes) {
  const [first, last] = [nodes[0], nodes.at(-1)];
  if (typeof first !== 'string' || typeof last !== 'string' || !first.startsWith('(') || !last.endsWith(')')) {
    throw new Error(`build/references: a citation not in brackets: ${textOf(nodes)}`);
  }
  const inner = nodes.length === 1 ? [first.slice(1, -1)] : [first.slice(1), ...nodes.slice(1, -1), last.slice(0, -1)];
  return tidy(inner);
}

/**
 * APA cites a law by its name and year, "(Name, Year)". An Indonesian law's name holds its
 * year ("Undang-Undang Nomor 14 Tahun 2019"), so the year is not said twice.
 * @param {RefNode[]} nodes @param {CslItem} item
 */
function withoutRepeatedYear(nodes, item) {
  const year = yearOf(item);
  const name = String(item['title-short'] ?? item.title ?? '');
  const last = nodes.at(-1);
  if (!LEGAL_TYPES.has(item.type) || !year || !name.includes(String(year)) || typeof last !== 'string') return nodes;
  return last.endsWith(`, ${year}`) ? tidy([...nodes.slice(0, -1), last.slice(0, -`, ${year}`.length)]) : nodes;
}

/**
 * The reference list of `items` in `lang`, and their in-text citations.
 *
 * `secondary` names works known only through another (APA 7, 8.6): they have no entry of
 * their own, take no part in the list's disambiguation, and are cited only with `citedIn`,
 * "Suharto, t.t., dalam Rahmawati, 2021".
 *
 * @param {readonly CslItem[]} items CSL-JSON; a value may be `{ id, en }` (see localize.js)
 * @param {Lang} lang
 * @param {{ secondary?: readonly string[] }} [options]
 * @returns {References}
 */
export function formatReferences(items, lang, { secondary = [] } = {}) {
  const all = new Map(localize(items, lang).map((item) => [item.id, item]));
  if (all.size !== items.length) throw new Error('build/references: two references have the same id');
  for (const id of secondary) if (!all.has(id)) throw new Error(`build/references: no reference "${id}"`);
  const listed = [...all.values()].filter((item) => !secondary.includes(item.id));
  const engine = engineFor(listed, lang);

  const [{ entry_ids: ids }, entries] = engine.makeBibliography();
  const item = (/** @type {string} */ id) => /** @type {CslItem} */ (all.get(id));
  /** @type {Entry[]} */
  const inApaOrder = entries.map((/** @type {string} */ marked, /** @type {number} */ i) => ({ id: ids[i][0], nodes: toNodes(marked.trim()) }));
  const bibliography = lawsByYear(inApaOrder, item);

  /** @type {Map<string, any>} */
  const alone = new Map();
  // A secondary work is cited from an engine of its own, so nothing in the list changes it.
  const engineOf = (/** @type {string} */ id) => {
    if (!secondary.includes(id)) return engine;
    if (!alone.has(id)) alone.set(id, engineFor([item(id)], lang));
    return alone.get(id);
  };
  const short = (/** @type {string} */ id) => {
    if (!all.has(id)) throw new Error(`build/references: no reference "${id}"`);
    const nodes = unbracketed(toNodes(engineOf(id).makeCitationCluster([{ id }])));
    return withoutRepeatedYear(nodes, item(id));
  };

  /** @param {string} id @param {CiteOptions} [options] @returns {RefNode[]} */
  function citeNodes(id, { pinpoint, citedIn } = {}) {
    if (secondary.includes(id) && !citedIn) throw new Error(`build/references: "${id}" is known only through another work: cite it with citedIn`);
    if (citedIn && secondary.includes(citedIn)) throw new Error(`build/references: "${citedIn}" has no entry to be cited in`);
    const via = citedIn ? [`, ${CITED_IN[lang] ?? engine.getTerm('in')} `, ...short(citedIn)] : [];
    // A pinpoint ends the citation: with "as cited in", it is a place in the work one read.
    return tidy([...short(id), ...via, ...(pinpoint ? [`, ${pinpoint}`] : [])]);
  }

  return { bibliography, citeNodes, cite: (id, options) => textOf(citeNodes(id, options)) };
}
