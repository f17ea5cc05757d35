// What `npm run build` ships: the files package.json promises, their types, the
// custom-elements manifest, and both script flavours.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFileSync(repo + path, 'utf8');
const pkg = JSON.parse(read('package.json'));

describe('the package', () => {
  it('points exports, types and customElements at files the build wrote', () => {
    const targets = [pkg.types, pkg.customElements, pkg.exports['.'].default, pkg.exports['.'].types, 'dist/pekso-fields.classic.js'];
    for (const target of targets) assert.ok(existsSync(repo + target.replace(/^\.\//, '')), target);
  });

  it('has Lit as its only runtime dependency', () => {
    assert.deepEqual(Object.keys(pkg.dependencies), ['lit']);
  });

  it('declares both tags in HTMLElementTagNameMap and the event in HTMLElementEventMap', () => {
    assert.match(read('dist/types/elements/accordion/pekso-fields.d.ts'), /'pekso-fields': PeksoFields;/);
    assert.match(read('dist/types/elements/accordion/pekso-field-card.d.ts'), /'pekso-field-card': PeksoFieldCard;/);
    assert.match(read('dist/types/elements/base/pekso-element.d.ts'), /'pekso-toggle': CustomEvent<PeksoToggleDetail>;/);
  });

  it('publishes no private member in its types: ES private fields show only as #private', () => {
    const types = ['elements/accordion/pekso-fields.d.ts', 'elements/accordion/pekso-field-card.d.ts', 'elements/base/pekso-element.d.ts'].map((f) => read(`dist/types/${f}`));
    for (const text of types) {
      assert.doesNotMatch(text, /^\s*private /m, 'no TypeScript-private member');
      assert.doesNotMatch(text, /#(?!private;)/, 'no ES private name');
    }
    assert.match(types[2], /protected emitToggle\(/, 'the protected API is published, and kept in the bundle');
    assert.match(read('dist/pekso-fields.js'), /\.emitToggle\(/);
  });

  it('describes the elements in custom-elements.json with the attributes of the spec', async () => {
    const { attributesOf } = await import('../../build/spec.mjs');
    const manifest = JSON.parse(read('dist/custom-elements.json'));
    for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
      assert.deepEqual(declaration.attributes.map((a) => a.name), attributesOf(declaration.tagName).map((a) => a.name), declaration.tagName);
    }
  });

  it('describes both elements in custom-elements.json: attributes, event, parts, CSS properties', () => {
    const manifest = JSON.parse(read('dist/custom-elements.json'));
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
    const fields = declarations.find((d) => d.tagName === 'pekso-fields');
    const card = declarations.find((d) => d.tagName === 'pekso-field-card');
    assert.ok(fields && card, 'both tags are in the manifest');
    const attributes = fields.attributes.map((a) => a.name);
    for (const name of ['lang', 'fields', 'open', 'single', 'heading-level', 'theme']) assert.ok(attributes.includes(name), name);
    assert.ok(card.attributes.some((a) => a.name === 'expanded'));
    assert.deepEqual(fields.events.map((e) => e.name), ['pekso-toggle']);
    for (const part of ['header', 'button', 'panel', 'summary', 'examples', 'roles', 'sources']) {
      assert.ok(fields.cssParts.some((p) => p.name === part), part);
    }
    assert.ok(fields.cssProperties.length >= 11);
    assert.ok(fields.cssProperties.every((p) => p.name.startsWith('--pekso-')));
  });

  it('ships the ES module with Lit and the content inside, and nothing to fetch', () => {
    const bundle = read('dist/pekso-fields.js');
    assert.doesNotMatch(bundle, /^import |from ["']lit/m);
    assert.doesNotMatch(bundle, /fetch\(/);
    assert.match(bundle, /Terapi Individu/);
    assert.match(bundle, /Social work research/);
  });

  it('ships a classic script that defines the Pekso global and uses no module syntax', () => {
    const classic = read('dist/pekso-fields.classic.js');
    assert.doesNotThrow(() => new vm.Script(classic));
    assert.match(classic, /^var Pekso=/);
  });
});
