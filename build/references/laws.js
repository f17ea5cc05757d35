/**
 * Laws and regulations in the order they were made.
 *
 * APA sorts a legal reference by its title, as text, so "Undang-Undang Nomor 11 Tahun 2012"
 * comes before "Undang-Undang Nomor 8 Tahun 2016" ("1" before "8"), and a reader of an
 * Indonesian list looks for laws by when they were enacted. So after citeproc, the legal
 * entries are put in order of year, then number, in the places APA gave legal entries;
 * every other entry stays exactly where APA put it.
 */

/** @typedef {import('./localize.js').CslItem} CslItem */

/** Laws (`legislation`) and regulations (`regulation`), in CSL's types. */
export const LEGAL_TYPES = new Set(['legislation', 'regulation']);

/** @param {CslItem} item */
export const yearOf = (item) => /** @type {{ 'date-parts'?: number[][] } | undefined} */ (item.issued)?.['date-parts']?.[0]?.[0];

/**
 * The law's number: the CSL `number`, or the one its title gives ("Nomor 30/HUK/2011": 30).
 * @param {CslItem} item
 */
function numberOf(item) {
  const match = /\b(?:Nomor|No\.)\s*(\d+)/i.exec(String(item.number ?? item.title ?? ''));
  return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
}

/**
 * `entries` with the legal ones reordered among the places they hold.
 * @template {{ id: string }} E
 * @param {readonly E[]} entries @param {(id: string) => CslItem} item @returns {E[]}
 */
export function lawsByYear(entries, item) {
  const isLegal = (/** @type {E} */ entry) => LEGAL_TYPES.has(item(entry.id).type);
  const key = (/** @type {E} */ entry) => [Number(yearOf(item(entry.id)) ?? 0), numberOf(item(entry.id))];
  const laws = entries.filter(isLegal).sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1] - kb[1];
  });
  return entries.map((entry) => (isLegal(entry) ? /** @type {E} */ (laws.shift()) : entry));
}
