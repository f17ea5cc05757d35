// Builds the H5P content types and their packages from the rollup outputs (run after
// `rollup -c`):
//   dist/pekso-fields.<lang>.h5p   the library H5P.PeksoFields, with content in that language
//   dist/pekso-check.<lang>.h5p    the library H5P.PeksoCheck, the same way
// A library is what an H5P host installs, once per machine name and version, whichever
// package brought it first: so each library carries every language (the all-language
// classic bundles), and a package only says which language it shows, in content.json.
// Everything in a library is derived: semantics.json (the editor's form) from the spec's
// attributes (src/spec.ts), its labels in each language from the WordPress plugin's
// translations of the same labels (kits/wordpress/languages/*.po) and the names of
// languages, fields and sections from the content. Nothing here is typed twice. The files
// have only extensions H5P's whitelist allows (json, js, css, svg): classic scripts, no .mjs.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import gettextParser from 'gettext-parser';
import { namesOf } from '../../src/attributes.ts';
import { loadContent } from '../content/load.mjs';
import { attributesOf, spec, valuesOf } from '../spec.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const kit = (name) => join(root, 'kits/h5p', name);
const defaultDist = join(root, 'dist');

/**
 * The two content types: the element each shows, the bundle it carries, its wrapper script (kits/h5p/), its icon.
 * @type {{machineName: string, tag: import('../../src/spec.ts').Tag, package: string, bundle: string, script: string, icon: string, title: (content: any, lang: string) => string}[]}
 */
export const LIBRARIES = [
  {
    machineName: 'H5P.PeksoFields',
    tag: 'pekso-fields',
    package: 'pekso-fields',
    bundle: 'pekso-accordion.classic.js',
    script: 'pekso-h5p-fields.js',
    icon: 'icon-fields.svg',
    title: (content, lang) => content.ui.title[lang],
  },
  {
    machineName: 'H5P.PeksoCheck',
    tag: 'pekso-check',
    package: 'pekso-check',
    bundle: 'pekso-check.classic.js',
    script: 'pekso-h5p-check.js',
    icon: 'icon-check.svg',
    title: (content, lang) => `${content.ui.title[lang]}: ${content.ui.checkTitle[lang]}`,
  },
];

/**
 * Attributes H5P leaves out. `cases`: the lecturer's own cases come as JSON inside the
 * element, which H5P's editor has no field for.
 */
export const NOT_IN_H5P = ['cases'];

/** The attributes of `tag` that H5P's editor sets, in the spec's order. */
export const h5pAttributes = (tag) => attributesOf(tag).filter((a) => !NOT_IN_H5P.includes(a.name));

/** The label of each value of an attribute, in `lang`: the content's names of languages, fields and sections, or the spec's own. */
function optionLabels(attribute, content, lang, t) {
  const names = {
    ...Object.fromEntries(content.languages.map((l) => [l.code, l.name])),
    ...Object.fromEntries(content.fields.map((f) => [f.id, f.name[lang]])),
    ...Object.fromEntries(spec.FRAME_SECTIONS.map((id) => [id, content.ui[`${id}Name`][lang]])),
  };
  return valuesOf(attribute, content).map((value) => ({ value, label: typeof attribute.values === 'string' ? names[value] : t(attribute.options?.[value] ?? value) }));
}

/**
 * One attribute as an H5P semantics field, named as its property (`headingLevel`), with its
 * label through `t` (identity in English) and its options' labels in `lang`:
 *   choice      select (the content's language is required: every package names its own)
 *   list        a list of selects, empty for all (the order is kept)
 *   boolean     boolean
 *   integer     number, or text when words are allowed too (`pass`: 80, or none)
 *   text        text
 * A value with no default is optional: left out, the element uses its own default.
 */
