// Quotations are checked against their sources (build/content/quotes.mjs): a text that names
// what it quotes (`quotes: [{ ref, at }]`) gives each passage in quotation marks, and every
// passage must be, word for word, in the stored article (content/sources/<ref>.yaml). Only
// white space and the kind of quotation mark may differ; the Indonesian is compared (the
// English is our translation). Each stored source says where it was read.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { defaultContentDir, loadContent } from '../../build/content/load.mjs';
import { assertProblem, changedCopy, contentCopy, problemsOf } from './lib/content-copies.mjs';
import { LEGAL_TYPES, usedReferences } from '../../build/content/links.mjs';
import { normalised, passagesOf, storedAt } from '../../build/content/quotes.mjs';

const content = loadContent();
const lang = content.languages[0].code;
/** Words as the law writes them: letters and digits, case kept. */
const wordList = (text) => text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
/** Whether `passage` is a run of whole words of `stored` (a stricter reading of "word for word"). */
const inWords = (passage, stored) => ` ${wordList(stored).join(' ')} `.includes(` ${wordList(passage).join(' ')} `);

/**
 * Every text that names what it quotes: [where, text, quotes].
 * @type {[string, Record<string, string>, import('../../build/content/types.ts').Quote[]][]}
 */
const quoting = /** @type {any[]} */ ([
  ...content.intro.map((b, n) => ['text' in b && b.quotes ? [`intro.yaml [${n + 1}]`, b.text, b.quotes] : null]).flat(),
  ...content.methods.map((b, n) => ['text' in b && b.quotes ? [`methods.yaml [${n + 1}]`, b.text, b.quotes] : null]).flat(),
  ...content.glossary.map((g) => (g.quotes ? [`glossary.yaml ${g.id}`, g.definition, g.quotes] : null)),
]).filter(Boolean);

// glossary.yaml's keberfungsian-sosial quotes UU 14/2019 Pasal 1 angka 3.
const GLOSSARY = 'glossary.yaml';
const QUOTED = 'mengatasi masalah dalam\n      kehidupannya”';

