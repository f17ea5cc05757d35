// The documentation's tables, generated from the spec (src/spec.ts) and the content's
// languages and fields: the README's attribute tables (between <!-- attributes:TAG --> and
// <!-- /attributes -->) and its tables of events, parts and custom properties
// (<!-- generated:NAME --> … <!-- /generated -->), the embedding guide's query parameters
// (<!-- query:TAG --> … <!-- /query -->, and <!-- generated:embed-parameters -->), in
// docs/embedding.md and its Indonesian translation docs/embedding.id.md alike (the tables
// stay in English there: the spec's docs are English only), and the
// WordPress readme's settings (<!-- settings --> … <!-- /settings -->), and the README's
// Performance results from bench/results.json (<!-- generated:bench-results -->). `node --import tsx
// build/docs.mjs --write` rewrites them in place; test/node/readme.test.mjs fails when they
// are out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readmeResults } from '../bench/lib/report.mjs';
import { wordpressNamesOf } from '../src/attributes.ts';
import { loadContent } from './content/load.mjs';
import { attributesOf, spec, valuesOf } from './spec.mjs';

const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const benchResultsPath = fileURLToPath(new URL('../bench/results.json', import.meta.url));
const guidePath = fileURLToPath(new URL('../docs/embedding.md', import.meta.url));
const guideIdPath = fileURLToPath(new URL('../docs/embedding.id.md', import.meta.url));
const wordpressReadmePath = fileURLToPath(new URL('../kits/wordpress/readme.txt', import.meta.url));
const code = (text) => `\`${text}\``;
const MARKERS = /<!-- attributes:([\w-]+) -->\n[\s\S]*?<!-- \/attributes -->/g;

/**
 * An attribute's valid values, in words. `listFields`: name each field id (for the plugin's
 * readme, which ships with its content); otherwise field ids are named, not listed: they
 * are content, and a new field changes no table.
 */
function values(attribute, content, { listFields = false } = {}) {
  if (listFields && (attribute.values === 'fields' || attribute.values === 'items')) {
    const ids = valuesOf(attribute, content).map(code).join(', ');
    return attribute.type === 'list' ? `comma-separated, each one of ${ids}` : ids;
  }
  if (attribute.values === 'fields') return attribute.type === 'list' ? 'comma-separated field ids (the `id` of each file in `content/fields/`)' : 'a field id (the `id` of a file in `content/fields/`)';
  if (attribute.values === 'items') return `comma-separated field ids, and ${spec.FRAME_SECTIONS.map(code).join(', ')}`;
  if (attribute.type === 'boolean') return `on when present; ${spec.OFF_WORDS.map(code).join(', ')} (any case) turn it off`;
  if (attribute.type === 'text') return 'any text';
  if (attribute.type === 'integer') {
    const range = attribute.max === undefined ? `a whole number from ${attribute.min}` : `a whole number from ${attribute.min} to ${attribute.max}`;
    return [range, ...(attribute.words ?? []).map(code)].join(', or ');
  }
  const list = valuesOf(attribute, content).map(code).join(', ');
  return attribute.type === 'list' ? `comma-separated, each one of ${list}` : list;
}

function defaultOf(attribute) {
  if (attribute.defaultDoc) return attribute.defaultDoc;
  if (attribute.type === 'boolean') return attribute.default ? 'on' : 'off';
  return code(attribute.default);
}

