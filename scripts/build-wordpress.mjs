// Builds dist/pekso-fields-wordpress.zip: the plugin in src/wordpress/, its own copy of
// the classic bundle, and data/fallback.json, the server-rendered fallback generated
// here from content/*.yaml (through static-html.mjs, as the LMS snippets are), so the
// PHP never holds content of its own. Run after rollup: it needs dist/pekso-fields.classic.js.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, loadContent } from './content.mjs';
import { renderFieldHtml } from './static-html.mjs';
import { zip } from './zip.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'src/wordpress');
const bundle = join(root, 'dist/pekso-fields.classic.js');
const out = join(root, 'dist/pekso-fields-wordpress.zip');
export const HEADING_LEVELS = [2, 3, 4, 5, 6];

/**
 * Everything the plugin needs to know about the content: the field ids and names (for
 * validation and the block's controls) and each field's fallback HTML per language and
 * heading level, closed. PHP opens a field by adding `open` to its first `<details>`:
 * text is escaped, so the field's own `<details>` is the first one in its fragment.
 */
export function fallbackData(content = loadContent()) {
  const html = {};
  for (const lang of LANGS) {
    html[lang] = {};
    for (const level of HEADING_LEVELS) {
      html[lang][level] = Object.fromEntries(
        content.fields.map((field) => [field.id, renderFieldHtml(field, content.ui, { lang, headingLevel: level })])
      );
    }
  }
  return {
    langs: LANGS,
    headingLevels: HEADING_LEVELS,
    fields: content.fields.map((field) => ({ id: field.id, name: field.name })),
    html,
  };
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

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function buildWordPress() {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const files = new Map(walk(source).sort().map((path) => [relative(source, path).split('\\').join('/'), readFileSync(path)]));
  checkVersion(files, version);
  files.set('assets/pekso-fields.classic.js', readFileSync(bundle));
  files.set('data/fallback.json', JSON.stringify(fallbackData()));
  const archive = zip([...files].map(([name, data]) => ({ name: `pekso-fields/${name}`, data })));
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
