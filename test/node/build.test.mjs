// What `npm run build` ships: the files package.json promises, their types, the
// custom-elements manifest, and the bundles: every element in every language, and per
// language every element, the accordion elements, and the check, each a module and a
// classic script, each carrying only its own language and content.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

import { loadContent } from '../../build/content/load.mjs';
import { attributesOf, spec } from '../../build/spec.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFileSync(repo + path, 'utf8');
const pkg = JSON.parse(read('package.json'));

describe('the package', () => {
  it('points exports, types and customElements at files the build wrote, a pattern at one per language', () => {
    const langs = loadContent().languages.map((l) => l.code);
    const targets = [pkg.types, pkg.customElements, 'dist/pekso-fields.classic.js'];
    for (const entry of Object.values(pkg.exports)) {
      for (const target of typeof entry === 'string' ? [entry] : Object.values(entry)) {
        targets.push(...(target.includes('*') ? langs.flatMap((lang) => [target.replace('*', lang), target.replace('*', `${lang}.classic`)]) : [target]));
      }
    }
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

  it('describes every element in custom-elements.json as the spec does: attributes, typed properties, events, parts, custom properties', () => {
    const manifest = JSON.parse(read('dist/custom-elements.json'));
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    assert.deepEqual(declarations.map((d) => d.tagName).sort(), [...spec.TAGS].sort());
    for (const declaration of declarations) {
      const tag = declaration.tagName;
      const ofTag = (list) => list.filter((entry) => entry.tags.includes(tag)).map((entry) => entry.name);
      assert.deepEqual(declaration.attributes.map((a) => a.name), attributesOf(tag).map((a) => a.name), tag);
      assert.deepEqual(declaration.events.map((e) => e.name), ofTag(spec.EVENTS), tag);
      assert.deepEqual(declaration.cssParts.map((p) => p.name), ofTag(spec.PARTS), tag);
      assert.deepEqual(declaration.cssProperties.map((p) => p.name), spec.CSS_PROPERTIES.map((p) => p.name), tag);
    }
    const fields = declarations.find((d) => d.tagName === 'pekso-fields');
    const headingLevel = fields.members.find((m) => m.name === 'headingLevel');
    assert.equal(headingLevel.type.text, 'number');
    assert.equal(fields.members.find((m) => m.name === 'fields').type.text, 'readonly string[] | string');
    for (const part of ['references', 'citation', 'copy']) assert.ok(fields.cssParts.some((p) => p.name === part), part);
  });

  it('ships the ES module with Lit and the content inside, and nothing to fetch', () => {
    const bundle = read('dist/pekso-fields.js');
    assert.doesNotMatch(bundle, /^import |from ["']lit/m);
    assert.doesNotMatch(bundle, /fetch\(/);
    assert.match(bundle, /Terapi Individu/);
    assert.match(bundle, /Social work research/);
  });

  it('ships classic scripts that extend one Pekso global and use no module syntax', () => {
    for (const file of readdirSync(repo + 'dist').filter((f) => /^pekso-(fields|accordion|check).*\.classic\.js$/.test(f))) {
      const classic = read(`dist/${file}`);
      assert.doesNotThrow(() => new vm.Script(classic), file);
      assert.match(classic, /\(this\.Pekso=this\.Pekso\|\|\{\}\)/, `${file} extends the Pekso global`);
    }
  });

  it('carries in each per-language bundle only its language, and in each element group only its elements', () => {
    const content = loadContent();
    const [first, second] = content.languages.map((l) => l.code);
    const onlyIn = (lang) => content.fields[0].summary[lang];
    for (const group of ['fields', 'accordion', 'check']) {
      const bundle = read(`dist/pekso-${group}.${first}.js`);
      assert.doesNotMatch(bundle, new RegExp(onlyIn(second).slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), `${group}.${first} carries no ${second} text`);
    }
    const check = read(`dist/pekso-check.${first}.js`);
    assert.doesNotMatch(check, /pekso-field-card|toggle-all/, 'the check carries no accordion');
    assert.match(check, /pekso-check/);
    const accordion = read(`dist/pekso-accordion.${first}.js`);
    assert.doesNotMatch(accordion, /checkProgress|pekso-check/, 'the accordion carries no check');
  });

  it("carries the spec without its documentation", () => {
    for (const file of ['pekso-fields.js', 'pekso-check.js', 'pekso-accordion.js']) {
      const bundle = read(`dist/${file}`);
      for (const attribute of spec.ATTRIBUTES) assert.ok(!bundle.includes(attribute.doc.slice(0, 30)), `${file}: the doc of ${attribute.name}`);
      assert.ok(!bundle.includes(spec.PARTS[0].doc), `${file}: the parts`);
    }
  });
});
