// Reads content/, checks it, and returns plain data (build/content/types.ts). Every consumer
// (the bundles, the static HTML, the WordPress fallback, the kits) goes through here, so a
// mistake in a content file is reported once, as "file: key: what is wrong".
//
// Each file's shape is a JSON Schema in content/schema/ (which an editor with
// yaml-language-server also reads: each file names its schema on its first line), checked
// with ajv; the rules across files are below (links.mjs, quotes.mjs). Languages and fields
// are data: adding one needs no change here.
import Ajv from 'ajv';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { checkLinks } from './links.mjs';
import { checkQuotes } from './quotes.mjs';

export const defaultContentDir = fileURLToPath(new URL('../../content/', import.meta.url));
const schemaDir = fileURLToPath(new URL('../../content/schema/', import.meta.url));

export class ContentError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(`Content is invalid (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n` + problems.map((p) => `  ${p}`).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** The field files, in the order of their number prefix. */
const fieldFilesIn = (dir) =>
  existsSync(join(dir, 'fields'))
    ? readdirSync(join(dir, 'fields'))
      .filter((f) => /^\d+-.*\.ya?ml$/.test(f))
      .sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b))
      .map((f) => `fields/${f}`)
    : [];

const sourceFilesIn = (dir) => (existsSync(join(dir, 'sources')) ? readdirSync(join(dir, 'sources')).filter((f) => f.endsWith('.yaml')).sort().map((f) => `sources/${f}`) : []);

/** Every file of a content folder that the content is read from, relative to it. */
export const contentFiles = (dir = defaultContentDir) => [
  'languages.yaml', 'ui.yaml', 'references.json', 'glossary.yaml', 'intro.yaml', 'methods.yaml', 'check.yaml', ...fieldFilesIn(dir), ...sourceFilesIn(dir),
];

/** Each file's schema, by the name of its file in content/schema/. */
const SCHEMA_OF = (file) =>
  file.startsWith('fields/') ? 'field' : file.startsWith('sources/') ? 'source' : { 'intro.yaml': 'blocks', 'methods.yaml': 'blocks' }[file] ?? file.replace(/\.(ya?ml|json)$/, '');

/**
 * The schema checker for a content of languages `langs`: the shared definitions with every
 * language required in each translated text, and no other key there.
 */
function validators(langs) {
  const read = (name) => JSON.parse(readFileSync(join(schemaDir, `${name}.schema.json`), 'utf8'));
  const defs = read('defs');
  const text = defs.definitions.translated.additionalProperties;
  const perLanguage = Object.fromEntries(langs.map((lang) => [lang, text]));
  defs.definitions.translated = { ...defs.definitions.translated, required: langs, additionalProperties: false, properties: perLanguage };
  defs.definitions.item = { type: 'object', required: langs, additionalProperties: false, properties: { ...perLanguage, from: { $ref: '#/definitions/id' } } };
  // verbose: errors carry the value and the schema they are about, for the messages.
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
  ajv.addSchema(defs);
  const names = ['languages', 'field', 'blocks', 'glossary', 'check', 'ui', 'source', 'references'];
  return Object.fromEntries(names.map((name) => [name, ajv.compile(read(name))]));
}

/** `/examples/0/en` in a file as a key: `examples[1].en`, an entry of a list of entries by its id. */
function keyOf(path, data) {
  let key = '';
  let value = data;
  for (const part of path.split('/').slice(1)) {
    const entry = Array.isArray(value) ? value[Number(part)] : undefined;
    if (Array.isArray(value)) key += key === '' && typeof entry?.id === 'string' ? entry.id : `[${Number(part) + 1}]`;
    else key += `${key ? '.' : ''}${part}`;
    value = value?.[part];
  }
  return key;
}

const listOf = (values) => values.map((v) => `"${v}"`).join(', ');

/** An ajv error as a person would say it, with the key it is about. */
function problemOf(error, data, langs) {
  const at = keyOf(error.instancePath, data);
  const where = (extra) => [at, extra].filter(Boolean).join(at && extra && !extra.startsWith('[') ? '.' : '');
  const { keyword, params } = error;
  if (keyword === 'required') return [where(params.missingProperty), langs.includes(params.missingProperty) ? 'missing translation' : 'missing'];
  if (keyword === 'additionalProperties') {
    const allowed = Object.keys(error.parentSchema.properties ?? {});
    const noun = allowed.length && allowed.every((k) => langs.includes(k) || k === 'from') ? 'unknown language' : 'unknown key';
    return [where(params.additionalProperty), `${noun} (valid: ${listOf(allowed)})`];
  }
  if (keyword === 'minItems') return [at, error.data?.length ? `needs at least ${params.limit} items, has ${error.data.length}` : 'list is empty'];
  if (keyword === 'minLength' || (keyword === 'pattern' && params.pattern === '\\S')) return [at, 'expected a non-empty text'];
  if (keyword === 'enum') return [at, `"${error.data}" is not valid (valid: ${listOf(params.allowedValues)})`];
  if (keyword === 'const') return [at, `"${error.data}" is not valid (valid: "${params.allowedValue}")`];
  if (keyword === 'pattern') return [at, `"${error.data}" ${error.parentSchema.description ? `is not valid: ${error.parentSchema.description.replace(/\.$/, '')}` : `does not match ${params.pattern}`}`];
  if (keyword === 'type') return [at, `expected ${params.type === 'object' ? 'keys and values' : params.type === 'array' ? 'a list' : `a ${params.type}`}`];
  if (keyword === 'oneOf') return [at, 'expected one of text, list or levels'];
  return [at, error.message];
}