export function semanticsField(attribute, content, { lang = 'en', t = (text) => text } = {}) {
  const base = { name: namesOf(attribute).property, label: t(attribute.label) };
  const optional = attribute.default === null ? { optional: true } : {};
  switch (attribute.type) {
    case 'choice': {
      const options = optionLabels(attribute, content, lang, t);
      if (attribute.values === 'languages') return { ...base, type: 'select', options, default: options[0].value };
      return { ...base, type: 'select', options, ...(attribute.default === null ? { optional: true } : { default: attribute.default }) };
    }
    case 'list':
      return { ...base, type: 'list', optional: true, min: 0, field: { ...base, name: 'item', type: 'select', options: optionLabels(attribute, content, lang, t) } };
    case 'boolean':
      return { ...base, type: 'boolean', default: attribute.default === true };
    case 'integer':
      if (attribute.words) {
        const pattern = `^\\s*(\\d{1,3}|${attribute.words.join('|')})\\s*$`;
        return { ...base, type: 'text', maxLength: 8, regexp: { pattern, modifiers: 'i' }, ...(attribute.default === null ? optional : { default: String(attribute.default) }) };
      }
      return { ...base, type: 'number', ...(attribute.min !== undefined && { min: attribute.min }), ...(attribute.max !== undefined && { max: attribute.max }), ...(attribute.default === null ? optional : { default: attribute.default }) };
    default:
      return { ...base, type: 'text', maxLength: 255, ...optional };
  }
}

/** semantics.json of the element `tag`: its English source, which H5P's editor shows when it has no translation. */
export const semantics = (tag, content) => h5pAttributes(tag).map((a) => semanticsField(a, content));

/**
 * An H5P language file (language/<lang>.json): the translatable parts of the semantics,
 * item for item: labels, the options' labels, and a list's field. (A list names no entity:
 * H5P's editor then says "Add item" in its own language.)
 */
export function languageFile(tag, content, lang, t) {
  const translatable = (field) => ({
    label: field.label,
    ...(field.options && { options: field.options.map((o) => ({ label: o.label })) }),
    ...(field.field && { field: translatable(field.field) }),
  });
  return { semantics: h5pAttributes(tag).map((a) => translatable(semanticsField(a, content, { lang, t }))) };
}

/**
 * The plugin's translations by content language: msgid → msgstr of each
 * kits/wordpress/languages/pekso-fields-<locale>.po whose locale is that language
 * (`id_ID` is `id`). English is the source.
 */
export function translations(dir = join(root, 'kits/wordpress/languages')) {
  const byLang = {};
  for (const name of readdirSync(dir)) {
    const match = /^pekso-fields-([a-z]+)(?:_\w+)?\.po$/.exec(name);
    if (!match) continue;
    const po = gettextParser.po.parse(readFileSync(join(dir, name)));
    byLang[match[1]] = Object.fromEntries(Object.entries(po.translations[''] ?? {}).filter(([id, entry]) => id && entry.msgstr[0]).map(([id, entry]) => [id, entry.msgstr[0]]));
  }
  return byLang;
}

/** library.json: versions follow the package's (0.2.0 is 0, 2, 0). */
export function libraryJson(library, content, version) {
  const [majorVersion, minorVersion, patchVersion] = version.split(/[.+-]/).map(Number);
  return {
    title: library.title(content, 'en'),
    machineName: library.machineName,
    majorVersion,
    minorVersion,
    patchVersion,
    runnable: 1,
    author: 'the pekso authors',
    license: 'MIT',
    embedTypes: ['iframe'],
    fullscreen: 0,
    preloadedJs: [{ path: library.bundle }, { path: library.script }],
    preloadedCss: [{ path: 'pekso-h5p.css' }],
  };
}

/** The folder a library has in a package and on a host: H5P.PeksoCheck-0.2. */
export const libraryFolder = (library, version) => `${library.machineName}-${version.split('.').slice(0, 2).join('.')}`;

