// The reference module (build/references/): APA 7 by citeproc-js in both languages, the laws
// by year, undated works told apart alike in the list and the citations, text that stays text,
// and RIS and BibTeX that other parsers read back as the same references.
//
// The fixture is content/references.yaml by hand, plus what it lacks and the module must
// handle: a dated blog post with a URL, and the widget as software. Those two are made up
// (example.org), and stay in the fixture.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { bibtex, formatReferences, localize, ris, textOf } from '../../build/references/index.js';
import { lawsByYear } from '../../build/references/laws.js';

const LANGS = /** @type {const} */ (['id', 'en']);
const items = JSON.parse(readFileSync(new URL('./fixtures/references.csl.json', import.meta.url), 'utf8'));
// content/references.yaml cites Suharto's paper through the course blog (`cites`): APA lists
// only the blog.
const secondary = ['suharto-teori-feminis'];
const refs = { id: formatReferences(items, 'id', { secondary }), en: formatReferences(items, 'en', { secondary }) };

/** Nodes as text with italics as *…* and links as <…>, so an entry reads as one string. */
const show = (nodes) =>
  nodes
    .map((node) => {
      if (typeof node === 'string') return node;
      if (node.tag === 'i') return `*${show(node.children)}*`;
      if (node.tag === 'a') return `<${show(node.children)}>`;
      return `[${node.tag}.${node.attrs?.class}:${show(node.children)}]`;
    })
    .join('');

/** Every element in `nodes`, at any depth. */
const elements = (nodes) => nodes.flatMap((node) => (typeof node === 'string' ? [] : [node, ...elements(node.children)]));

