/**
 * The CSL style and locales citeproc formats with: copies of the official files in csl/
 * beside this module (csl/NOTICE.md says where each came from), so a bare machine builds
 * with no network and no system CSL package. The few changes this project makes to them are
 * made here, in memory, each with its reason; each fails loudly if an update of the files
 * moves what it changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {'id' | 'en'} Lang */

/** The project's languages and the CSL locales that write them. */
export const LOCALES = /** @type {const} */ ({ id: 'id-ID', en: 'en-GB' });

const read = (/** @type {string} */ name) => readFileSync(join(import.meta.dirname, 'csl', name), 'utf8');

/**
 * `text` with `from` replaced by `to`; `from` must occur exactly once.
 * @param {string} text @param {string} from @param {string} to @param {string} why
 */
function patch(text, from, to, why) {
  if (text.split(from).length !== 2) throw new Error(`build/references: a CSL change no longer applies (${why}); check csl/ against it`);
  return text.replace(from, () => to);
}

/**
 * APA 7 for one language. Indonesian gets two changes:
 * - apa.csl writes month and day in a fixed order, "(2021, March 15)"; Indonesian puts the
 *   day first, "(2021, 15 Maret)".
 * - id-ID's term for software is misspelt ("perangakat lunak"), and APA's description is
 *   "computer software" (apa.csl says so for English): a style-level term overrides it.
 * @param {Lang} lang
 */
export function style(lang) {
  const apa = read('apa.csl');
  if (lang !== 'id') return apa;
  const dayFirst = patch(
    apa,
    '      <date-part name="month"/>\n      <date-part name="day" prefix=" "/>',
    '      <date-part name="day" suffix=" "/>\n      <date-part name="month"/>',
    'Indonesian dates put the day before the month'
  );
  return patch(
    dayFirst,
    '</info>',
    '</info>\n  <locale xml:lang="id">\n    <terms>\n      <term name="software">perangkat lunak komputer</term>\n    </terms>\n  </locale>',
    'the Indonesian term for software'
  );
}

/**
 * A locale's XML, for citeproc's retrieveLocale. citeproc always loads en-US too, as the
 * base every other locale is laid over (its terms fill any a locale lacks), so it is here
 * beside the two the widget writes.
 * @param {string} tag
 */
export function locale(tag) {
  if (![...Object.values(LOCALES), 'en-US'].includes(tag)) throw new Error(`build/references: no CSL locale ${tag}`);
  return read(`locales-${tag}.xml`);
}
