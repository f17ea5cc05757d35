// The H5P packages as `npm run build` wrote them (dist/pekso-{fields,check}.<lang>.h5p):
// derived, not typed (semantics.json from the spec, its labels from the WordPress plugin's
// translations, the names from the content), only the file types H5P allows, every
// language in each library, the version of package.json, and reproducible. H5P's own
// player and server run them in the e2e suite (test/e2e/h5p.test.mjs).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { LIBRARIES, NOT_IN_H5P, buildH5p, h5pAttributes, libraryFolder, semantics, translations } from '../../build/kits/h5p.mjs';
import { loadContent } from '../../build/content/load.mjs';
import { attributesOf } from '../../build/spec.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const content = loadContent();
const LANGS = content.languages.map((l) => l.code);
const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
/** The file types H5P's default whitelist allows in a library (H5P's `js css svg`, and its own json files). */
const LIBRARY_TYPES = /\.(js|css|svg|json)$/;

/** A package's files, by path, as text. */
const unpack = (name) => Object.fromEntries(Object.entries(unzipSync(readFileSync(join(repo, 'dist', name)))).map(([path, data]) => [path, Buffer.from(data)]));
const json = (files, path) => JSON.parse(files[path].toString());

describe('the H5P packages', () => {
  for (const library of LIBRARIES) {
    const folder = libraryFolder(library, version);
    for (const lang of LANGS) {
      const name = `${library.package}.${lang}.h5p`;
      const files = unpack(name);

      it(`${name}: h5p.json names its language, its title in it, and the library of package.json's version`, () => {
        const h5p = json(files, 'h5p.json');
        assert.equal(h5p.language, lang);
        assert.equal(h5p.mainLibrary, library.machineName);
        assert.deepEqual(h5p.embedTypes, ['iframe']);
        assert.equal(h5p.title, library.title(content, lang));
        assert.deepEqual(h5p.preloadedDependencies, [{ machineName: library.machineName, majorVersion: version.split('.')[0], minorVersion: version.split('.')[1] }]);
        const lib = json(files, `${folder}/library.json`);
        assert.deepEqual([lib.majorVersion, lib.minorVersion, lib.patchVersion].join('.'), version);
        assert.equal(json(files, 'content/content.json').lang, lang, 'content.json sets the language shown');
      });

      it(`${name}: only the file types H5P allows, no .mjs, and the scripts its library.json loads`, () => {
        const inLibrary = Object.keys(files).filter((path) => path.startsWith(`${folder}/`));
        assert.deepEqual(Object.keys(files).filter((path) => !path.startsWith(`${folder}/`)).sort(), ['content/content.json', 'h5p.json']);
        for (const path of inLibrary) assert.match(path, LIBRARY_TYPES, path);
        const lib = json(files, `${folder}/library.json`);
        for (const { path } of [...lib.preloadedJs, ...lib.preloadedCss]) assert.ok(files[`${folder}/${path}`], path);
        assert.ok(files[`${folder}/icon.svg`]);
      });

      it(`${name}: its library carries every language, whichever package installs it`, () => {
        const bundle = files[`${folder}/${library.bundle}`].toString();
        for (const { code } of content.languages) for (const field of content.fields) assert.ok(bundle.includes(field.name[code]), `${library.bundle} carries ${code}: ${field.name[code]}`);
        for (const code of LANGS) assert.ok(files[`${folder}/language/${code}.json`], `language/${code}.json`);
      });
    }

    it(`${library.machineName}: semantics.json is the spec's attributes of <${library.tag}>, less ${NOT_IN_H5P.join(' and ')}, with the spec's labels`, () => {
      const files = unpack(`${library.package}.${LANGS[0]}.h5p`);
      const fields = json(files, `${folder}/semantics.json`);
      assert.deepEqual(fields, semantics(library.tag, content));
      const expected = attributesOf(library.tag).filter((a) => !NOT_IN_H5P.includes(a.name));
      assert.deepEqual(fields.map((f) => f.label), expected.map((a) => a.label));
      assert.deepEqual(h5pAttributes(library.tag).map((a) => a.name), expected.map((a) => a.name));
      const select = /** @type {any} */ (fields.find((f) => f.name === 'lang'));
      assert.deepEqual(select.options.map((o) => o.value), LANGS);
    });

    it(`${library.machineName}: each language file has the plugin's translation of every label, and the content's names`, () => {
      const files = unpack(`${library.package}.${LANGS[0]}.h5p`);
      const byLang = translations();
      const fields = json(files, `${folder}/semantics.json`);
      for (const lang of LANGS) {
        const file = json(files, `${folder}/language/${lang}.json`);
        assert.equal(file.semantics.length, fields.length);
        file.semantics.forEach((entry, i) => {
          const label = fields[i].label;
          assert.equal(entry.label, lang === 'en' ? label : byLang[lang]?.[label] ?? label, `${lang}: ${label}`);
        });
        const fieldList = file.semantics[fields.findIndex((f) => f.name === 'fields')];
        assert.deepEqual(fieldList.field.options.map((o) => o.label), content.fields.map((f) => f.name[lang]));
      }
    });
  }

  it('is reproducible: built again, every package is the same, byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'pekso-h5p-build-'));
    try {
      for (const name of buildH5p({ content, outDir: out })) assert.ok(readFileSync(join(out, name)).equals(readFileSync(join(repo, 'dist', name))), name);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
