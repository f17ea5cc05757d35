// What the content must say, checked against the files: the facts of the source page that
// fields 1-4 are written from (test/node/fixtures/source-page.txt), and the corrections of the
// second review (shared/content-review-2.md, D-numbers below) that the content adopted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadContent } from '../../build/content/load.mjs';

const content = loadContent();
const { fields, languages, check, intro, glossary, references, ui } = content;
const langs = languages.map((l) => l.code);
const byId = Object.fromEntries(fields.map((f) => [f.id, f]));
/** Everything a field says in `lang`, in lower case: name, summary, description, note, and its lists. */
const text = (field, lang) =>
  [field.name, field.summary, field.description, field.levelNote, ...field.scope, ...field.examples, ...field.roles]
    .filter(Boolean)
    .map((t) => t[lang])
    .join(' ')
    .toLowerCase();
/** Every paragraph and list of the introduction in `lang`. */
const introText = (lang) =>
  intro.map((block) => ('text' in block ? block.text[lang] : 'list' in block ? block.list.map((i) => i[lang]).join(' ') : block.levels.map((l) => l.text[lang]).join(' '))).join(' ');
const levelText = (level, lang) => intro.flatMap((b) => ('levels' in b ? b.levels : [])).find((l) => l.level === level).text[lang];
const includesAll = (haystack, facts, where) => {
  for (const fact of facts) assert.ok(fact instanceof RegExp ? fact.test(haystack) : haystack.includes(fact), `${where}: ${fact}`);
};

