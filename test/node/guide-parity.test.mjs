// The embedding guide and its Indonesian translation stay in step: docs/embedding.id.md has
// the same ## and ### headings as docs/embedding.md, in the same order, each one also
// answering to its English heading's GitHub anchor (its own, or an <a name> inside the
// heading), so that a link keeps its #anchor when only the file name changes; the same code
// blocks, byte for byte, in the same order (code and its comments are not translated); the
// same generated-table markers in the same order (build/docs.mjs fills both); every inline
// code span of the English guide (file names, attributes, values) somewhere in the Indonesian
// one; a link to the other language near the top of each; and every relative link in either
// resolving to a file, and its #anchor to a heading or an <a name> there.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const docs = new URL('../../docs/', import.meta.url);
const GUIDES = { en: new URL('embedding.md', docs), id: new URL('embedding.id.md', docs) };
const read = (url) => readFileSync(url, 'utf8');

/** Fenced code blocks (indented ones inside list items too), each without its fence's indentation. */
const FENCE = /^( *)```([^\n`]*)\n([\s\S]*?)\n\1```[ \t]*$/gm;
function codeBlocks(text) {
  return [...text.matchAll(FENCE)].map(([, indent, info, body]) => {
    const lines = body.split('\n').map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line));
    return `${info}\n${lines.join('\n')}`;
  });
}

/** The text outside code: fenced blocks, then inline code, blanked out. */
const prose = (text) => text.replace(FENCE, '');
const withoutInlineCode = (text) => text.replace(/`[^`\n]+`/g, '');

/** A heading's anchor as GitHub makes it: its text, lowercased, punctuation dropped, each space a hyphen. */
function slug(heading) {
  const text = heading
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '');
  return text.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** Every heading: level, text, and the anchors that reach it (GitHub's, numbered when repeated, and any <a name>). */
function allHeadings(text) {
  const seen = new Map();
  return [...prose(text).matchAll(/^(#{1,6}) +(.+?) *$/gm)].map(([, hashes, title]) => {
    const base = slug(title);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    const names = [...title.matchAll(/<a name="([^"]+)"><\/a>/g)].map((m) => m[1]);
    return { level: hashes.length, title, anchors: [count ? `${base}-${count}` : base, ...names] };
  });
}

/** The ## and ### headings, the sections the two guides share. */
const headings = (text) => allHeadings(text).filter((h) => h.level === 2 || h.level === 3);

/** Every anchor a link into this file may name: a heading's, or an <a name> anywhere. */
const anchorsOf = (text) => new Set([...allHeadings(text).flatMap((h) => h.anchors), ...[...prose(text).matchAll(/<a name="([^"]+)">/g)].map((m) => m[1])]);

const markers = (text) => [...text.matchAll(/<!-- (\/?(?:query|generated)(?::[\w-]+)?) -->/g)].map((m) => m[1]);
const inlineCode = (text) => new Set([...prose(text).matchAll(/`([^`\n]+)`/g)].map((m) => m[1]));
const links = (text) => [...withoutInlineCode(prose(text)).matchAll(/\]\(([^)\s]+)(?: "[^"]*")?\)/g)].map((m) => m[1]);

const texts = { en: read(GUIDES.en), id: read(GUIDES.id) };

describe('the embedding guide in English and in Bahasa Indonesia', () => {
  it('has the same sequence of ## and ### headings', () => {
    const [en, id] = [headings(texts.en), headings(texts.id)];
    assert.ok(en.length >= 10, 'the English guide has its sections');
    assert.deepEqual(id.map((h) => h.level), en.map((h) => h.level), 'docs/embedding.id.md has a section the other lacks, or lacks one: translate it');
  });

  it('answers, at each heading, to the English heading\'s anchor', () => {
    const [en, id] = [headings(texts.en), headings(texts.id)];
    assert.equal(id.length, en.length);
    en.forEach((heading, i) => {
      assert.ok(id[i].anchors.includes(heading.anchors[0]), `"${id[i].title}" translates "${heading.title}": give it <a name="${heading.anchors[0]}"></a> (its own anchor is ${id[i].anchors[0]})`);
    });
  });

  it('has the same code blocks, byte for byte, in the same order', () => {
    const en = codeBlocks(texts.en);
    assert.ok(en.length >= 5, 'the English guide has its snippets');
    assert.deepEqual(codeBlocks(texts.id), en);
  });

  it('has the same generated-table markers in the same order', () => {
    const en = markers(texts.en);
    assert.ok(en.includes('query:pekso-fields') && en.includes('generated:embed-parameters'));
    assert.deepEqual(markers(texts.id), en);
  });

  it('keeps every inline code span of the English guide (file names, attributes, values)', () => {
    const id = inlineCode(texts.id);
    const missing = [...inlineCode(texts.en)].filter((code) => !id.has(code));
    assert.deepEqual(missing, []);
  });

  it('links each guide to the other near the top', () => {
    const top = (text) => text.split('\n').slice(0, 5).join('\n');
    assert.match(top(texts.en), /^Versi bahasa Indonesia: \[embedding\.id\.md\]\(embedding\.id\.md\)$/m);
    assert.match(top(texts.id), /^English version: \[embedding\.md\]\(embedding\.md\)$/m);
  });

  for (const [lang, url] of Object.entries(GUIDES)) {
    it(`resolves every relative link in docs/${url.pathname.split('/').pop()} (${lang})`, () => {
      const relative = links(texts[lang]).filter((href) => !/^[a-z][a-z\d+.-]*:/i.test(href));
      assert.ok(relative.length >= 1);
      for (const href of relative) {
        const [path, anchor] = href.split('#');
        const target = path ? new URL(path, url) : url;
        assert.ok(existsSync(target), `${href}: no file ${fileURLToPath(target)}`);
        if (anchor !== undefined && target.pathname.endsWith('.md')) {
          assert.ok(anchorsOf(read(target)).has(decodeURIComponent(anchor)), `${href}: no heading or <a name> "${anchor}" there`);
        }
      }
    });
  }
});