describe('the reference list, APA 7', () => {
  // Checked by hand against the APA Publication Manual, 7th edition: the order (author, or title
  // when there is none; laws by year, see below), the date and its no-date form, the italic
  // title (a blog post's is plain and its blog's name italic; a law's is plain), the edition
  // and version, the bracketed description, and the URL at the end without a full stop.
  const expected = {
    id: [
      ['blog-bidang-praktik', '*Bidang pekerjaan sosial dalam prakteknya*. (t.t.). [Unggahan blog mata kuliah]. WordPress.com.'],
      ['ipspi-kode-etik', 'Ikatan Pekerja Sosial Profesional Indonesia. (t.t.). *Kode etik pekerja sosial Indonesia*.'],
      ['uu-11-2009', 'Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial (2009).'],
      ['blog-contoh', 'Rahmawati, D. (2021, 15 Maret). Pekerjaan sosial sekolah di masa pandemi. *Catatan Pekerja Sosial*. <https://example.org/2021/03/15/pekerjaan-sosial-sekolah/>'],
      ['rubin-babbie-2017', 'Rubin, A., & Babbie, E. R. (2017). *Research methods for social work* (Edisi ke-9). Cengage.'],
      ['suharto-analisis-kebijakan-publik', 'Suharto, E. (t.t.-a). *Analisis kebijakan publik*. Alfabeta.'],
      ['suharto-kebijakan-sosial', 'Suharto, E. (t.t.-b). *Kebijakan sosial sebagai kebijakan publik*. Alfabeta.'],
      ['pekso', 'Tim Pekso. (2025). *Pekso: Bidang-bidang praktik pekerjaan sosial* (Versi 0.1.0) [Perangkat lunak komputer]. <https://example.org/pekso/>'],
      ['permensos-30-huk-2011', 'Peraturan Menteri Sosial Nomor 30/HUK/2011 tentang Standar Nasional Pengasuhan Anak untuk Lembaga Kesejahteraan Sosial Anak (2011).'],
      ['uu-11-2012', 'Undang-Undang Nomor 11 Tahun 2012 tentang Sistem Peradilan Pidana Anak (2012).'],
      ['uu-8-2016', 'Undang-Undang Nomor 8 Tahun 2016 tentang Penyandang Disabilitas (2016).'],
      ['uu-14-2019', 'Undang-Undang Nomor 14 Tahun 2019 tentang Pekerja Sosial (2019).'],
      ['zastrow-2017', 'Zastrow, C. (2017). *Introduction to social work and social welfare: Empowering people* (Edisi ke-12). Cengage.'],
    ],
    en: [
      ['blog-bidang-praktik', '*Bidang pekerjaan sosial dalam prakteknya*. (n.d.). [Course blog post]. WordPress.com.'],
      ['ipspi-kode-etik', 'Ikatan Pekerja Sosial Profesional Indonesia. (n.d.). *Kode etik pekerja sosial Indonesia*.'],
      ['uu-11-2009', 'Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial (2009).'],
      ['blog-contoh', 'Rahmawati, D. (2021, March 15). Pekerjaan sosial sekolah di masa pandemi. *Catatan Pekerja Sosial*. <https://example.org/2021/03/15/pekerjaan-sosial-sekolah/>'],
      ['rubin-babbie-2017', 'Rubin, A., & Babbie, E. R. (2017). *Research methods for social work* (9th ed.). Cengage.'],
      ['suharto-analisis-kebijakan-publik', 'Suharto, E. (n.d.-a). *Analisis kebijakan publik*. Alfabeta.'],
      ['suharto-kebijakan-sosial', 'Suharto, E. (n.d.-b). *Kebijakan sosial sebagai kebijakan publik*. Alfabeta.'],
      ['pekso', 'Tim Pekso. (2025). *Pekso: Fields of social work practice* (Version 0.1.0) [Computer software]. <https://example.org/pekso/>'],
      ['permensos-30-huk-2011', 'Peraturan Menteri Sosial Nomor 30/HUK/2011 tentang Standar Nasional Pengasuhan Anak untuk Lembaga Kesejahteraan Sosial Anak (2011).'],
      ['uu-11-2012', 'Undang-Undang Nomor 11 Tahun 2012 tentang Sistem Peradilan Pidana Anak (2012).'],
      ['uu-8-2016', 'Undang-Undang Nomor 8 Tahun 2016 tentang Penyandang Disabilitas (2016).'],
      ['uu-14-2019', 'Undang-Undang Nomor 14 Tahun 2019 tentang Pekerja Sosial (2019).'],
      ['zastrow-2017', 'Zastrow, C. (2017). *Introduction to social work and social welfare: Empowering people* (12th ed.). Cengage.'],
    ],
  };

  for (const lang of LANGS) {
    test(`in ${lang}: every entry, in order, with its italics and links`, () => {
      assert.deepEqual(
        refs[lang].bibliography.map(({ id, nodes }) => [id, show(nodes)]),
        expected[lang]
      );
    });
  }

  test('a link is an element with the address, never markup in text', () => {
    const [link] = elements(refs.en.bibliography.find((entry) => entry.id === 'blog-contoh').nodes).filter((node) => node.tag === 'a');
    assert.deepEqual(link, {
      tag: 'a',
      attrs: { href: 'https://example.org/2021/03/15/pekerjaan-sosial-sekolah/' },
      children: ['https://example.org/2021/03/15/pekerjaan-sosial-sekolah/'],
    });
  });

  test('the widget without an address formats too, and ends with its description', () => {
    const widget = items.filter((item) => item.id === 'pekso').map(({ URL: _url, ...item }) => item);
    assert.equal(show(formatReferences(widget, 'en').bibliography[0].nodes), 'Tim Pekso. (2025). *Pekso: Fields of social work practice* (Version 0.1.0) [Computer software].');
    assert.equal(show(formatReferences(widget, 'id').bibliography[0].nodes), 'Tim Pekso. (2025). *Pekso: Bidang-bidang praktik pekerjaan sosial* (Versi 0.1.0) [Perangkat lunak komputer].');
  });

  test('a work known only through another has no entry', () => {
    for (const lang of LANGS) assert.ok(!refs[lang].bibliography.some((entry) => entry.id === 'suharto-teori-feminis'));
  });
});