describe('quotations, word for word', () => {
  it('finds every quotation of the real content in its stored article, as whole words', () => {
    assert.ok(quoting.length >= 6, `${quoting.length} texts quote`);
    const sources = new Map(content.sources.map((s) => [s.ref, s]));
    let passages = 0;
    for (const [where, text, quotes] of quoting) {
      const stored = quotes.map((q) => storedAt(sources.get(q.ref), q.at[lang]));
      assert.ok(stored.every((s) => s !== undefined), `${where}: every pinpoint is stored`);
      const found = passagesOf(text[lang]);
      assert.ok(found.length > 0, `${where} has a passage in quotation marks`);
      for (const passage of found) {
        passages++;
        assert.ok(stored.some((s) => inWords(passage, s)), `${where}: “${passage}”`);
      }
    }
    assert.ok(passages >= 8, `${passages} passages`);
  });

  it('fails the build when one word of a quotation changes, naming the file, the key and the passage', () => {
    const dir = changedCopy(GLOSSARY, (t) => t.replace(QUOTED, 'mengatasi persoalan dalam\n      kehidupannya”'));
    const problems = problemsOf(dir);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /^glossary\.yaml: keberfungsian-sosial\.definition\.id: the quotation “suatu kondisi .* mengatasi persoalan dalam kehidupannya” is not, word for word, in uu-14-2019 Pasal 1 angka 3$/);
    const intro = changedCopy('intro.yaml', (t) => t.replace('berkesinambungan dan tersupervisi', 'berkesinambungan, dan disupervisi'));
    assertProblem(problemsOf(intro), /^intro\.yaml: \[2\]\.text\.id: the quotation “penyelenggaraan .*disupervisi.*” is not, word for word, in uu-14-2019 Pasal 1 angka 2$/);
  });

  it('lets only white space and the kind of quotation mark differ: a line break and straight quotes pass', () => {
    const dir = changedCopy(GLOSSARY, (t) =>
      t.replace(
        /( {4}id: )>-\n {6}Menurut Pasal 1 angka 3 Undang-Undang Nomor 14 Tahun 2019[\s\S]*?kehidupannya”\.\n/,
        '$1|-\n      Menurut Pasal 1 angka 3 Undang-Undang Nomor 14 Tahun 2019, keberfungsian sosial adalah "suatu kondisi yang\n      memungkinkan individu, keluarga, kelompok,   dan masyarakat mampu memenuhi kebutuhan dan hak dasarnya,\n      melaksanakan tugas dan peranan sosialnya, serta mengatasi masalah dalam kehidupannya".\n',
      ),
    );
    const entry = loadContent(dir).glossary.find((g) => g.id === 'keberfungsian-sosial');
    assert.match(entry.definition.id, /\n/, 'the passage has a line break');
    assert.match(entry.definition.id, /"suatu/, 'and straight quotes');
  });

  it('refuses a change of case or of punctuation inside the passage', () => {
    assertProblem(problemsOf(changedCopy(GLOSSARY, (t) => t.replace('“suatu', '“Suatu'))), /keberfungsian-sosial\.definition\.id: the quotation “Suatu/);
    assertProblem(problemsOf(changedCopy(GLOSSARY, (t) => t.replace('kelompok, dan masyarakat mampu', 'kelompok dan masyarakat mampu'))), /keberfungsian-sosial\.definition\.id: the quotation/);
  });

  // A passage that drops a suffix at its end ("kehidupan" for "kehidupannya") or letters at
  // its start is still a run of the law's characters, but not its words.
  it('refuses a passage that changes a word at its edge (a suffix dropped, a word cut)', () => {
    assertProblem(problemsOf(changedCopy(GLOSSARY, (text) => text.replace(QUOTED, 'mengatasi masalah dalam\n      kehidupan”'))), /the quotation “.*kehidupan” is not, word for word/);
    assertProblem(problemsOf(changedCopy(GLOSSARY, (text) => text.replace('“suatu\n      kondisi', '“uatu\n      kondisi'))), /the quotation “uatu kondisi/);
  });

  it('reports a pinpoint that is not stored, and lists what is', () => {
    const item = changedCopy(GLOSSARY, (t) => t.replace('at: { id: Pasal 1 angka 3, en: Article 1(3) }', 'at: { id: Pasal 1 angka 30, en: Article 1(30) }'));
    assertProblem(problemsOf(item), 'glossary.yaml: keberfungsian-sosial.definition.quotes[1].at: "Pasal 1 angka 30" is not stored in sources/uu-14-2019.yaml (stored: Pasal 1)');
    const article = changedCopy(GLOSSARY, (t) => t.replace('at: { id: Pasal 1 angka 3, en: Article 1(3) }', 'at: { id: Pasal 9, en: Article 9 }'));
    assertProblem(problemsOf(article), 'glossary.yaml: keberfungsian-sosial.definition.quotes[1].at: "Pasal 9" is not stored in sources/uu-14-2019.yaml (stored: Pasal 1)');
    // The right law, the wrong item: Pasal 1 angka 2 does not hold angka 3's words.
    const wrong = changedCopy(GLOSSARY, (t) => t.replace('at: { id: Pasal 1 angka 3, en: Article 1(3) }', 'at: { id: Pasal 1 angka 2, en: Article 1(2) }'));
    assertProblem(problemsOf(wrong), /keberfungsian-sosial\.definition\.id: the quotation “suatu kondisi .*” is not, word for word, in uu-14-2019 Pasal 1 angka 2$/);
  });

  it('reports a text that names what it quotes but has no passage in quotation marks', () => {
    const dir = changedCopy(GLOSSARY, (t) => t.replace(/adalah “suatu([\s\S]*?)kehidupannya”/, 'adalah suatu$1kehidupannya'));
    assertProblem(problemsOf(dir), 'glossary.yaml: keberfungsian-sosial.definition.id: names what it quotes, but has no passage in quotation marks');
  });

  it('reports a quotation from a work that has no stored source', () => {
    const dir = changedCopy(GLOSSARY, (t) => t.replace(/(- id: keberfungsian-sosial[\s\S]*?quotes:\n {4}- ref: )uu-14-2019/, '$1ifsw-iassw-2014'));
    assertProblem(problemsOf(dir), 'glossary.yaml: keberfungsian-sosial.definition.quotes[1].ref: no stored source content/sources/ifsw-iassw-2014.yaml');
  });

  // The block schema allows `quotes` on a list or levels block too.
  it('checks the quotations of every kind of block, not only paragraphs', () => {
    const dir = changedCopy('methods.yaml', (text) => text.replace(/^(- list:\n(?: {4}.*\n)+) {2}from: ours\n/m, '$1  refs: [uu-14-2019]\n  quotes:\n    - ref: uu-14-2019\n      at: { id: Pasal 99, en: Article 99 }\n'));
    assertProblem(problemsOf(dir), /^methods\.yaml: \[3\].*"Pasal 99" is not stored/);
  });

  it('reads a pinpoint as the stored item or paragraph it names, and nothing past it', () => {
    const uu14 = content.sources.find((s) => s.ref === 'uu-14-2019');
    const angka1 = storedAt(uu14, 'Pasal 1 angka 1');
    assert.match(angka1, /^1\. Pekerja Sosial adalah/);
    assert.doesNotMatch(angka1, /Praktik Pekerjaan Sosial adalah/);
    assert.match(storedAt(uu14, 'Pasal 1 angka 10'), /^10\. Sertifikat Kompetensi/);
    assert.equal(storedAt(uu14, 'Pasal 1 angka 11'), undefined);
    assert.equal(storedAt(uu14, 'Pasal 10'), undefined);
    const uu24 = content.sources.find((s) => s.ref === 'uu-24-2011');
    assert.match(storedAt(uu24, 'Pasal 6 ayat (1)'), /^\(1\) BPJS Kesehatan/);
    assert.doesNotMatch(storedAt(uu24, 'Pasal 6 ayat (1)'), /BPJS Ketenagakerjaan/);
    assert.equal(normalised('“a\n  b”'), '"a b"');
  });
});

