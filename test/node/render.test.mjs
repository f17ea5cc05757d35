// The markup composed once (build/compose/) and written static (src/markup/tree.ts, toHtml):
// what the WordPress fallback, the LMS snippets, the SCORM and offline pages show. The
// element's settings choose from it by the spec's rules alone (src/markup/options.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documents, elementHtml, staticHtml } from '../../build/compose/static.ts';
import { loadContent } from '../../build/content/load.mjs';
import { markupOptions } from '../../src/markup/options.ts';
import { escapeHtml, toHtml } from '../../src/markup/tree.ts';

const content = loadContent();
const fieldIds = content.fields.map((f) => f.id);
const html = (lang, settings = {}, tag = undefined) => staticHtml(content, { lang, settings, tag });
const noFrame = { intro: false, glossary: false, references: false };

describe('static HTML', () => {
  it("puts each field's heading outside its <details>, so it survives sanitizers that drop <details>, in the order given", () => {
    const out = html('en', { ...noFrame, fields: ['policy', 'casework'], 'heading-level': 2 });
    const heading = (id, name, level) =>
      `<h2 id="pekso-${id}"><span class="pekso-name">${name}</span><span class="pekso-comma">, </span><span class="pekso-badge">${level}</span></h2>`;
    const policy = content.fields.find((f) => f.id === 'policy').name.en;
    const casework = content.fields.find((f) => f.id === 'casework').name.en;
    assert.ok(out.startsWith(`<div class="pekso-static" lang="en">${heading('policy', escapeHtml(policy), 'Macro')}<details><summary>`));
    assert.ok(out.indexOf(heading('policy', escapeHtml(policy), 'Macro')) < out.indexOf(heading('casework', escapeHtml(casework), 'Micro')));
    assert.equal(out.match(/<details>/g).length, 2);
  });

  it('puts the introduction before the fields and the other sections after them, as the spec orders them', () => {
    const out = html('en');
    const at = (id) => out.indexOf(`id="pekso-${id}"`);
    assert.ok(at('intro') < at(fieldIds[0]));
    assert.ok(at(fieldIds.at(-1)) < at('glossary') && at('glossary') < at('references'));
  });

  it('fills in the heading level and the open items as it writes', () => {
    const out = html('id', { open: ['research'], 'heading-level': 4 });
    assert.equal(out.match(/<details open>/g).length, 1);
    assert.match(out, /<h4 id="pekso-research"><span class="pekso-name">[^<]+<\/span>.*?<\/h4><details open>/);
    assert.match(out, /<h5 class="label">/, "a panel's sub-headings are one level below");
  });

  it('opens at most one item with single', () => {
    assert.equal(html('en', { single: true, open: ['casework', 'policy'] }).match(/<details open>/g).length, 1);
  });

  it('leaves out the parts a page hides, in every item', () => {
    const options = { ...markupOptions('pekso-fields', { fields: [], intro: true }, fieldIds), hidden: ['badge'] };
    const out = toHtml([documents(content, 'en').accordion], options);
    assert.doesNotMatch(out, /pekso-badge|pekso-comma/);
    assert.match(out, /pekso-name/);
  });

  it('writes an id once per page, so two widgets showing one field do not repeat it', () => {
    const usedIds = new Set();
    const first = staticHtml(content, { lang: 'en', settings: { fields: ['casework'] }, usedIds });
    const second = staticHtml(content, { lang: 'en', settings: { fields: ['casework'] }, usedIds });
    assert.match(first, /id="pekso-casework"/);
    assert.doesNotMatch(second, /id="pekso-casework"/);
    assert.match(second, /<h3><span class="pekso-name">/);
  });

  it('links each related field in the page (#pekso-<id>), to the heading with that id', () => {
    const out = html('en');
    const links = [...out.matchAll(/href="#(pekso-[\w-]+)"/g)].map((m) => m[1]);
    assert.ok(links.length >= content.fields.length);
    for (const id of links) assert.match(out, new RegExp(`<h3 id="${id}">`));
  });

  it('writes every text in the chosen language only', () => {
    for (const { code } of content.languages) {
      const out = html(code);
      for (const f of content.fields) assert.ok(out.includes(escapeHtml(f.description[code])), `${f.id} in ${code}`);
      assert.doesNotMatch(out, /undefined/);
    }
  });

  it('escapes text, so content can never become markup', () => {
    assert.equal(escapeHtml(`<img src=x onerror="a('b')">&`), '&lt;img src=x onerror=&quot;a(&#039;b&#039;)&quot;&gt;&amp;');
    const evil = structuredClone(content);
    evil.fields[0].summary = { ...evil.fields[0].summary, id: '<script>alert(1)</script>' };
    assert.match(staticHtml(evil, { lang: 'id', settings: { fields: [evil.fields[0].id] } }), /<summary>&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/summary>/);
  });

  it('has no script, style, event attribute or part', () => {
    assert.doesNotMatch(html('id'), /<script|<style|\son\w+=|style=|\spart=/i);
  });
});

describe("the check's static HTML", () => {
  it('lists the whole pool of the fields shown, questions first, the answers in a closed <details>', () => {
    const out = html('en', { fields: ['policy', 'casework'] }, 'pekso-check');
    const cases = content.check.filter((c) => ['policy', 'casework'].includes(c.answer));
    assert.equal(out.match(/<li>/g).length, cases.length * 2);
    assert.ok(out.indexOf('<ol class="questions">') < out.indexOf('<details><summary>'));
    assert.doesNotMatch(out, /<details open/);
    // The fields' order chooses the cases' order.
    const firstPolicy = content.check.find((c) => c.answer === 'policy').case.en;
    const firstCasework = content.check.find((c) => c.answer === 'casework').case.en;
    assert.ok(out.indexOf(escapeHtml(firstPolicy)) < out.indexOf(escapeHtml(firstCasework)));
  });
});

describe('an element as a page writes it', () => {
  it('writes the attributes that differ from their defaults, a flag bare or "off", and its fallback inside', () => {
    const out = elementHtml(content, { lang: 'en', tag: 'pekso-fields', settings: { single: true, glossary: false, fields: 'policy, casework', 'heading-level': '2' } });
    assert.match(out, /^<pekso-fields lang="en" fields="policy,casework" glossary="off" single heading-level="2"><div class="pekso-static" lang="en">/);
    assert.match(out, /<\/div><\/pekso-fields>$/);
  });
});
