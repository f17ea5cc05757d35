// Languages and fields are data: a content folder with a third language, written right to
// left, and a seventh field goes through the whole pipeline (its own bundles by the file
// pattern, the elements, the static HTML, the WordPress fallback in PHP, the SCORM pages and
// the offline file) with no change to
// the code. Its text is the English text with its words in reverse order: realistic in
// length and in how it compresses, so the per-language budgets are tested too.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync, strFromU8 } from 'fflate';
import { rollup } from 'rollup';
import { parse, stringify } from 'yaml';
import { SIZE_CEILINGS } from '../../bench/lib/budgets.mjs';
import { elementHtml, staticHtml } from '../../build/compose/static.ts';
import { contentFiles, defaultContentDir, loadContent } from '../../build/content/load.mjs';
import { buildLmsKit } from '../../build/kits/lms.mjs';
import { fallbackJson, specJson } from '../../build/kits/wordpress.mjs';
import { sizes } from '../../build/sizes.mjs';
import { bundles } from '../../rollup.config.mjs';
import { launchChromium } from '../../tools/chromium.mjs';
import { serve } from '../../tools/serve.mjs';
import { phpRunner } from './lib/php.mjs';

const NEW_LANG = 'ar';
const NEW_FIELD = 'fixture';
/** English, word by word in reverse: as long as the English, and as compressible. */
const reversed = (text) => text.split(/(\s+)/).reverse().join('');

/** Adds `NEW_LANG` next to every text that has every current language. */
function withNewLanguage(value, langs) {
  if (Array.isArray(value)) return value.map((v) => withNewLanguage(v, langs));
  if (value === null || typeof value !== 'object') return value;
  const next = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withNewLanguage(v, langs)]));
  if (langs.every((lang) => typeof value[lang] === 'string')) next[NEW_LANG] = reversed(value.en);
  return next;
}

/** A copy of content/ with a third language, right to left, and a seventh field. */
function fixtureContent() {
  const dir = mkdtempSync(join(tmpdir(), 'pekso-fixture-'));
  cpSync(defaultContentDir, dir, { recursive: true });
  const langs = parse(readFileSync(join(dir, 'languages.yaml'), 'utf8')).map((l) => l.code);
  for (const file of contentFiles(dir).filter((f) => f !== 'languages.yaml' && !f.startsWith('sources/'))) {
    const path = join(dir, file);
    const data = withNewLanguage(parse(readFileSync(path, 'utf8')), langs);
    writeFileSync(path, file.endsWith('.json') ? JSON.stringify(data) : stringify(data));
  }
  const languages = parse(readFileSync(join(dir, 'languages.yaml'), 'utf8'));
  writeFileSync(join(dir, 'languages.yaml'), stringify([...languages, { code: NEW_LANG, name: 'Fixture (right to left)', dir: 'rtl' }]));
  const policy = parse(readFileSync(join(dir, 'fields/5-policy.yaml'), 'utf8'));
  const seventh = { ...policy, id: NEW_FIELD, name: Object.fromEntries(Object.keys(policy.name).map((l) => [l, `Fixture field (${l})`])) };
  writeFileSync(join(dir, `fields/7-${NEW_FIELD}.yaml`), stringify(seventh));
  return dir;
}