describe('laws by year', () => {
  const legal = new Set(['legislation', 'regulation']);
  const typeOf = (id) => items.find((item) => item.id === id).type;

  test('come in order of year, APA having sorted them by title', () => {
    for (const lang of LANGS) {
      const laws = refs[lang].bibliography.map((entry) => entry.id).filter((id) => legal.has(typeOf(id)));
      assert.deepEqual(laws, ['uu-11-2009', 'permensos-30-huk-2011', 'uu-11-2012', 'uu-8-2016', 'uu-14-2019']);
    }
  });

  test('take the places APA gave laws, and every other entry keeps its own', () => {
    const apa = ['a', 'law-2016', 'b', 'law-2012', 'law-2012-8', 'c'];
    const law = (year, number) => ({ type: 'legislation', title: `Peraturan Contoh Nomor ${number} Tahun ${year}`, issued: { 'date-parts': [[year]] } });
    const byId = {
      a: { type: 'book' },
      b: { type: 'book' },
      c: { type: 'book' },
      'law-2016': law(2016, 1),
      'law-2012': law(2012, 11),
      'law-2012-8': law(2012, 8),
    };
    const order = lawsByYear(apa.map((id) => ({ id })), (id) => ({ id, ...byId[id] })).map((entry) => entry.id);
    assert.deepEqual(order, ['a', 'law-2012-8', 'b', 'law-2012', 'law-2016', 'c']);
  });
});

describe('in-text citations', () => {
  const expected = {
    id: {
      'blog-bidang-praktik': '*Bidang Pekerjaan Sosial dalam Prakteknya*, t.t.',
      'ipspi-kode-etik': 'Ikatan Pekerja Sosial Profesional Indonesia, t.t.',
      'rubin-babbie-2017': 'Rubin & Babbie, 2017',
      'zastrow-2017': 'Zastrow, 2017',
      'suharto-analisis-kebijakan-publik': 'Suharto, t.t.-a',
      'suharto-kebijakan-sosial': 'Suharto, t.t.-b',
      'blog-contoh': 'Rahmawati, 2021',
      pekso: 'Tim Pekso, 2025',
      'uu-11-2009': 'Undang-Undang Nomor 11 Tahun 2009',
      'permensos-30-huk-2011': 'Peraturan Menteri Sosial Nomor 30/HUK/2011',
    },
    en: {
      'blog-bidang-praktik': '*Bidang Pekerjaan Sosial dalam Prakteknya*, n.d.',
      'ipspi-kode-etik': 'Ikatan Pekerja Sosial Profesional Indonesia, n.d.',
      'rubin-babbie-2017': 'Rubin & Babbie, 2017',
      'zastrow-2017': 'Zastrow, 2017',
      'suharto-analisis-kebijakan-publik': 'Suharto, n.d.-a',
      'suharto-kebijakan-sosial': 'Suharto, n.d.-b',
      'blog-contoh': 'Rahmawati, 2021',
      pekso: 'Tim Pekso, 2025',
      'uu-11-2009': 'Undang-Undang Nomor 11 Tahun 2009',
      'permensos-30-huk-2011': 'Peraturan Menteri Sosial Nomor 30/HUK/2011',
    },
  };

  for (const lang of LANGS) {
    test(`in ${lang}: author (or title) and year, without brackets; a law by its name, which holds its year`, () => {
      const got = Object.fromEntries(Object.keys(expected[lang]).map((id) => [id, show(refs[lang].citeNodes(id))]));
      assert.deepEqual(got, expected[lang]);
    });
  }

  test('cite() is the same citation as text', () => {
    assert.equal(refs.id.cite('blog-bidang-praktik'), 'Bidang Pekerjaan Sosial dalam Prakteknya, t.t.');
    assert.equal(textOf(refs.en.citeNodes('zastrow-2017')), refs.en.cite('zastrow-2017'));
  });

  test('a pinpoint follows', () => {
    assert.equal(refs.id.cite('uu-14-2019', { pinpoint: 'Pasal 1 angka 3' }), 'Undang-Undang Nomor 14 Tahun 2019, Pasal 1 angka 3');
    assert.equal(refs.en.cite('zastrow-2017', { pinpoint: 'p. 12' }), 'Zastrow, 2017, p. 12');
  });

  test('"as cited in": dalam, from the locale, and as cited in', () => {
    assert.equal(refs.id.cite('suharto-teori-feminis', { citedIn: 'blog-contoh' }), 'Suharto, t.t., dalam Rahmawati, 2021');
    assert.equal(refs.en.cite('suharto-teori-feminis', { citedIn: 'blog-contoh' }), 'Suharto, n.d., as cited in Rahmawati, 2021');
    assert.equal(
      show(refs.id.citeNodes('suharto-teori-feminis', { citedIn: 'blog-bidang-praktik' })),
      'Suharto, t.t., dalam *Bidang Pekerjaan Sosial dalam Prakteknya*, t.t.'
    );
  });

  test('a work known only through another is cited only that way, and nothing is cited in it', () => {
    assert.throws(() => refs.id.cite('suharto-teori-feminis'), /citedIn/);
    assert.throws(() => refs.id.cite('zastrow-2017', { citedIn: 'suharto-teori-feminis' }), /no entry/);
    assert.throws(() => refs.id.cite('no-such-work'), /no reference "no-such-work"/);
  });
});