describe('content facts', () => {
  it('gives each field a name, summary, description, level, at least four examples, roles and what it rests on', () => {
    for (const field of fields) {
      for (const lang of langs) {
        assert.ok(field.summary[lang].length <= 120, `${field.id} summary (${lang}) is one line`);
        assert.ok(field.name[lang] && field.description[lang], `${field.id} (${lang})`);
      }
      assert.ok(field.examples.length >= 4, `${field.id} has 4+ examples`);
      assert.ok(field.roles.length >= 1);
      assert.ok(field.basis.length >= 1);
    }
  });

  it('uses the levels of practice as taught: casework micro, group work mezzo, research every level, the rest macro', () => {
    const levels = { casework: 'micro', groupwork: 'mezzo', community: 'macro', organization: 'macro', policy: 'macro', research: 'all' };
    for (const [id, level] of Object.entries(levels)) assert.equal(byId[id].level, level, id);
    // Research at every level: its note names the unit of each (one client, one group, one policy).
    includesAll(byId.research.levelNote.en, ['one client', 'one group', 'one policy'], 'research levelNote');
  });

  it('defines the levels as the review asked: mezzo includes task groups, and the levels are a convention (D20, D35)', () => {
    includesAll(levelText('micro', 'en'), ['individuals and families'], 'micro');
    includesAll(levelText('mezzo', 'en'), ['treatment groups', 'task groups'], 'mezzo');
    includesAll(levelText('mezzo', 'id'), ['kelompok penanganan', 'kelompok tugas'], 'mezzo');
    assert.doesNotMatch(levelText('mezzo', 'en'), /help one another/, 'mezzo is not only mutual-aid groups');
    includesAll(introText('id'), ['konvensi', /menempatkan keluarga di tingkat mezzo/], 'intro');
    assert.doesNotMatch(introText('id'), /kebiasaan/, '"kebiasaan" became "konvensi"');
    includesAll(introText('en'), ['convention', /families at\s+the mezzo level/], 'intro');
  });

  it('rests fields 1 to 4 on the IMIKS FISIP USU blog post (2010), which names Suharto, and not 5 and 6 (D01, D02)', () => {
    for (const id of ['casework', 'groupwork', 'community', 'organization']) assert.deepEqual(byId[id].basis, ['blog-bidang-praktik'], id);
    for (const id of ['policy', 'research']) assert.ok(!byId[id].basis.includes('blog-bidang-praktik'), id);
    const blog = references.find((r) => r.id === 'blog-bidang-praktik');
    assert.equal(blog.type, 'post-weblog');
    assert.deepEqual(blog.author, [{ literal: 'IMIKS FISIP USU' }]);
    assert.deepEqual(blog.issued, { 'date-parts': [[2010, 8, 23]] });
    assert.match(String(blog.URL), /^https:\/\/imiksfisipusu\.wordpress\.com\/2010\/08\/23\//);
    assert.match(String(blog.note), /Suharto/);
    const suharto = references.find((r) => r.id === 'suharto-teori-feminis');
    assert.deepEqual(suharto.author, [{ family: 'Suharto', given: 'Edi' }]);
  });

  it("names fields 1 to 4 by the curriculum's headings, with Suharto's label in each description (D19)", () => {
    const names = {
      casework: ['Pekerjaan Sosial dengan Individu dan Keluarga', 'terapi individu'],
      groupwork: ['Pekerjaan Sosial dengan Kelompok', 'terapi kelompok'],
      community: ['Pengorganisasian dan Pengembangan Masyarakat', 'terapi komunitas'],
      organization: ['Manajemen Pelayanan Sosial', 'terapi organisasi'],
      policy: ['Analisis Kebijakan Sosial'],
      research: ['Penelitian Pekerjaan Sosial'],
    };
    for (const [id, [name, label]] of Object.entries(names)) {
      assert.equal(byId[id].name.id, name, id);
      if (label) assert.ok(byId[id].description.id.includes(label) && byId[id].description.en.includes(`_${label}`), `${id}: ${label}`);
    }
    assert.equal(byId.organization.name.en, 'Human services management', 'D49');
  });

  it('calls this resource modul in Indonesian, never the bare loanword widget (PUEBI, D32)', () => {
    /** Every Indonesian text of the content: the `id` entry of each translated text (one with `id` and `en`), anywhere. */
    const indonesian = (value) => {
      if (!value || typeof value !== 'object') return [];
      const own = typeof value.id === 'string' && typeof value.en === 'string' ? [value.id] : [];
      return [...own, ...Object.values(value).flatMap(indonesian)];
    };
    const texts = indonesian(content);
    assert.ok(texts.some((t) => /\bmodul ini\b/i.test(t)), 'modul ini');
    // A term in another language stands between underscores (set in italics); the bare word is a slip.
    for (const t of texts) assert.doesNotMatch(t.replace(/_[^_]+_/g, ''), /\bwidget\b/i, t);
  });

  it('keeps every example of the source text for casework, in the terms the review asked for (D07, D12, D15)', () => {
    const en = text(byId.casework, 'en');
    const id = text(byId.casework, 'id');
    includesAll(en, ['trauma', 'stress', 'loss', 'grief', 'run away', "children's home", 'abused', 'hiv', 'crisis', 'adapting to', 'social and economic pressures'], 'casework en');
    includesAll(id, ['trauma', 'stres', 'kehilangan', 'duka', 'melarikan diri', 'lksa (panti asuhan)', 'kekerasan', 'odhiv', 'intervensi krisis'], 'casework id');
    // ODHIV, not "HIV/AIDS" or ODHA (PMK 23/2022); the law's terms for children in the justice system; direct practice.
    assert.doesNotMatch(en, /hiv\/aids/);
    assert.doesNotMatch(id, /\bodha\b|hiv\/aids/);
    includesAll(id, ['anak yang berkonflik dengan hukum', 'anak korban', 'anak saksi'], 'casework id');
    assert.doesNotMatch(id, /\bpelaku\b/);
    includesAll(en, ['direct practice'], 'casework en');
    assert.doesNotMatch(en, /direct therapy/);
  });

  it('keeps the group activities and the addiction illustration for group work, and widens the kinds of group (D16, D21, D25)', () => {
    const en = text(byId.groupwork, 'en');
    includesAll(en, [/group'?s? dynamics/, 'outdoor', 'alcohol', 'drug', 'arts', 'games', 'recreation', 'sport', 'sharing experience and information', 'housekeeping', 'self-care', 'life skills'], 'groupwork en');
    includesAll(text(byId.groupwork, 'id'), ['dinamika kelompok', 'outbound', 'alkohol', 'narkoba', 'kesenian', 'permainan', 'rekreasi', 'olahraga', 'mengurus rumah', 'merawat diri', 'keterampilan hidup'], 'groupwork id');
    includesAll(en, ['treatment groups', 'task groups', 'educational'], 'groupwork en');
    includesAll(text(byId.groupwork, 'id'), ['p2k2', 'kpm', 'pekerja sosial membentuk kelompok'], 'groupwork id');
  });

  it("keeps the community worker's four roles, broker included, and the identify-plan-coordinate-evaluate cycle (D26, D27)", () => {
    const en = text(byId.community, 'en');
    includesAll(en, ['planner', 'facilitator', 'pendamping', 'broker', 'identify', 'plan', 'coordinat', 'evaluat', 'beyond their area'], 'community en');
    // One term for the stage of the helping process: mengevaluasi/evaluasi, never menilai.
    const id = text(byId.community, 'id');
    includesAll(id, ['mengevaluasi'], 'community id');
    assert.doesNotMatch(id, /\b(menilai|penilaian|dinilai)\b/);
  });

  it('counts case management, case recording and case conferences under human services management, as agency systems (D13, D14)', () => {
    const en = text(byId.organization, 'en');
    includesAll(en, ['case management', 'case recording', 'case conference', 'policy', 'goals', 'structure', 'programmes'], 'organization en');
    includesAll(en, ['micro practice', 'stakeholders'], 'organization en');
    // Clients receive the services; stakeholders are accounted to.
    assert.doesNotMatch(en, /stakeholders receive/);
    assert.match(byId.organization.summary.en, /clients/);
  });

  it('says PKH facilitator, not mentor, and tells jaminan sosial apart from JKN, with its laws (D17, D23)', () => {
    for (const field of fields) assert.doesNotMatch(text(field, 'en'), /\bmentor/, field.id);
    for (const v of check) assert.doesNotMatch(v.case.en, /\bmentor/, v.id);
    assert.doesNotMatch(glossary.find((g) => g.id === 'pendamping').term.en, /mentor/i);
    includesAll(text(byId.policy, 'id'), ['pbi', 'jaminan sosial', 'undang-undang nomor 40 tahun 2004'], 'policy id');
    for (const law of ['uu-40-2004', 'uu-24-2011']) assert.ok(byId.policy.legalBasis.includes(law), law);
  });

  it('quotes the law for social functioning, and names the professional body and its code correctly (D04, D06)', () => {
    const functioning = glossary.find((g) => g.id === 'keberfungsian-sosial');
    assert.deepEqual(functioning.quotes, [{ ref: 'uu-14-2019', at: { id: 'Pasal 1 angka 3', en: 'Article 1(3)' } }]);
    assert.match(functioning.definition.id, /“suatu kondisi/);
    includesAll(introText('id'), ['Kode Etik Profesi Pekerjaan Sosial Indonesia', 'Independen Pekerja Sosial Profesional Indonesia', '20 Februari 2010'], 'intro id');
  });

  it('titles the English widget by methods, not fields, which in English mean settings (D18)', () => {
    assert.match(ui.title.en, /^Methods of Social Work Practice$/);
    assert.equal(ui.title.id, 'Bidang Praktik Pekerjaan Sosial');
  });

  it('asks at least five cases per field in the check, each of one to three sentences, with a why of one or two', () => {
    for (const field of fields) assert.ok(check.filter((v) => v.answer === field.id).length >= 5, field.id);
    const sentences = (t) => t.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
    for (const vignette of check) {
      for (const lang of langs) {
        assert.ok(sentences(vignette.case[lang]) <= 3, `${vignette.id}.case.${lang}`);
        assert.ok(sentences(vignette.why[lang]) <= 2, `${vignette.id}.why.${lang}`);
      }
    }
  });
});
