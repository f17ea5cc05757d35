// The content is scholarship: written in our own words, crediting what it rests on.
// fixtures/source-page.txt is the blog post fields 1-4 are written from (IMIKS FISIP USU,
// 2010, reference blog-bidang-praktik; a copy of the text the project was given), kept here
// so that the test can compare against it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { loadContent } from '../../build/content/load.mjs';
import { LEGAL_TYPES } from '../../build/content/links.mjs';

const content = loadContent();
const source = readFileSync(new URL('fixtures/source-page.txt', import.meta.url), 'utf8');
const RUN = 8;
/** The fields the source page explains. */
const FROM_SOURCE = ['casework', 'groupwork', 'community', 'organization'];

const words = (text) => text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
const runs = (text, n = RUN) => {
  const w = words(text);
  return new Set(w.slice(0, Math.max(0, w.length - n + 1)).map((_, i) => w.slice(i, i + n).join(' ')));
};

/**
 * Every text of the content that a reader sees, with where it is: the fields, the frame
 * (intro, methods), the glossary, the check's cases and feedback, and the words around them
 * (ui). Not the references (titles are cited, not written) nor the stored laws (quoted).
 * @param {import('../../build/content/types.ts').Content} c
 */
function texts(c) {
  const out = [];
  const walk = (value, where) => {
    if (typeof value === 'string') out.push([where, value]);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
  };
  walk({ fields: c.fields, intro: c.intro, methods: c.methods, glossary: c.glossary, check: c.check, ui: c.ui }, 'content');
  return out;
}

/** Every run of RUN words that a text of `c` shares with the source page, with where it is. */
const copiedRuns = (c) => {
  const fromSource = runs(source);
  return texts(c).flatMap(([where, text]) => [...runs(text)].filter((run) => fromSource.has(run)).map((run) => `${where}: "${run}"`));
};

