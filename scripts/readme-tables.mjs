// The README's attribute tables, generated from the spec (src/spec.ts) and the content's
// languages and fields. `node scripts/readme-tables.mjs --write` rewrites them in place,
// between <!-- attributes:TAG --> and <!-- /attributes -->; test/node/readme.test.mjs
// fails when they are out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadContent } from './content.mjs';
import { attributesOf, spec, valuesOf } from './spec.mjs';

const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const code = (text) => `\`${text}\``;
const MARKERS = /<!-- attributes:([\w-]+) -->\n[\s\S]*?<!-- \/attributes -->/g;

function values(attribute, content) {
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

/** The README with every table regenerated. */
export function readmeWithTables(readme = readFileSync(readmePath, 'utf8'), content = loadContent()) {
  return readme.replace(MARKERS, (_, tag) => `<!-- attributes:${tag} -->\n${attributeTable(tag, content)}\n<!-- /attributes -->`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--write')) writeFileSync(readmePath, readmeWithTables());
  else process.stdout.write(spec.TAGS.map((tag) => `${tag}\n${attributeTable(tag)}\n`).join('\n'));
}