/** content.json: every parameter with its default, and the package's language. Headings start at h2: the frame has no heading above. */
export function contentJson(library, content, lang) {
  const params = {};
  for (const field of /** @type {any[]} */ (semantics(library.tag, content))) if (field.default !== undefined) params[field.name] = field.default;
  return { ...params, lang, headingLevel: 2 };
}

/**
 * h5p.json: the title in the package's language, the main library, its dependency, the
 * embed type. The dependency's versions are strings, as H5P's own exports write them (a
 * player that tests `majorVersion &&` would drop a number 0).
 */
export function h5pJson(library, content, lang, version) {
  const [majorVersion, minorVersion] = version.split('.').slice(0, 2);
  return {
    title: library.title(content, lang),
    language: lang,
    defaultLanguage: lang,
    mainLibrary: library.machineName,
    embedTypes: ['iframe'],
    license: 'CC BY',
    licenseVersion: '4.0',
    authors: [{ name: 'the pekso authors', role: 'Author' }],
    preloadedDependencies: [{ machineName: library.machineName, majorVersion, minorVersion }],
  };
}

/** A zip with a fixed date, so the archive is reproducible. */
const zip = (files) => {
  const mtime = new Date('2026-01-01T00:00:00Z');
  return zipSync(Object.fromEntries(files.map(([name, data]) => [name, [new Uint8Array(Buffer.from(data)), { mtime }]])), { level: 9 });
};

/** The files of one library, by path inside its folder. */
export function libraryFiles(library, { content, version, scriptsDir = defaultDist, byLang = translations(), warn = console.warn }) {
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  /** @type {[string, string | Buffer][]} */
  const files = [
    ['library.json', json(libraryJson(library, content, version))],
    ['semantics.json', json(semantics(library.tag, content))],
  ];
  for (const { code: lang } of content.languages) {
    const known = lang === 'en' ? null : byLang[lang];
    if (lang !== 'en' && !known) warn(`H5P: no translation of the editor's labels in "${lang}" (kits/wordpress/languages/pekso-fields-${lang}_*.po): they stay in English`);
    const t = (text) => {
      if (!known) return text;
      if (!(text in known)) throw new Error(`H5P: "${text}" has no translation in "${lang}": add it to kits/wordpress/languages/pekso-fields-${lang}_*.po`);
      return known[text];
    };
    files.push([`language/${lang}.json`, json(languageFile(library.tag, content, lang, t))]);
  }
  files.push(
    ['icon.svg', readFileSync(kit(library.icon))],
    ['pekso-h5p.css', readFileSync(kit('pekso-h5p.css'))],
    [library.bundle, readFileSync(join(scriptsDir, library.bundle))],
    [library.script, readFileSync(join(scriptsDir, library.script))]
  );
  return files;
}

/** Writes every package into `outDir` (dist/ by default), for `langs` (default: every language); returns their names. */
export function buildH5p({ content = loadContent(), outDir = defaultDist, scriptsDir = defaultDist, langs = content.languages.map((l) => l.code) } = {}) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const byLang = translations();
  const written = [];
  for (const library of LIBRARIES) {
    const folder = libraryFolder(library, version);
    const inLibrary = libraryFiles(library, { content, version, scriptsDir, byLang }).map(([name, data]) => [`${folder}/${name}`, data]);
    for (const lang of langs) {
      const name = `${library.package}.${lang}.h5p`;
      const files = [
        ['h5p.json', `${JSON.stringify(h5pJson(library, content, lang, version), null, 2)}\n`],
        ['content/content.json', `${JSON.stringify(contentJson(library, content, lang), null, 2)}\n`],
        ...inLibrary,
      ];
      writeFileSync(join(outDir, name), zip(files));
      written.push(name);
    }
  }
  return written;
}

// `node --import tsx build/kits/h5p.mjs` (npm run build:kits): the packages in dist/.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`H5P: ${buildH5p().map((name) => `dist/${name}`).join(', ')}`);
}
