// The content is scholarship: written in our own words, crediting what it rests on.
// fixtures/source-page.txt is the course blog page fields 1-4 are written from (a copy of
// the text the project was given), kept here so that the test can compare against it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { loadContent } from '../../build/content/load.mjs';

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

/** Every text of the content that a reader sees, with where it is. */
function texts() {
  const out = [];
  const walk = (value, where) => {
    if (typeof value === 'string') out.push([where, value]);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
  };
  walk({ fields: content.fields, intro: content.intro, glossary: content.glossary }, 'content');
  return out;
}

describe('content honesty', () => {
  it(`shares no run of ${RUN} or more consecutive words with the source text`, () => {
    const fromSource = runs(source);
    const copied = texts().flatMap(([where, text]) => [...runs(text)].filter((run) => fromSource.has(run)).map((run) => `${where}: "${run}"`));
    assert.deepEqual(copied, []);
  });

  it('catches a copied sentence (the check itself works)', () => {
    const sentence = source.split('\n').find((line) => words(line).length > 20);
    assert.ok([...runs(sentence)].some((run) => runs(source).has(run)));
  });

  it('rests fields 1-4 on the blog page, which credits Suharto, and marks what we added', () => {
    const blog = content.references.find((r) => r.id === 'blog-bidang-praktik');
    assert.deepEqual(blog.cites, ['suharto-teori-feminis']);
    for (const field of FROM_SOURCE.map((id) => content.fields.find((f) => f.id === id))) {
      assert.deepEqual(field.basis, ['blog-bidang-praktik'], field.id);
      const added = [...field.examples, ...field.roles, ...field.scope].filter((item) => item.from);
      assert.ok(added.length > 0, `${field.id} marks its additions`);
    }
  });

  it('gives each of fields 1-4 an example in a real Indonesian setting, with its own source or marked as ours', () => {
    const settings = /LKSA|Sentra|peradilan pidana anak|IPWL|PKH|rumah sakit|Karang Taruna|musrenbang|puskesmas/i;
    for (const field of FROM_SOURCE.map((id) => content.fields.find((f) => f.id === id))) {
      const found = field.examples.filter((item) => settings.test(item.text.id));
      assert.ok(found.length && found.every((item) => item.from), field.id);
    }
  });

  it('keeps laws as a legal basis, never as what a text rests on', () => {
    const legal = new Set(content.references.filter((r) => ['law', 'regulation'].includes(r.kind)).map((r) => r.id));
    for (const field of content.fields) {
      assert.ok(!field.basis.some((id) => legal.has(id)), field.id);
      assert.ok((field.legalBasis ?? []).every((id) => legal.has(id)), field.id);
    }
  });

  it('names at least one related field for each field, with a reason in every language', () => {
    for (const field of content.fields) assert.ok(field.related.length >= 1, field.id);
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
    const id = content.intro.map((block) => ('text' in block ? block.text.id : block.levels.map((l) => l.text.id).join(' '))).join(' ');
    for (const fact of ['keberfungsian sosial', 'individu', 'keluarga', 'kelompok', 'masyarakat', 'Mikro', 'Mezzo', 'Makro', 'kebiasaan', 'IPSPI', 'kerahasiaan']) {
      assert.ok(id.includes(fact), fact);
    }
    const levels = content.intro.find((block) => 'levels' in block);
    assert.deepEqual(levels.levels.map((l) => l.level), ['micro', 'mezzo', 'macro']);
  });
});