describe('a third language, right to left, and a seventh field, with no code change', { timeout: 180_000 }, () => {
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
    assert.equal(content.fields.length, loadContent().fields.length + 1);
  });

  it('writes static HTML in the new language, right to left, with the new field', () => {
    const html = staticHtml(content, { lang: NEW_LANG });
    assert.match(html, /^<div class="pekso-static" lang="ar" dir="rtl">/);
    assert.match(html, /<h3 id="pekso-fixture"><span class="pekso-name">Fixture field \(ar\)<\/span>/);
    assert.doesNotMatch(html, /undefined/);
  });

  it("gives the WordPress plugin the new language and field, and its PHP writes each element as the build does", () => {
    assert.ok(specJson(content).languages.some((l) => l.code === NEW_LANG && l.dir === 'rtl'));
    assert.ok(fallbackJson(content)[NEW_LANG].accordion);
    /** @type {[import('../../src/spec.ts').Tag, Record<string, string>][]} */
    const settings = [
      ['pekso-fields', { lang: NEW_LANG, open: NEW_FIELD }],
      ['pekso-field-card', { lang: NEW_LANG, field: NEW_FIELD, 'heading-level': '2' }],
      ['pekso-check', { lang: NEW_LANG, fields: `${NEW_FIELD},casework` }],
    ];
    // One page: the PHP writes an anchor id once per page, and so does the build when told the ids it wrote.
    const php = phpRunner(content)(settings.map(([tag, values]) => ({ fn: 'pekso_fields_render', args: [tag, values] })));
    const usedIds = new Set();
    settings.forEach(([tag, values], i) => assert.equal(php[i], elementHtml(content, { lang: NEW_LANG, tag, settings: values, usedIds }), tag));
  });

  it('builds the bundles of the new language by the file pattern, each within its ceiling', async () => {
    const wanted = [`pekso-fields.js`, `pekso-accordion.${NEW_LANG}.js`, `pekso-check.${NEW_LANG}.js`, `pekso-fields.${NEW_LANG}.classic.js`, `pekso-accordion.${NEW_LANG}.classic.js`];
    const configs = bundles({ contentDir: dir, outDir: out }).filter((c) => [c.output].flat().some((o) => wanted.some((w) => o.file.endsWith(`/${w}`))));
    for (const config of configs) {
      const build = await rollup({ ...config, plugins: config.plugins.filter((p) => p.name !== 'pekso-size-report') });
      for (const output of [config.output].flat()) await build.write(output);
      await build.close();
    }
    for (const file of wanted) assert.ok(existsSync(join(out, file)), file);
    const brotli = (file) => sizes(readFileSync(join(out, file))).brotli;
    assert.ok(brotli(`pekso-accordion.${NEW_LANG}.js`) <= SIZE_CEILINGS.accordionPage, `accordion: ${brotli(`pekso-accordion.${NEW_LANG}.js`)} B`);
    assert.ok(brotli(`pekso-check.${NEW_LANG}.js`) <= SIZE_CEILINGS.checkPage, `check: ${brotli(`pekso-check.${NEW_LANG}.js`)} B`);
    assert.doesNotMatch(readFileSync(join(out, `pekso-accordion.${NEW_LANG}.js`), 'utf8'), /Pekerjaan Sosial dengan/, 'no other language');
  });

  it('shows the new language, right to left, and the new field in the elements of its bundle', async () => {
    writeFileSync(
      join(out, 'index.html'),
      `<!doctype html><html lang="${NEW_LANG}"><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="pekso-fields.js"></script>` +
        `<pekso-fields open="${NEW_FIELD}"></pekso-fields><pekso-field-card field="${NEW_FIELD}"></pekso-field-card><pekso-check fields="${NEW_FIELD},casework"></pekso-check>`
    );
    const server = await serve({ root: out });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const problems = [];
      page.on('console', (m) => ['warn', 'error'].includes(m.type()) && problems.push(m.text()));
      await page.goto(`${server.url}/index.html`);
      const seen = await page.evaluate(async () => {
        const [fields, card, check] = ['pekso-fields', 'pekso-field-card', 'pekso-check'].map((tag) => /** @type {any} */ (document.querySelector(tag)));
        await Promise.all([fields, card, check].map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
        return {
          lang: fields.shownLang,
          dirs: [fields, card, check].map((el) => el.shadowRoot.querySelector('.root').getAttribute('dir')),
          name: fields.shadowRoot.querySelector('#b-fixture .name')?.textContent,
          open: fields.shadowRoot.querySelector('#b-fixture')?.getAttribute('aria-expanded'),
          card: card.shadowRoot.querySelector('.name')?.textContent,
          choices: [...check.shadowRoot.querySelectorAll('input[type=radio]')].map((r) => /** @type {HTMLInputElement} */ (r).value),
        };
      });
      assert.deepEqual(seen, { lang: NEW_LANG, dirs: ['rtl', 'rtl', 'rtl'], name: 'Fixture field (ar)', open: 'true', card: 'Fixture field (ar)', choices: [NEW_FIELD, 'casework'] });
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('writes the SCORM pages and the offline file of the new language right to left, with the new field', () => {
    buildLmsKit({ content, outDir: out, langs: [NEW_LANG] });
    const rtlPage = new RegExp(`<html lang="${NEW_LANG}" dir="rtl"`);
    for (const name of ['pekso-fields-scorm12', 'pekso-check-scorm12']) {
      const files = unzipSync(readFileSync(join(out, `${name}.${NEW_LANG}.zip`)));
      const index = strFromU8(files['index.html']);
      assert.match(index, rtlPage, `${name}: the page`);
      assert.match(index, new RegExp(`<div class="pekso-static" lang="${NEW_LANG}" dir="rtl">`), `${name}: its fallback`);
      assert.match(index, /Fixture field \(ar\)/, `${name}: the new field`);
    }
    const offline = readFileSync(join(out, `pekso-fields.${NEW_LANG}.html`), 'utf8');
    assert.match(offline, rtlPage);
    assert.match(offline, /Fixture field \(ar\)/);
  });
});