/** The table of one element's attributes. */
export function attributeTable(tag, content = loadContent()) {
  const rows = attributesOf(tag).map((a) => {
    const { property, shortcode, block, query } = a.names;
    return `| ${code(a.name)} | ${code(property)} | ${code(shortcode)} / ${code(block)} / ${code(`?${query}`)} | ${a.doc} Values: ${values(a, content)}. | ${defaultOf(a)} |`;
  });
  return ['| Attribute | Property | Shortcode / block / embed query | What it does | Default |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The table of an element's settings as embed.html's query parameters. */
export function queryTable(tag, content = loadContent()) {
  const rows = attributesOf(tag).map((a) => `| ${code(a.names.query)} | ${a.doc} Values: ${values(a, content)}. | ${defaultOf(a)} |`);
  return ['| Parameter | What it does | Default |', '|---|---|---|', ...rows].join('\n');
}

const QUERY_MARKERS = /<!-- query:([\w-]+) -->\n[\s\S]*?<!-- \/query -->/g;
const SETTINGS_MARKERS = /<!-- settings -->\n[\s\S]*?<!-- \/settings -->/;

/** The WordPress readme's settings: each shortcode (and block) with its attributes, as a list. */
export function wordpressSettings(content = loadContent()) {
  return spec.TAGS.map((tag) => {
    const { shortcode, block } = wordpressNamesOf(tag);
    const items = attributesOf(tag).map((a) => {
      // The plugin always writes lang: the site's language when none is chosen (pekso_fields_default_lang).
      const fallback = a.name === 'lang' ? `the site's language if it is one of these, else ${code(content.languages[0].code)}` : defaultOf(a);
      return `* ${code(a.names.shortcode)}: ${a.doc} Values: ${values(a, content, { listFields: true })}. Default: ${fallback}.`;
    });
    return [`${code(`[${shortcode}]`)}, and the block ${code(block)} (the same settings in its sidebar)`, '', ...items].join('\n');
  }).join('\n\n');
}

const tags = (list) => list.map((tag) => `\`<${tag}>\``).join(', ');
const table = (header, rows) => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** The generated tables that are not per element, by marker name. */
const GENERATED = {
  events: () => table(['Event', 'On', '`detail`', 'Notes'], spec.EVENTS.map((e) => [code(e.name), tags(e.tags), e.detail.startsWith('{') ? code(e.detail) : e.detail, e.doc])),
  parts: () => table(['Part', 'On', 'What'], spec.PARTS.map((p) => [code(p.name), tags(p.tags), p.doc])),
  'css-properties': () => table(['Property', 'What', 'Default'], spec.CSS_PROPERTIES.map((p) => [code(p.name), p.doc, p.default])),
  // The last `npm run bench`, as it wrote bench/results.json.
  'bench-results': () => readmeResults(JSON.parse(readFileSync(benchResultsPath, 'utf8'))),
  'embed-parameters': () => table(['Parameter', 'What it does', 'Default'], spec.EMBED_PARAMETERS.map((p) => [code(p.name), `${p.doc}${'values' in p ? ` Values: ${p.values.map(code).join(', ')}.` : ''}`, 'default' in p ? code(p.default) : 'none'])),
};
const GENERATED_MARKERS = /<!-- generated:([\w-]+) -->\n[\s\S]*?<!-- \/generated -->/g;
const withGenerated = (text) =>
  text.replace(GENERATED_MARKERS, (_, name) => {
    if (!GENERATED[name]) throw new Error(`build/docs.mjs: no generated table "${name}"`);
    return `<!-- generated:${name} -->\n${GENERATED[name]()}\n<!-- /generated -->`;
  });

/** The README with every table regenerated. */
export function readmeWithTables(readme = readFileSync(readmePath, 'utf8'), content = loadContent()) {
  return withGenerated(readme.replace(MARKERS, (_, tag) => `<!-- attributes:${tag} -->\n${attributeTable(tag, content)}\n<!-- /attributes -->`));
}

/** The embedding guide (either language: pass docs/embedding.id.md's text) with every table regenerated. */
export function guideWithTables(guide = readFileSync(guidePath, 'utf8'), content = loadContent()) {
  return withGenerated(guide.replace(QUERY_MARKERS, (_, tag) => `<!-- query:${tag} -->\n${queryTable(tag, content)}\n<!-- /query -->`));
}

/** The WordPress plugin's readme.txt with its settings regenerated. */
export function wordpressReadmeWithSettings(readme = readFileSync(wordpressReadmePath, 'utf8'), content = loadContent()) {
  return readme.replace(SETTINGS_MARKERS, () => `<!-- settings -->\n${wordpressSettings(content)}\n<!-- /settings -->`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--write')) {
    writeFileSync(readmePath, readmeWithTables());
    writeFileSync(guidePath, guideWithTables());
    writeFileSync(guideIdPath, guideWithTables(readFileSync(guideIdPath, 'utf8')));
    writeFileSync(wordpressReadmePath, wordpressReadmeWithSettings());
  } else process.stdout.write(spec.TAGS.map((tag) => `${tag}\n${attributeTable(tag)}\n`).join('\n'));
}