describe('content honesty', () => {
  it(`shares no run of ${RUN} or more consecutive words with the source text, in any text a reader sees`, () => {
    const seen = texts(content).map(([where]) => where.split(/[.[]/)[1]);
    for (const part of ['fields', 'intro', 'methods', 'glossary', 'check', 'ui']) assert.ok(seen.includes(part), `${part} is compared`);
    assert.deepEqual(copiedRuns(content), []);
  });

  it('catches a copied sentence in a case, in methods.yaml and in a field (the check itself works)', () => {
    const sentence = source.split('\n').find((line) => words(line).length > 20);
    assert.ok([...runs(sentence)].some((run) => runs(source).has(run)));
    const copy = /** @type {any} */ (structuredClone(content));
    copy.check[0].case.id = `${copy.check[0].case.id} ${sentence}`;
    const block = copy.methods.find((b) => 'text' in b);
    if ('text' in block) block.text.id = sentence;
    copy.fields[1].examples[0].id = sentence.toUpperCase();
    const found = copiedRuns(copy);
    for (const where of ['content.check[0].case.id', 'content.methods[', 'content.fields[1].examples[0].id']) assert.ok(found.some((f) => f.startsWith(where)), `${where} in\n${found.join('\n')}`);
  });

  it('rests fields 1-4 on the blog post, which names Suharto, credits Suharto in the frame, and marks what we added', () => {
    const blog = content.references.find((r) => r.id === 'blog-bidang-praktik');
    assert.match(String(blog.note), /Suharto's paper/);
    // The frame says where the six fields come from, citing both the paper and the post.
    const credit = content.intro.find((b) => 'text' in b && b.text.id.includes('Suharto') && b.refs?.includes('blog-bidang-praktik'));
    assert.ok(credit, 'the intro credits Suharto and the post');
    assert.ok(credit.refs.includes('suharto-teori-feminis'));
    for (const field of FROM_SOURCE.map((id) => content.fields.find((f) => f.id === id))) {
      assert.deepEqual(field.basis, ['blog-bidang-praktik'], field.id);
      const added = [...field.examples, ...field.roles, ...field.scope].filter((item) => item.from);
      assert.ok(added.length > 0, `${field.id} marks its additions`);
      // What the description adds to the source is marked in the text itself.
      assert.match(field.description.id, /\(tambahan penyusun modul\)/, field.id);
      assert.match(field.description.en, /\(added by the widget's authors\)/, field.id);
    }
  });

  it('gives each of fields 1-4 an example in a real Indonesian setting, with its own source or marked as ours', () => {
    const settings = /LKSA|Sentra|peradilan pidana anak|IPWL|PKH|rumah sakit|Karang Taruna|musrenbang|puskesmas/i;
    for (const field of FROM_SOURCE.map((id) => content.fields.find((f) => f.id === id))) {
      const found = field.examples.filter((item) => settings.test(item.id));
      assert.ok(found.length && found.every((item) => item.from), field.id);
    }
  });

  it('keeps laws as a legal basis, never as what a text rests on', () => {
    const legal = new Set(content.references.filter((r) => LEGAL_TYPES.includes(r.type)).map((r) => r.id));
    assert.ok(legal.has('uu-14-2019') && legal.has('pmk-23-2022'), 'laws are CSL legislation or regulation');
    for (const field of content.fields) {
      assert.ok(!field.basis.some((id) => legal.has(id)), field.id);
      assert.ok((field.legalBasis ?? []).every((id) => legal.has(id)), field.id);
    }
  });

  it('gives the English of a quoted law as our translation, never inside quotation marks', () => {
    const quoting = /** @type {any[]} */ ([...content.intro, ...content.methods, ...content.glossary]).filter((b) => b.quotes);
    assert.ok(quoting.length >= 5);
    for (const block of quoting) {
      const en = 'definition' in block ? block.definition.en : 'text' in block ? block.text.en : '';
      const laws = block.quotes.filter((q) => LEGAL_TYPES.includes(content.references.find((r) => r.id === q.ref)?.type));
      if (laws.length) assert.doesNotMatch(en, /[“"]/, `${en.slice(0, 60)}…`);
    }
  });

  it('names at least one related field for each field, with a reason in every language', () => {
    for (const field of content.fields) {
      assert.ok(field.related.length >= 1, field.id);
      for (const r of field.related) for (const { code } of content.languages) assert.ok(r.reason[code], `${field.id} → ${r.field} (${code})`);
    }
  });

  it('has a glossary of at least eight terms, the required ones among them', () => {
    const ids = content.glossary.map((entry) => entry.id);
    assert.ok(ids.length >= 8);
    const terms = content.glossary.map((entry) => entry.term.id.toLowerCase()).join(' | ');
    for (const term of ['asesmen', 'intervensi', 'perantara', 'pendamping', 'pemangku kepentingan', 'keberfungsian sosial', 'klien']) {
      assert.ok(terms.includes(term), term);
    }
  });

  it('introduces social functioning, the four kinds of client, the three levels and ethics', () => {
    const id = content.intro.map((block) => ('text' in block ? block.text.id : 'levels' in block ? block.levels.map((l) => l.text.id).join(' ') : '')).join(' ');
    for (const fact of ['keberfungsian sosial', 'individu', 'keluarga', 'kelompok', 'masyarakat', 'Mikro', 'Mezzo', 'Makro', 'konvensi', 'IPSPI', 'kerahasiaan', 'informed consent']) {
      assert.ok(id.includes(fact), fact);
    }
    const levels = content.intro.find((block) => 'levels' in block);
    assert.ok('levels' in levels);
    assert.deepEqual(levels.levels.map((l) => l.level), ['micro', 'mezzo', 'macro']);
  });

  it('tells the methods apart from settings, and lists settings as ours (D18)', () => {
    const text = content.methods.map((b) => ('text' in b ? b.text.id : '')).join(' ');
    assert.match(text, /metode intervensi/);
    assert.match(text, /_?[Ss]etting_? pelayanan/);
    const list = content.methods.find((b) => 'list' in b);
    assert.ok(list && 'list' in list && list.list.length >= 4);
    assert.equal(list.from, 'ours');
  });
});
