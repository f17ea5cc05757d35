// Builds dist/pekso-fields-wordpress.zip: the plugin in kits/wordpress/, its own copies of
// the classic bundles, and what the build derives for it, so the PHP holds no content, no
// attribute list and no markup of its own:
//   data/spec.json       the elements (what each shows) and their attributes (src/spec.ts), languages and fields
//   data/fallback.json   the static documents per language (build/compose/static.ts): the accordion and the check
//   data/case-schema.json the schema of one case of the check (build/content/case-schema.mjs), for a lecturer's own cases
//   blocks/*/block.json  with the block's attributes from the spec, and those of the plugin alone that block.json declares
// Run after rollup: it needs dist/pekso-fields.classic.js.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import gettextParser from 'gettext-parser';
import { WP_Pot } from 'wp-pot';
import { caseSchema } from '../content/case-schema.mjs';
import { loadContent } from '../content/load.mjs';
import { wordpressNamesOf } from '../../src/attributes.ts';
import { fallbackCss } from '../compose/fallback-css.ts';
import { documents } from '../compose/static.ts';
import { MAX_OWN_CASES } from '../../src/elements/check/progress.ts';
import { attributesOf, spec, valuesOf } from '../spec.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const source = join(root, 'kits/wordpress');

/** What the PHP validates against: the spec with the content's languages and fields filled in. */
export function specJson(content = loadContent()) {
  return {
    offWords: spec.OFF_WORDS,
    // The frame's sections by name, for the editor's list of items to open.
    frame: { sections: spec.FRAME_SECTIONS.map((id) => ({ id, name: content.ui[`${id}Name`] })) },
    languages: content.languages,
    fields: content.fields.map((field) => ({ id: field.id, name: field.name })),
    // A lecturer's own cases (includes/cases.php), read as the element reads them: an id one
    // of the built-in cases has is renamed, and at most `max` are asked.
    ownCases: { taken: content.check.map((c) => c.id), max: MAX_OWN_CASES },
    elements: Object.fromEntries(
      spec.TAGS.map((tag) => [
        tag,
        {
          ...wordpressNamesOf(tag),
          ...spec.ELEMENTS[tag],
          attributes: attributesOf(tag).map(({ tags: _tags, ...attribute }) => ({
            ...attribute,
            values: valuesOf(attribute, content),
            ...(typeof attribute.values === 'string' ? { valuesFrom: attribute.values } : {}),
          })),
        },
      ])
    ),
  };
}

/** The static documents of every language, with heading level and open state left to the page (src/markup/tree.ts). */
export function fallbackJson(content = loadContent()) {
  return Object.fromEntries(content.languages.map(({ code: lang }) => [lang, documents(content, lang)]));
}

/**
 * A block's attributes, from the spec: booleans for flags, numbers or strings for integers
 * (posts saved by version 0.1 hold the heading level as a string), strings for the rest.
 */
export function blockAttributes(tag) {
  return Object.fromEntries(
    attributesOf(tag).map((a) => [
      a.names.block,
      a.type === 'boolean'
        ? { type: 'boolean', default: a.default === true }
        : { type: a.type === 'integer' ? ['number', 'string'] : 'string', default: a.default ?? '' },
    ])
  );
}

/** The translatable strings of block.json, with the contexts WordPress translates them in. */
const BLOCK_I18N = { title: 'block title', description: 'block description', keywords: 'block keyword' };

/**
 * Every string the plugin shows, for translators: the PHP's (read by wp-pot), the editor's
 * control labels (from the spec), and each block's title, description and keywords.
 * @returns {{msgid: string, msgctxt?: string, comment?: string}[]}
 */
export function pluginStrings() {
  const pot = new WP_Pot({ php: { textdomain: 'pekso-fields' } }).parse(join(source, '**/*.php').split('\\').join('/')).generatePot();
  /** @type {{msgid: string, msgctxt?: string, comment?: string}[]} */
  const strings = Object.values(gettextParser.po.parse(pot).translations[''])
    .filter((t) => t.msgid)
    .map((t) => ({ msgid: t.msgid, ...(t.comments?.extracted ? { comment: t.comments.extracted } : {}) }));
  for (const attribute of spec.TAGS.flatMap((tag) => attributesOf(tag))) {
    for (const text of [attribute.label, attribute.none, ...Object.values(attribute.options ?? {})]) if (text) strings.push({ msgid: text });
  }
  for (const path of walk(join(source, 'blocks')).filter((p) => p.endsWith('block.json'))) {
    const block = JSON.parse(readFileSync(path, 'utf8'));
    for (const [key, msgctxt] of Object.entries(BLOCK_I18N)) for (const msgid of [block[key]].flat()) strings.push({ msgid, msgctxt });
  }
  // One entry per context and text (gettext's key); the first, with its comment, is kept.
  const unique = new Map();
  for (const string of strings) {
    const key = `${string.msgctxt ?? ''}\u0004${string.msgid}`;
    if (!unique.has(key)) unique.set(key, string);
  }
  return [...unique.values()];
}

