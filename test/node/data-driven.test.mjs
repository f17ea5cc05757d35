// Languages and fields are data: a content folder with a third language and a seventh
// field goes through the whole pipeline (bundle, element, static HTML, WordPress fallback)
// with no change to the code.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { fallbackJson, specJson } from '../../build/kits/wordpress.mjs';
import { launchChromium } from '../../tools/chromium.mjs';
import { findProgram } from '../../tools/test-programs.mjs';
import { contentFiles, defaultContentDir, loadContent } from '../../build/content/load.mjs';
import { renderStaticHtml } from '../../build/compose/static.mjs';
import { serve } from '../../tools/serve.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const NEW_LANG = 'ms';
const NEW_FIELD = 'fixture';

/** Adds `NEW_LANG` next to every text that has every current language. */
function withNewLanguage(value, langs) {
  if (Array.isArray(value)) return value.map((v) => withNewLanguage(v, langs));
  if (value === null || typeof value !== 'object') return value;
  const next = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withNewLanguage(v, langs)]));
  if (langs.every((lang) => typeof value[lang] === 'string')) next[NEW_LANG] = `(${NEW_LANG}) ${value.en}`;
  return next;
}

/** A copy of content/ with a third language and a seventh field. */
function fixtureContent() {
  const dir = mkdtempSync(join(tmpdir(), 'pekso-fixture-'));
  cpSync(defaultContentDir, dir, { recursive: true });
  const langs = parse(readFileSync(join(dir, 'languages.yaml'), 'utf8')).map((l) => l.code);
  const files = contentFiles(dir).filter((file) => file !== 'languages.yaml');
  for (const file of files) {
    const path = join(dir, file);
    writeFileSync(path, stringify(withNewLanguage(parse(readFileSync(path, 'utf8')), langs)));
  }
  const languages = parse(readFileSync(join(dir, 'languages.yaml'), 'utf8'));
  writeFileSync(join(dir, 'languages.yaml'), stringify([...languages, { code: NEW_LANG, name: 'Bahasa Melayu', dir: 'ltr' }]));
  const policy = parse(readFileSync(join(dir, 'fields/5-policy.yaml'), 'utf8'));
  const seventh = { ...policy, id: NEW_FIELD, name: Object.fromEntries(Object.keys(policy.name).map((l) => [l, `Fixture field (${l})`])) };
  writeFileSync(join(dir, `fields/7-${NEW_FIELD}.yaml`), stringify(seventh));
  return dir;
}

describe('a third language and a seventh field, with no code change', { timeout: 120_000 }, () => {
  let dir;
  let out;
  let content;
  before(() => {
    dir = fixtureContent();
    out = mkdtempSync(join(tmpdir(), 'pekso-fixture-build-'));
    content = loadContent(dir);
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('passes the content checks', () => {
    assert.deepEqual(content.languages.map((l) => l.code), ['id', 'en', NEW_LANG]);
    assert.equal(content.fields.length, 7);
  });

  it('renders static HTML in the new language, with the new field', () => {
    const html = renderStaticHtml(content, { lang: NEW_LANG });
    assert.match(html, /^<div class="pekso-static" lang="ms">/);
    assert.match(html, /<h3 id="pekso-fixture"><span class="pekso-name">Fixture field \(ms\)<\/span>/);
    assert.doesNotMatch(html, /undefined/);
  });

  it('gives the WordPress plugin the new language and field, and PHP renders the same fallback', () => {
    const spec = specJson(content);
    assert.deepEqual(spec.languages.map((l) => l.code), ['id', 'en', NEW_LANG]);
    const lang = spec.elements['pekso-fields'].attributes.find((a) => a.name === 'lang');
    assert.deepEqual(lang.values, ['id', 'en', NEW_LANG]);
    const fallback = fallbackJson(content);
    assert.equal(Object.keys(fallback[NEW_LANG].fields).length, 7);
    // The plugin's own serializer (includes/tree.php), with WordPress's escaping functions.
    const php = `<?php
      define('ABSPATH', '/');
      function esc_html($t) { return htmlspecialchars($t, ENT_QUOTES, 'UTF-8'); }
      function esc_attr($t) { return htmlspecialchars($t, ENT_QUOTES, 'UTF-8'); }
      require ${JSON.stringify(join(repo, 'kits/wordpress/includes/tree.php'))};
      $data = json_decode(stream_get_contents(STDIN), true);
      $root = array('tag' => 'div', 'attrs' => $data['attrs'], 'children' => array_merge(...array_values($data['fields'])));
      echo pekso_fields_tree_html(array($root), 3, array('${NEW_FIELD}'));`;
    writeFileSync(join(out, 'render.php'), php);
    const html = execFileSync(findProgram('php') ?? 'php', [join(out, 'render.php')], { input: JSON.stringify(fallback[NEW_LANG]), encoding: 'utf8' });
    assert.ok(html === renderStaticHtml(content, { lang: NEW_LANG, open: [NEW_FIELD], frame: [] }), 'PHP renders the same fields as the build');
    assert.equal(Object.keys(fallback[NEW_LANG].frame).length, 3, 'and the frame, in the new language');
  });

  it('bundles it, and the element shows the new language and field', async () => {
    const build = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', `
        import { rollup } from 'rollup';
        const [widget] = (await import('./rollup.config.mjs')).default;
        const bundle = await rollup({ ...widget, plugins: widget.plugins.filter((p) => p.name !== 'pekso-size-report') });
        const { output } = await bundle.generate({ format: 'es' });
        (await import('node:fs')).writeFileSync(${JSON.stringify(join(out, 'pekso-fields.js'))}, output[0].code);`],
      { cwd: repo, env: { ...process.env, PEKSO_CONTENT_DIR: dir }, encoding: 'utf8' }
    );
    assert.equal(build.status, 0, build.stderr);
    writeFileSync(join(out, 'index.html'), `<!doctype html><html lang="${NEW_LANG}"><meta charset="utf-8"><script type="module" src="pekso-fields.js"></script><pekso-fields open="${NEW_FIELD}"></pekso-fields><pekso-field-card field="${NEW_FIELD}"></pekso-field-card>`);
    const server = await serve({ root: out });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/index.html`);
      const seen = await page.evaluate(async () => {
        const [fields, card] = ['pekso-fields', 'pekso-field-card'].map((tag) => /** @type {any} */ (document.querySelector(tag)));
        await customElements.whenDefined('pekso-fields');
        await Promise.all([fields.updateComplete, card.updateComplete]);
        // The fields' items: those with a level badge (the frame's sections have none).
        const names = [...fields.shadowRoot.querySelectorAll('[part~="item"]')]
          .filter((item) => item.querySelector('[part~="badge"]'))
          .map((item) => item.querySelector('[part~="name"]').textContent);
        return { names, lang: fields.shownLang, open: fields.shadowRoot.querySelector('#p-fixture').hidden, card: card.shadowRoot.querySelector('[part~="name"]')?.textContent };
      });
      assert.equal(seen.lang, NEW_LANG);
      assert.equal(seen.names.length, 7);
      assert.ok(seen.names.every((n) => n.startsWith(`(${NEW_LANG})`) || n === 'Fixture field (ms)'), seen.names.join(', '));
      assert.equal(seen.open, false, 'the new field opens');
      assert.equal(seen.card, 'Fixture field (ms)');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