describe('undated works of one author', () => {
  const suffixes = (lang, noDate) => {
    const ids = ['suharto-analisis-kebijakan-publik', 'suharto-kebijakan-sosial'];
    const pattern = new RegExp(`${noDate.replaceAll('.', '\\.')}-([a-z])`);
    return ids.map((id) => {
      const entry = textOf(refs[lang].bibliography.find((e) => e.id === id).nodes);
      return [id, pattern.exec(entry)?.[1], pattern.exec(refs[lang].cite(id))?.[1]];
    });
  };

  test('are told apart alike in the list and in the citations', () => {
    for (const [lang, noDate] of [['id', 't.t.'], ['en', 'n.d.']]) {
      for (const [id, inList, inCitation] of suffixes(lang, noDate)) assert.equal(inCitation, inList, `${lang} ${id}`);
      assert.deepEqual(suffixes(lang, noDate).map(([, letter]) => letter), ['a', 'b']);
    }
  });

  test('whichever is cited first', () => {
    const fresh = formatReferences(items, 'id', { secondary });
    assert.equal(fresh.cite('suharto-kebijakan-sosial'), 'Suharto, t.t.-b');
    assert.equal(fresh.cite('suharto-analisis-kebijakan-publik'), 'Suharto, t.t.-a');
  });

  test('and one alone takes no letter', () => {
    const one = formatReferences(items.filter((item) => item.id === 'suharto-kebijakan-sosial'), 'id');
    assert.equal(one.cite('suharto-kebijakan-sosial'), 'Suharto, t.t.');
    assert.equal(textOf(one.bibliography[0].nodes), 'Suharto, E. (t.t.). Kebijakan sosial sebagai kebijakan publik. Alfabeta.');
  });
});

