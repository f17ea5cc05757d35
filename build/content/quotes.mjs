// Quotations are checked against their sources: every passage a text gives inside quotation
// marks, in a text that names what it quotes (`quotes`), must be, word for word, in the
// stored article its pinpoint names (content/sources/<ref>.yaml). Only white space and the
// kind of quotation mark may differ. The English gives our translation, so only the
// Indonesian (the first language) is compared.

/** Passages inside quotation marks (“…” or "…"). */
export const passagesOf = (text) => [...text.matchAll(/[“"]([^”"]+)[”"]/g)].map((m) => m[1]);

/** A text as compared: quotation marks of one kind, white space of one kind. */
export const normalised = (text) => text.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/**
 * Whether `passage` is in `stored` as written (punctuation included) and as whole words: a
 * passage that stops inside a word ("kehidupan" of "kehidupannya") is not the law's wording.
 */
export function quotesWholeWords(stored, passage) {
  for (let at = stored.indexOf(passage); at >= 0; at = stored.indexOf(passage, at + 1)) {
    const before = stored[at - 1] ?? ' ';
    const after = stored[at + passage.length] ?? ' ';
    const cutsIn = (outside, inside) => WORD_CHARACTER.test(outside) && WORD_CHARACTER.test(inside);
    if (!cutsIn(before, passage[0]) && !cutsIn(after, passage.at(-1))) return true;
  }
  return false;
}

/**
 * The stored words a pinpoint names: the article whose heading begins it ("Pasal 1" of
 * "Pasal 1 angka 3"), narrowed to its numbered item (`angka 3`: the line "3. …") or
 * paragraph (`ayat (2)`: the line "(2) …") when it names one. Undefined when not stored.
 */
export function storedAt(source, pinpoint) {
  const heading = Object.keys(source.articles)
    .filter((key) => pinpoint === key || pinpoint.startsWith(`${key} `))
    .sort((a, b) => b.length - a.length)[0];
  if (heading === undefined) return undefined;
  const article = source.articles[heading];
  const rest = pinpoint.slice(heading.length).trim();
  const item = /^angka (\d+)$/.exec(rest)?.[1] ?? /^ayat \((\d+)\)$/.exec(rest)?.[1];
  if (!rest) return article;
  if (!item) return undefined;
  const mark = rest.startsWith('angka') ? `${item}.` : `(${item})`;
  const lines = article.split('\n');
  const start = lines.findIndex((line) => line.trim().startsWith(`${mark} `));
  if (start < 0) return undefined;
  const next = rest.startsWith('angka') ? `${Number(item) + 1}.` : `(${Number(item) + 1})`;
  const end = lines.findIndex((line, i) => i > start && line.trim().startsWith(`${next} `));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/**
 * @param {import('./types.ts').Content} content
 * @param {(file: string) => string} file
 * @param {string[]} problems
 */
export function checkQuotes(content, file, problems) {
  const lang = content.languages[0]?.code;
  const sources = new Map(content.sources.map((s) => [s.ref, s]));
  /** Checks the texts (by language) of one block or entry that quotes, at `where`. */
  const check = (where, texts, quotes) => {
    if (!quotes?.length) return;
    const stored = quotes.flatMap((quote, i) => {
      const source = sources.get(quote.ref);
      if (!source) return problems.push(`${where}.quotes[${i + 1}].ref: no stored source content/sources/${quote.ref}.yaml`), [];
      const words = storedAt(source, quote.at[lang]);
      if (words === undefined) return problems.push(`${where}.quotes[${i + 1}].at: "${quote.at[lang]}" is not stored in ${file(`sources/${quote.ref}.yaml`)} (stored: ${Object.keys(source.articles).join(', ') || 'nothing'})`), [];
      return [normalised(words)];
    });
    const passages = texts.flatMap((text) => passagesOf(text[lang] ?? ''));
    if (!passages.length) problems.push(`${where}.${lang}: names what it quotes, but has no passage in quotation marks`);
    for (const passage of passages) {
      if (stored.length && !stored.some((words) => quotesWholeWords(words, normalised(passage)))) {
        problems.push(`${where}.${lang}: the quotation “${passage}” is not, word for word, in ${quotes.map((q) => `${q.ref} ${q.at[lang]}`).join(' or ')}`);
      }
    }
  };
  /** A frame block's texts, whatever its kind: its text, the items of its list, or each level's text. */
  const blockTexts = (block) => ('text' in block ? [['text', [block.text]]] : 'list' in block ? [['list', block.list]] : [['levels', block.levels.map((l) => l.text)]])[0];
  for (const name of ['intro', 'methods']) {
    content[name].forEach((block, n) => {
      const [kind, texts] = blockTexts(block);
      check(`${file(`${name}.yaml`)}: [${n + 1}].${kind}`, texts, block.quotes);
    });
  }
  content.glossary.forEach((entry) => check(`${file('glossary.yaml')}: ${entry.id}.definition`, [entry.definition], entry.quotes));
}
