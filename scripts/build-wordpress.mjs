// Builds dist/pekso-fields-wordpress.zip: the plugin in src/wordpress/, its own copy of
// the classic bundle, and what the build derives for it, so the PHP holds no content and
// no attribute list of its own:
//   data/spec.json       the elements' attributes (src/spec.ts), languages and fields
//   data/fallback.json   each field's markup tree per language (src/render/field.ts)
//   blocks/*/block.json  with the block's attributes from the spec
// Run after rollup: it needs dist/pekso-fields.classic.js.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { loadContent } from './content.mjs';
import { checkParts, fieldView, frameItem, itemStatic, staticTree, widgetRelease } from './render.mjs';
import { attributesOf, spec, valuesOf } from './spec.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'src/wordpress');

/** What the PHP validates against: the spec with the content's languages and fields filled in. */
export function specJson(content = loadContent()) {
  return {
    offWords: spec.OFF_WORDS,
    frame: {
      sections: spec.FRAME_SECTIONS.map((id) => ({ id, name: content.ui[`${id}Name`] })),
      beforeFields: spec.FRAME_BEFORE_FIELDS,
    },
    languages: content.languages,
    fields: content.fields.map((field) => ({ id: field.id, name: field.name })),
    elements: Object.fromEntries(
      spec.TAGS.map((tag) => [
        tag,
        {
          ...spec.wordpressNamesOf(tag),
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

/**
 * Each item's static markup per language (fields, and the frame's sections), free of
 * heading level and open state, and the wrapper's attributes.
 */
export function fallbackJson(content = loadContent()) {
  const release = widgetRelease();
  return Object.fromEntries(
    content.languages.map(({ code: lang }) => [
      lang,
      {
        attrs: staticTree(content, { lang, fields: [], frame: [], release }).attrs,
        fields: Object.fromEntries(content.fields.map((field) => [field.id, itemStatic(fieldView({ content, lang }, field))])),
        frame: Object.fromEntries(spec.FRAME_SECTIONS.map((id) => [id, itemStatic(frameItem({ content, lang }, id, release))])),
        check: checkParts({ content, lang }, content.check),
      },
    ])
  );
}

/**
 * A block's attributes, from the spec: strings, and booleans for flags. A choice of numbers
 * (the heading level) also takes a number, as posts saved by version 0.1 hold it.
 */
export function blockAttributes(tag, content = loadContent()) {
  const numeric = (a) => a.type === 'choice' && valuesOf(a, content).every((v) => /^\d+$/.test(v));
  return Object.fromEntries(
    attributesOf(tag).map((a) => [
      a.names.block,
      a.type === 'boolean'
        ? { type: 'boolean', default: a.default === true }
        : { type: numeric(a) ? ['string', 'number'] : 'string', default: a.default ?? '' },
    ])
  );
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
      throw new Error(`src/wordpress/${name} says version ${found ?? '(none)'} but package.json says ${version}: update ${pattern}`);
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
    files.set(name, JSON.stringify({ ...block, name: spec.wordpressNamesOf(tag).block, attributes: blockAttributes(tag, content) }, null, '\t'));
  }
  files.set('assets/pekso-fields.classic.js', readFileSync(join(root, 'dist/pekso-fields.classic.js')));
  files.set('data/spec.json', JSON.stringify(specJson(content)));
  files.set('data/fallback.json', JSON.stringify(fallbackJson(content)));
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