/** The POT file translators start from. */
export function potFile(strings = pluginStrings()) {
  const translations = {};
  for (const { msgid, msgctxt = '', comment } of strings) {
    (translations[msgctxt] ??= {})[msgid] = { msgid, ...(msgctxt ? { msgctxt } : {}), msgstr: [''], ...(comment ? { comments: { extracted: comment } } : {}) };
  }
  return gettextParser.po.compile({ charset: 'utf-8', headers: { 'Project-Id-Version': 'pekso-fields', 'Content-Type': 'text/plain; charset=UTF-8' }, translations });
}

/**
 * The translations, compiled from kits/wordpress/languages/*.po: a .mo file for PHP and, for
 * the editor script, the JSON wp_set_script_translations reads (named after its handle).
 */
function compiledTranslations(files) {
  for (const [name, data] of [...files]) {
    const match = /^languages\/pekso-fields-(\w+)\.po$/.exec(name);
    if (!match) continue;
    const po = gettextParser.po.parse(data);
    files.set(`languages/pekso-fields-${match[1]}.mo`, gettextParser.mo.compile(po));
    const messages = { '': { domain: 'messages', lang: match[1], 'plural-forms': po.headers['Plural-Forms'] } };
    for (const [msgid, entry] of Object.entries(po.translations[''] ?? {})) if (msgid) messages[msgid] = entry.msgstr;
    files.set(`languages/pekso-fields-${match[1]}-pekso-editor.json`, JSON.stringify({ domain: 'messages', locale_data: { messages } }));
  }
}

/** Checks that the plugin header, readme and constant all carry package.json's version. */
function checkVersion(files, version) {
  const wanted = [
    ['pekso-fields.php', /^ \* Version:\s*(\S+)/m],
    ['pekso-fields.php', /define\(\s*'PEKSO_FIELDS_VERSION',\s*'([^']+)'/],
    ['readme.txt', /^Stable tag:\s*(\S+)/m],
  ];
  for (const [name, pattern] of wanted) {
    const found = files.get(name).toString().match(pattern)?.[1];
    if (found !== version) {
      throw new Error(`kits/wordpress/${name} says version ${found ?? '(none)'} but package.json says ${version}: update ${pattern}`);
    }
  }
}

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

export function buildWordPress({ out = join(root, 'dist/pekso-fields-wordpress.zip') } = {}) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const files = new Map(walk(source).sort().map((path) => [relative(source, path).split('\\').join('/'), readFileSync(path)]));
  checkVersion(files, version);
  const content = loadContent();
  for (const tag of spec.TAGS) {
    const name = `blocks/${tag}/block.json`;
    if (!files.has(name)) continue;
    const block = JSON.parse(files.get(name).toString());
    // A block's own attributes, not the element's (the check's `ownCases`), are declared in block.json itself.
    files.set(name, JSON.stringify({ ...block, name: wordpressNamesOf(tag).block, attributes: { ...blockAttributes(tag), ...block.attributes } }, null, '\t'));
  }
  // Every element in every language, and per language every element, the accordion's, the check's.
  files.set('assets/pekso-fields.classic.js', readFileSync(join(root, 'dist/pekso-fields.classic.js')));
  for (const { code: lang } of content.languages) {
    for (const bundle of ['fields', 'accordion', 'check']) {
      const file = `pekso-${bundle}.${lang}.classic.js`;
      files.set(`assets/${file}`, readFileSync(join(root, 'dist', file)));
    }
  }
  files.set('assets/pekso-fallback.css', fallbackCss());
  files.set('languages/pekso-fields.pot', potFile());
  compiledTranslations(files);
  files.set('data/spec.json', JSON.stringify(specJson(content)));
  files.set('data/fallback.json', JSON.stringify(fallbackJson(content)));
  files.set('data/case-schema.json', JSON.stringify(caseSchema()));
  // A fixed date keeps the archive reproducible.
  const mtime = new Date('2026-01-01T00:00:00Z');
  const archive = zipSync(
    Object.fromEntries([...files].map(([name, data]) => [`pekso-fields/${name}`, [new Uint8Array(data instanceof Buffer ? data : Buffer.from(data)), { mtime }]])),
    { level: 9 }
  );
  writeFileSync(out, archive);
  return { out, files: [...files.keys()], bytes: archive.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { out: path, files, bytes } = buildWordPress();
    console.log(`WordPress plugin: ${relative(process.cwd(), path)} (${files.length} files, ${(bytes / 1024).toFixed(1)} KiB)`);
  } catch (error) {
    console.error(`WordPress plugin: ${error.message}`);
    process.exit(1);
  }
}
