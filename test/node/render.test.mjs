// The one description of a field's markup (src/render/), rendered static: what the
// WordPress fallback, the LMS snippets and the SCORM page show.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadContent } from '../../build/content/load.mjs';
import { escapeHtml, renderStaticHtml } from '../../build/compose/static.mjs';

const content = loadContent();
const field = (id) => content.fields.find((f) => f.id === id);

describe('static HTML', () => {
  it("puts each field's heading outside its <details>, so it survives sanitizers that drop <details>", () => {
    const html = renderStaticHtml(content, { lang: 'en', fields: ['policy', 'casework'], frame: [], headingLevel: 2 });
    const heading = (id, name, level) =>
      `<h2 id="pekso-${id}"><span class="pekso-name">${name}</span><span class="pekso-comma">, </span><span class="pekso-badge">${level}</span></h2>`;
    assert.ok(html.startsWith(`<div class="pekso-static" lang="en">${heading('policy', 'Social policy analysis', 'Macro')}<details><summary>`));
    assert.ok(html.indexOf('Social policy analysis') < html.indexOf(heading('casework', 'Casework', 'Micro')));
    assert.equal(html.match(/<details>/g).length, 2);
  });

  it('fills in the heading level and the open fields as it renders', () => {
    const html = renderStaticHtml(content, { lang: 'id', open: ['research'], headingLevel: 4 });
    assert.equal(html.match(/<details open>/g).length, 1);
    assert.match(html, /<h4 id="pekso-research"><span class="pekso-name">Penelitian Pekerjaan Sosial<\/span>.*?<\/h4><details open>/);
    assert.match(html, /<h5 class="label">/, "a panel's sub-headings are one level below");
  });

  it('links each related field in the page (#pekso-<id>), to the heading with that id', () => {
    const html = renderStaticHtml(content, { lang: 'en' });
    const links = [...html.matchAll(/href="#(pekso-[\w-]+)"/g)].map((m) => m[1]);
    assert.ok(links.length >= content.fields.length);
    for (const id of links) assert.match(html, new RegExp(`<h3 id="${id}">`));
  });

  it('says what each field rests on, with APA 7 references, and marks our additions', () => {
    const html = renderStaticHtml(content, { lang: 'en', fields: ['casework'] });
    assert.match(html, /What the text rests on: <cite>[^<]+<\/cite>\. \(n\.d\.\)\./);
    assert.match(html, /added by the widget&#039;s authors/);
    const id = renderStaticHtml(content, { lang: 'id', fields: ['casework'] });
    assert.match(id, /\(t\.t\.\)/);
  });

  it('writes every text in the chosen language only', () => {
    for (const { code } of content.languages) {
      const html = renderStaticHtml(content, { lang: code });
      for (const f of content.fields) assert.ok(html.includes(escapeHtml(f.description[code])), `${f.id} in ${code}`);
      assert.doesNotMatch(html, /undefined/);
    }
  });

  it('escapes text, so content can never become markup', () => {
    assert.equal(escapeHtml(`<img src=x onerror="a('b')">&`), '&lt;img src=x onerror=&quot;a(&#039;b&#039;)&quot;&gt;&amp;');
    const evil = structuredClone(content);
    evil.fields[0].summary = { ...evil.fields[0].summary, id: '<script>alert(1)</script>' };
    assert.match(renderStaticHtml(evil, { lang: 'id', fields: ['casework'] }), /<summary>&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/summary>/);
  });

  it('has no script, style, event attribute or part', () => {
    const html = renderStaticHtml(content, { lang: 'id' });
    assert.doesNotMatch(html, /<script|<style|\son\w+=|style=|\spart=/i);
    assert.ok(field('casework'));
  });
});
