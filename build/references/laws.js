/**
 * Laws and regulations of one kind in the order they were made.
 *
 * APA sorts a legal reference by its title, as text, so "Undang-Undang Nomor 11 Tahun 2012"
 * comes before "Undang-Undang Nomor 8 Tahun 2016" ("1" before "8"), and a reader of an
 * Indonesian list looks for laws by when they were enacted. So after citeproc, the entries
 * of each kind of instrument (the title before "Nomor": "Undang-Undang", "Peraturan Menteri
 * Sosial") are put in order of year, then number, in the places APA gave that kind, which
 * its alphabetical order keeps together; every other entry stays exactly where APA put it.
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
  /** The kind of a legal entry (its title before "Nomor"), or undefined for any other entry. */
  const kindOf = (/** @type {E} */ entry) => (LEGAL_TYPES.has(item(entry.id).type) ? String(item(entry.id).title ?? '').split(/\s+(?:Nomor|No\.)\s/i)[0] : undefined);
  const key = (/** @type {E} */ entry) => [Number(yearOf(item(entry.id)) ?? 0), numberOf(item(entry.id))];
  const byYear = (/** @type {E} */ a, /** @type {E} */ b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1] - kb[1];
  };
  /** @type {Map<string, E[]>} */
  const kinds = new Map();
  for (const entry of entries) {
    const kind = kindOf(entry);
    if (kind !== undefined) kinds.set(kind, [...(kinds.get(kind) ?? []), entry]);
  }
  for (const list of kinds.values()) list.sort(byYear);
  return entries.map((entry) => {
    const kind = kindOf(entry);
    return kind === undefined ? entry : /** @type {E} */ (kinds.get(kind)?.shift());
  });
}
