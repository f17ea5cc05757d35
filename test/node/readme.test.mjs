// Every widget snippet the README documents is one of the demo's named examples, which
// the browser tests check with axe (GOV.UK's rule: every documented example is tested).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { examples } from '../../demo/examples.js';
import { guideWithTables, readmeWithTables, wordpressReadmeWithSettings } from '../../build/docs.mjs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const htmlBlocks = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('the README', () => {
  it('documents only snippets that are tested examples', () => {
    const snippets = htmlBlocks.flatMap((block) => block.split('\n').filter((line) => line.startsWith('<pekso-')).map((line) => ({ line, block })));
    assert.ok(snippets.length >= 5, 'the README shows the widget');
    // An example of several lines (own cases inside a check) is shown whole, from its first line.
    for (const { line, block } of snippets) {
      const example = examples.find((e) => e.html.split('\n')[0] === line);
      assert.ok(example && block.includes(example.html), `not a tested example: ${line}`);
    }
  });

  it('shows the brand example\'s CSS exactly as the demo and tests use it', () => {
    const brand = examples.find((e) => e.id === 'brand');
    assert.ok(htmlBlocks.some((block) => block.includes(`<style>\n${brand.css}\n</style>`)));
  });

  // The Indonesian guide carries the same tables, in English: the spec's docs are English only.
  for (const name of ['embedding.md', 'embedding.id.md']) {
    it(`has the embedding guide's query parameters from the spec, up to date (docs/${name})`, () => {
      const guide = readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8');
      assert.ok(guide.includes('<!-- query:pekso-fields -->') && guide.includes('<!-- query:pekso-check -->'));
      assert.equal(guide, guideWithTables(guide), `docs/${name} differs from src/spec.ts: node --import tsx build/docs.mjs --write`);
    });
  }

  it("has the WordPress readme's settings from the spec, up to date", () => {
    const wordpressReadme = readFileSync(new URL('../../kits/wordpress/readme.txt', import.meta.url), 'utf8');
    assert.match(wordpressReadme, /<!-- settings -->\n`\[pekso_fields\]`/);
    assert.equal(wordpressReadme, wordpressReadmeWithSettings(wordpressReadme), 'kits/wordpress/readme.txt differs from src/spec.ts: node --import tsx build/docs.mjs --write');
  });

  it('shows only shortcodes the WordPress end-to-end suite publishes', () => {
    const suite = readFileSync(new URL('../e2e/wordpress.test.mjs', import.meta.url), 'utf8');
    const docs = readme + readFileSync(new URL('../../kits/wordpress/readme.txt', import.meta.url), 'utf8');
    const shortcodes = [...docs.matchAll(/\[pekso_\w+ [^\]\n]+\]/g)].map(([s]) => s);
    assert.ok(shortcodes.length >= 5);
    for (const shortcode of shortcodes) assert.ok(suite.includes(shortcode), `not published in a test: ${shortcode}`);
  });

  it('has the attribute tables of the spec, up to date (node --import tsx build/docs.mjs --write)', () => {
    assert.ok(readme.includes('<!-- attributes:pekso-fields -->'));
    assert.equal(readme, readmeWithTables(readme), 'the README\'s attribute tables differ from src/spec.ts');
  });

  it('lists every attribute, part and CSS property of the custom-elements manifest', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'));
    for (const element of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
      for (const { name } of [...element.attributes, ...(element.cssParts ?? []), ...(element.cssProperties ?? [])]) {
        assert.ok(readme.includes(`\`${name}\``), `${element.tagName}: ${name} is documented`);
      }
    }
  });
});
