import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadContent } from '../../scripts/content.mjs';
import { escapeHtml, renderStaticHtml } from '../../scripts/static-html.mjs';

const content = loadContent();

describe('static HTML', () => {
  it('puts each field\'s heading outside its <details>, so it survives sanitizers that drop <details>', () => {
    const html = renderStaticHtml(content, { lang: 'en', fields: ['policy', 'casework'], headingLevel: 2 });
    assert.match(html, /^<div class="pekso-static" lang="en">\n<h2>Social policy analysis<\/h2><details><summary>/);
    assert.ok(html.indexOf('Social policy analysis') < html.indexOf('<h2>Casework</h2>'));
    assert.equal(html.match(/<details>/g).length, 2);
  });

  it('opens the fields asked for and adds anchors only when asked', () => {
    const html = renderStaticHtml(content, { open: ['research'], anchors: true });
    assert.equal(html.match(/<details open>/g).length, 1);
    assert.match(html, /<h3 id="pekso-research">Penelitian Pekerjaan Sosial<\/h3><details open>/);
    assert.doesNotMatch(renderStaticHtml(content), / id="/);
  });

  it('escapes text, so content can never become markup', () => {
    assert.equal(escapeHtml(`<img src=x onerror="a('b')">&`), '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
    const evil = structuredClone(content);
    evil.fields[0].summary.id = '<script>alert(1)</script>';
    assert.match(renderStaticHtml(evil, { fields: ['casework'] }), /<summary>&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/summary>/);
  });

  it('has no script, style or event attribute', () => {
    const html = renderStaticHtml(content, { lang: 'id' });
    assert.doesNotMatch(html, /<script|<style|\son\w+=|style=/i);
  });
});