describe('stored sources', () => {
  const files = readdirSync(join(defaultContentDir, 'sources')).filter((f) => f.endsWith('.yaml'));

  it('names, in each stored source, the copy that was read, its address and when', () => {
    assert.ok(files.length >= 5);
    for (const file of files) {
      const source = parse(readFileSync(join(defaultContentDir, 'sources', file), 'utf8'));
      assert.equal(`${source.ref}.yaml`, file);
      assert.ok(typeof source.read?.copy === 'string' && source.read.copy.trim().length > 10, `${file}: read.copy says which copy`);
      assert.match(String(source.read?.url), /^https?:\/\/\S+$/, `${file}: read.url`);
      assert.match(String(source.read?.accessed), /^\d{4}-\d{2}-\d{2}/, `${file}: read.accessed`);
      assert.ok(source.articles && typeof source.articles === 'object', `${file}: articles`);
    }
    assert.equal(content.sources.length, files.length, 'the loader reads every stored source');
  });

  it('rejects a stored source that does not say where it was read', () => {
    assertProblem(problemsOf(changedCopy('sources/uu-14-2019.yaml', (t) => t.replace(/^ {2}url: .*\n/m, ''))), 'sources/uu-14-2019.yaml: read.url: missing');
    assertProblem(problemsOf(changedCopy('sources/uu-14-2019.yaml', (t) => t.replace(/^ {2}copy: .*\n/m, ''))), 'sources/uu-14-2019.yaml: read.copy: missing');
  });

  it('has a file for every law and regulation the content cites', () => {
    const used = usedReferences(content);
    const laws = content.references.filter((r) => LEGAL_TYPES.includes(r.type) && used.has(r.id));
    assert.ok(laws.length >= 5);
    for (const law of laws) assert.ok(existsSync(join(defaultContentDir, 'sources', `${law.id}.yaml`)), `sources/${law.id}.yaml`);
    const dir = contentCopy();
    rmSync(join(dir, 'sources/uu-40-2004.yaml'));
    assertProblem(problemsOf(dir), 'sources/uu-40-2004.yaml: missing: "uu-40-2004" is cited, so its cited articles are stored here, with where they were read');
  });
});