describe('text stays text', () => {
  const markup = {
    id: 'markup',
    type: 'book',
    author: [{ literal: '<img src=x onerror=alert(1)>' }],
    title: 'Judul <script>alert(1)</script> & sisanya',
    publisher: 'Pen\u0001erbit',
    URL: 'javascript:alert(1)',
  };
  const { bibliography, citeNodes } = formatReferences([markup], 'id');
  const nodes = bibliography[0].nodes;

  test('markup in a reference is text in the nodes', () => {
    assert.equal(show(nodes), '<img src=x onerror=alert(1)>. (t.t.). *Judul <script>alert(1)</script> & sisanya*. Penerbit. javascript:alert(1)');
    assert.equal(show(citeNodes('markup')), '<img src=x onerror=alert(1)>, t.t.');
  });

  test('the only elements are i, span and a, and a link only to http(s)', () => {
    const tags = elements(nodes).map((node) => node.tag);
    assert.deepEqual(tags, ['i']);
    for (const entry of [...refs.id.bibliography, ...refs.en.bibliography]) {
      for (const node of elements(entry.nodes)) {
        assert.ok(['i', 'span', 'a'].includes(node.tag), node.tag);
        if (node.tag === 'a') assert.match(node.attrs.href, /^https?:\/\//);
      }
    }
  });
});

describe('RIS and BibTeX, read back by parsers other than the writer', () => {
  const exported = [...items, { id: 'markup', type: 'book', author: [{ family: 'O’Brien', given: 'A.' }], title: 'Judul <script>x</script> & {kurung} 100% $ _', publisher: 'P' }];

  /** A name as one text, whichever way it was given: "E. Suharto", "Tim Pekso". */
  const nameText = (name) => name.literal ?? name.name ?? [name.given ?? name.firstName, name.family ?? name.lastName].filter(Boolean).join(' ');
  const year = (issued) => (issued?.['date-parts']?.[0]?.[0] === undefined ? undefined : Number(issued['date-parts'][0][0]));

  // What each reader makes of each type: RIS has one type for laws and regulations (STAT);
  // astrocite reads RIS's software type (COMP) as an article, where Zotero reads a computer
  // program; BibTeX has no type for most of these, and `misc` is its general one.
  const risType = { webpage: 'webpage', manuscript: 'manuscript', legislation: 'legislation', regulation: 'legislation', report: 'report', book: 'book', 'post-weblog': 'post-weblog', software: 'article' };
  const bibtexType = { webpage: 'misc', manuscript: 'unpublished', legislation: 'misc', regulation: 'misc', report: 'techreport', book: 'book', 'post-weblog': 'misc', software: 'misc' };

  /** What is compared: the reference as the source says it. */
  const expected = (item) => ({
    title: item.title,
    authors: (item.author ?? []).map(nameText),
    year: year(item.issued),
    URL: item.URL,
  });

  for (const lang of LANGS) {
    const source = localize(exported, lang);

    test(`RIS (${lang}), read by astrocite-ris`, () => {
      const text = ris(exported, lang);
      const read = parseRis(text);
      assert.equal(read.length, source.length);
      source.forEach((item, i) => {
        const got = read[i];
        assert.deepEqual({ title: got.title, authors: (got.author ?? []).map(nameText), year: year(got.issued), URL: got.URL }, expected(item), item.id);
        assert.equal(got.type, risType[item.type], `${item.id}: ${item.type}`);
      });
      assert.match(text, /^TY {2}- COMP$/m, 'software is RIS COMP');
      assert.ok(text.split('\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line)), 'one tag a line, none wrapped');
    });

    test(`BibTeX (${lang}), read by @retorquere/bibtex-parser`, () => {
      const library = parseBibtex(bibtex(exported, lang));
      assert.deepEqual(library.errors, []);
      assert.equal(library.entries.length, source.length);
      source.forEach((item, i) => {
        const { key, type, fields } = library.entries[i];
        assert.equal(key, item.id.replaceAll('-', '_'));
        assert.deepEqual({ title: fields.title, authors: (fields.author ?? []).map(nameText), year: fields.year === undefined ? undefined : Number(fields.year), URL: fields.url }, expected(item), item.id);
        assert.equal(type, bibtexType[item.type], `${item.id}: ${item.type}`);
      });
    });
  }

  test('the widget exports in both languages, with its title in each', () => {
    const widget = items.filter((item) => item.id === 'pekso');
    assert.match(ris(widget, 'id'), /^TI {2}- Pekso: Bidang-bidang praktik pekerjaan sosial$/m);
    assert.match(ris(widget, 'en'), /^TI {2}- Pekso: Fields of social work practice$/m);
    assert.equal(parseBibtex(bibtex(widget, 'id')).entries[0].fields.title, 'Pekso: Bidang-bidang praktik pekerjaan sosial');
    assert.equal(parseBibtex(bibtex(widget, 'en')).entries[0].fields.title, 'Pekso: Fields of social work practice');
  });

  test('a reference in two languages needs a language to be exported', () => {
    assert.throws(() => ris(items), /blog-bidang-praktik.genre is written in two languages/);
    assert.throws(() => bibtex(items), /two languages/);
  });
});