/**
 * Loads and checks a content folder.
 * @returns {import('./types.ts').Content}
 * @throws {ContentError} listing every problem as "file: key: what is wrong"
 */
export function loadContent(dir = defaultContentDir) {
  /** @type {string[]} */
  const problems = [];
  const rel = (file) => relative(process.cwd(), join(dir, file)) || file;
  const readFile = (file) => {
    const path = join(dir, file);
    if (!existsSync(path)) return problems.push(`${rel(file)}: missing`), undefined;
    try {
      const text = readFileSync(path, 'utf8');
      return file.endsWith('.json') ? JSON.parse(text) : parse(text);
    } catch (error) {
      return problems.push(`${rel(file)}: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${error.message.split('\n')[0]}`), undefined;
    }
  };

  const languagesData = readFile('languages.yaml');
  const langs = Array.isArray(languagesData) ? languagesData.map((l) => l?.code).filter((c) => typeof c === 'string') : [];
  if (!langs.length) throw new ContentError(problems.length ? problems : [`${rel('languages.yaml')}: no languages`]);
  const validate = validators(langs);

  /** Files read but not valid, by name: their ids still count for links (below), so one mistake is reported once. */
  const invalid = new Map();
  /**
   * Reads and checks one file against its schema; undefined when it is missing or not valid.
   * @returns {any}
   */
  const checked = (file) => {
    const data = readFile(file);
    if (data === undefined) return undefined;
    const check = validate[SCHEMA_OF(file)];
    if (check(data)) return data;
    for (const error of check.errors) {
      const [key, problem] = problemOf(error, data, langs);
      const message = `${rel(file)}: ${key ? `${key}: ` : ''}${problem}`;
      // One fault can break two rules of a schema (an empty text: its length and its pattern).
      if (!problems.includes(message)) problems.push(message);
    }
    invalid.set(file, data);
    return undefined;
  };

  const languages = checked('languages.yaml') ?? [];
  const ui = checked('ui.yaml') ?? {};
  const references = checked('references.json') ?? [];
  const glossary = checked('glossary.yaml') ?? [];
  const intro = checked('intro.yaml') ?? [];
  const methods = checked('methods.yaml') ?? [];
  const check = checked('check.yaml') ?? [];
  const fieldFiles = fieldFilesIn(dir);
  if (fieldFiles.length === 0) problems.push(`${rel('fields/')}: no field files (fields/<n>-<id>.yaml) found`);
  const fields = fieldFiles.map((file) => checked(file));
  const sourceFiles = sourceFilesIn(dir);
  const sources = sourceFiles.map((file) => checked(file));

  /** @type {import('./types.ts').Content} */
  const content = { languages, fields: fields.filter(Boolean), references, glossary, intro, methods, check, sources: sources.filter(Boolean), ui };
  // A field whose file failed its schema still exists: what names it is not wrong too.
  const brokenFields = fieldFiles.map((file) => invalid.get(file)).filter((data) => data && typeof data === 'object');
  const brokenFieldIds = brokenFields.map((data) => data.id).filter((id) => typeof id === 'string');
  const brokenSourceRefs = sourceFiles.map((file) => invalid.get(file)?.ref).filter((ref) => typeof ref === 'string');
  checkLinks(content, { fieldFiles: fieldFiles.map(rel), fields, sourceFiles: sourceFiles.map(rel), sources, file: rel, brokenFields, brokenFieldIds, brokenSourceRefs }, problems);
  checkQuotes(content, rel, problems);
  if (problems.length) throw new ContentError(problems);
  return content;
}

// `node --import tsx build/content/load.mjs [dir]` checks the content and prints a one-line summary.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { fields, languages, references, check, sources } = loadContent(process.argv[2]);
    console.log(`content OK: ${fields.length} fields (${fields.map((f) => f.id).join(', ')}), ${check.length} cases, ${references.length} references, ${sources.length} stored sources, in ${languages.map((l) => l.code).join(' and ')}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
