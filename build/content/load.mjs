// Reads content/, checks it, and returns plain data (the shape of src/content/types.ts).
// Every consumer (the bundle, the static HTML, the WordPress fallback, the kits) goes
// through here, so a mistake in a content file is reported once, as "file: key: what is
// wrong". Languages and fields are data: adding one needs no change here.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FRAME_SECTIONS } from '../../src/spec.ts';
import { parse } from 'yaml';


export const LEVELS = ['micro', 'mezzo', 'macro', 'all'];
export const REFERENCE_KINDS = ['web', 'paper', 'book', 'law', 'regulation', 'code'];
/** Kinds a field's text may rest on; laws and regulations are its legal basis instead. */
const TEXT_KINDS = ['web', 'paper', 'book', 'code'];
const LEGAL_KINDS = ['law', 'regulation'];
/** `from: ours` / `basis: [ours]`: written by the widget's authors. */
export const OURS = 'ours';
export const defaultContentDir = fileURLToPath(new URL('../../content/', import.meta.url));

export class ContentError extends Error {
  constructor(problems) {
    super(`Content is invalid (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n` +
      problems.map((p) => `  ${p}`).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = (v) => typeof v === 'string' && v.trim() !== '';
const listOf = (items) => items.map((k) => `"${k}"`).join(', ');

/**
 * A checker for one file: `problem(key, message)` records "file: key: message", and the
 * check* methods record what is wrong with a value and return it cleaned, or undefined.
 */
function checker(file, problems, langs) {
  const problem = (key, message) => {
    problems.push(`${file}: ${key ? `${key}: ` : ''}${message}`);
    return undefined;
  };

  /** `{ id: …, en: … }`: one non-empty text per language, and no other key. */
  function translated(value, key, { extra = [] } = {}) {
    if (!isObject(value)) return problem(key, `expected one text per language (${listOf(langs)})`);
    for (const k of Object.keys(value)) {
      if (!langs.includes(k) && !extra.includes(k)) problem(`${key}.${k}`, `unknown language (valid: ${listOf(langs)})`);
    }
    const missing = langs.filter((lang) => {
      if (value[lang] == null) problem(`${key}.${lang}`, 'missing translation');
      else if (!isText(value[lang])) problem(`${key}.${lang}`, 'expected a non-empty text');
      else return false;
      return true;
    });
    return missing.length ? undefined : Object.fromEntries(langs.map((lang) => [lang, value[lang].trim()]));
  }

  /** A list of items, each `{ id: …, en: …, from?: … }`: every language, in the same item. */
  function items(value, key, { min = 1 } = {}) {
    if (!Array.isArray(value)) return problem(key, 'expected a list');
    if (value.length < min) return problem(key, value.length ? `needs at least ${min} items, has ${value.length}` : 'list is empty');
    return value.map((item, i) => {
      const where = `${key}[${i + 1}]`;
      if (isText(item)) return problem(where, `expected one text per language (${listOf(langs)}), not a single text`);
      const text = translated(item, where, { extra: ['from'] });
      if (item?.from !== undefined && !isText(item.from)) problem(`${where}.from`, 'expected "ours" or a reference id');
      return text && { text, ...(item.from ? { from: item.from } : {}) };
    });
  }

  /** A list of ids (strings). */
  function ids(value, key, { min = 1 } = {}) {
    if (!Array.isArray(value) || value.some((v) => !isText(v))) return problem(key, 'expected a list of ids');
    if (value.length < min) return problem(key, 'list is empty');
    return value;
  }

  /** Reports keys not in `allowed`. */
  function known(data, allowed, prefix = '') {
    for (const k of Object.keys(data)) {
      if (!allowed.includes(k)) problem(`${prefix}${k}`, `unknown key (valid: ${listOf(allowed)})`);
    }
  }

  return { problem, translated, items, ids, known };
}

function readYaml(dir, file, problems) {
  const path = join(dir, file);
  if (!existsSync(path)) {
    problems.push(`${file}: missing`);
    return undefined;
  }
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${file}: not valid YAML: ${error.message.split('\n')[0]}`);
    return undefined;
  }
}

function checkLanguages(data, c) {
  if (!Array.isArray(data) || data.length === 0) return c.problem('', 'expected a list of languages'), [];
  const seen = new Set();
  return data.flatMap((lang, i) => {
    const where = `[${i + 1}]`;
    if (!isObject(lang)) return c.problem(where, 'expected code, name and dir'), [];
    c.known(lang, ['code', 'name', 'dir'], `${where}.`);
    if (!/^[a-z]{2,3}$/.test(lang.code ?? '')) return c.problem(`${where}.code`, `"${lang.code}" is not a two- or three-letter language code`), [];
    if (seen.has(lang.code)) return c.problem(`${where}.code`, `duplicate language "${lang.code}"`), [];
    seen.add(lang.code);
    if (!isText(lang.name)) c.problem(`${where}.name`, "expected the language's own name");
    if (!['ltr', 'rtl'].includes(lang.dir)) c.problem(`${where}.dir`, 'expected "ltr" or "rtl"');
    return [{ code: lang.code, name: lang.name, dir: lang.dir }];
  });
}

const ID = { valid: (/** @type {string} */ v) => /^[a-z][a-z0-9-]*$/.test(v), rule: 'expected lower-case letters, digits and dashes' };

/**
 * A list of entries each named by a unique `id`: checks the list (non-empty unless `empty`),
 * that each entry is an object with only `keys`, and its id; then returns what
 * `read(entry, where)` makes of each valid entry. `where` names the entry in messages: its
 * id, or its position.
 * @param {any} data
 * @param {ReturnType<typeof checker>} c
 * @param {{list: string, entry: string, keys: string[], duplicate: string, empty?: boolean, id?: {valid: (id: string) => boolean, rule: string}}} what
 * @param {(entry: any, where: string) => any[]} read
 */
function entriesById(data, c, { list, entry: expected, keys, duplicate, empty = false, id = ID }, read) {
  if (!Array.isArray(data) || (!empty && data.length === 0)) return c.problem('', `expected a list of ${list}`), [];
  const seen = new Set();
  return data.flatMap((entry, i) => {
    const where = isObject(entry) && isText(entry.id) ? entry.id : `[${i + 1}]`;
    if (!isObject(entry)) return c.problem(where, `expected ${expected}`), [];
    c.known(entry, keys, `${where}.`);
    if (!id.valid(entry.id ?? '')) return c.problem(`${where}.id`, id.rule), [];
    if (seen.has(entry.id)) return c.problem(`${where}.id`, duplicate), [];
    seen.add(entry.id);
    return read(entry, where);
  });
}

const REFERENCE_KEYS = ['id', 'kind', 'author', 'year', 'title', 'details', 'citeAs', 'cites'];

function checkReferences(data, c) {
  const id = { valid: (v) => /^[a-z0-9][a-z0-9-]*$/.test(v) && v !== OURS, rule: 'expected lower-case letters, digits and dashes (and not "ours")' };
  return entriesById(data, c, { list: 'references', entry: 'a reference', keys: REFERENCE_KEYS, duplicate: 'duplicate reference id', empty: true, id }, (ref, where) => {
    if (!REFERENCE_KINDS.includes(ref.kind)) c.problem(`${where}.kind`, `"${ref.kind}" is not a kind (valid: ${listOf(REFERENCE_KINDS)})`);
    if (ref.year !== undefined && !(Number.isInteger(ref.year) && ref.year > 1800 && ref.year < 2100)) c.problem(`${where}.year`, 'expected a year, or no year for "no date"');
    for (const key of ['title', 'citeAs']) if (!isText(ref[key])) c.problem(`${where}.${key}`, 'expected a non-empty text');
    if (ref.author !== undefined && !isText(ref.author)) c.problem(`${where}.author`, 'expected a non-empty text, or no author');
    const details = ref.details === undefined ? undefined : c.translated(ref.details, `${where}.details`);
    const cites = ref.cites === undefined ? undefined : c.ids(ref.cites, `${where}.cites`);
    return [{ ...ref, ...(details ? { details } : {}), ...(cites ? { cites } : {}) }];
  });
}

const FIELD_KEYS = ['id', 'level', 'name', 'summary', 'description', 'levelNote', 'scope', 'examples', 'roles', 'related', 'basis', 'legalBasis', 'furtherReading'];

function checkField(data, file, c) {
  if (!isObject(data)) return c.problem('', 'the file must hold the keys of one field');
  c.known(data, FIELD_KEYS);
  for (const key of FIELD_KEYS.filter((k) => !['levelNote', 'legalBasis', 'furtherReading'].includes(k))) {
    if (data[key] == null) c.problem(key, 'missing');
  }
  const idFromName = file.replace(/^fields\/\d+-/, '').replace(/\.ya?ml$/, '');
  if (data.id != null && !ID.valid(String(data.id))) c.problem('id', `"${data.id}" must be lower-case letters, digits and dashes`);
  else if (data.id != null && data.id !== idFromName) c.problem('id', `"${data.id}" does not match the file name (expected "${idFromName}")`);
  else if (FRAME_SECTIONS.includes(data.id)) c.problem('id', `"${data.id}" names a section around the fields (taken: ${listOf(FRAME_SECTIONS)})`);
  if (data.level != null && !LEVELS.includes(data.level)) c.problem('level', `"${data.level}" is not a level (valid: ${listOf(LEVELS)})`);
  const t = (key) => (data[key] == null ? undefined : c.translated(data[key], key));
  const related = Array.isArray(data.related) && data.related.length
    ? data.related.map((r, i) => {
      const where = `related[${i + 1}]`;
      if (!isObject(r) || !isText(r.field)) return c.problem(where, 'expected a field id and a reason');
      c.known(r, ['field', 'reason'], `${where}.`);
      return { field: r.field, reason: c.translated(r.reason, `${where}.reason`) };
    })
    : data.related != null && c.problem('related', 'expected a list of at least one related field');
  return {
    id: data.id,
    level: data.level,
    name: t('name'),
    summary: t('summary'),
    description: t('description'),
    ...(data.levelNote != null ? { levelNote: t('levelNote') } : {}),
    scope: data.scope != null ? c.items(data.scope, 'scope') : undefined,
    examples: data.examples != null ? c.items(data.examples, 'examples', { min: 4 }) : undefined,
    roles: data.roles != null ? c.items(data.roles, 'roles') : undefined,
    related,
    basis: data.basis != null ? c.ids(data.basis, 'basis') : undefined,
    ...(data.legalBasis != null ? { legalBasis: c.ids(data.legalBasis, 'legalBasis') } : {}),
    ...(data.furtherReading != null ? { furtherReading: c.ids(data.furtherReading, 'furtherReading') } : {}),
  };
}

/** The glossary: terms with a definition, in every language, each with a unique id. */
function checkGlossary(data, c) {
  return entriesById(data, c, { list: 'terms', entry: 'id, term and definition', keys: ['id', 'term', 'definition', 'refs'], duplicate: 'duplicate term' }, (entry, where) => {
    const term = c.translated(entry.term, `${where}.term`);
    const definition = c.translated(entry.definition, `${where}.definition`);
    const refs = entry.refs === undefined ? undefined : c.ids(entry.refs, `${where}.refs`);
    return term && definition ? [{ id: entry.id, term, definition, ...(refs ? { refs } : {}) }] : [];
  });
}

/**
 * The introduction: paragraphs (with the references they rest on) and one list of levels.
 * @returns {import('./types.ts').IntroBlock[]}
 */
function checkIntro(data, c) {
  if (!Array.isArray(data) || data.length === 0) return c.problem('', 'expected a list of blocks'), [];
  return data.flatMap((/** @type {any} */ block, i) => /** @type {any[]} */ (introBlock(block, i, c)));
}

/** One block of the introduction, checked: a paragraph, or the list of levels. */
function introBlock(block, i, c) {
  const where = `[${i + 1}]`;
  if (isObject(block) && 'levels' in block) {
    c.known(block, ['levels'], `${where}.`);
    if (!Array.isArray(block.levels) || !block.levels.length) return c.problem(`${where}.levels`, 'expected a list of levels'), [];
    const levels = block.levels.map((entry, j) => {
      const at = `${where}.levels[${j + 1}]`;
      if (!LEVELS.includes(entry?.level)) c.problem(`${at}.level`, `"${entry?.level}" is not a level (valid: ${listOf(LEVELS)})`);
      return { level: entry?.level, text: c.translated(entry?.text, `${at}.text`) };
    });
    return [{ levels }];
  }
  if (!isObject(block)) return c.problem(where, 'expected a paragraph (text) or the levels (levels)'), [];
  c.known(block, ['text', 'refs'], `${where}.`);
  const text = c.translated(block.text, `${where}.text`);
  const refs = block.refs === undefined ? undefined : c.ids(block.refs, `${where}.refs`);
  return text ? [{ text, ...(refs ? { refs } : {}) }] : [];
}

/** Words, for comparing texts: lower case, letters and digits only. */
const wordsOf = (text) => text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
/** A vignette must not quote its field's examples word for word: no run this long in common. */
const QUOTE_RUN = 6;
const runsOf = (text) => {
  const words = wordsOf(text);
  return words.slice(0, Math.max(0, words.length - QUOTE_RUN + 1)).map((_, i) => words.slice(i, i + QUOTE_RUN).join(' '));
};

/** The learning check's case vignettes: each a case and why, in every language, answered by a field. */
function checkVignettes(data, c) {
  return entriesById(data, c, { list: 'vignettes', entry: 'id, answer, case and why', keys: ['id', 'answer', 'case', 'why', 'refs'], duplicate: 'duplicate vignette' }, (entry, where) => {
    if (!isText(entry.answer)) c.problem(`${where}.answer`, 'expected a field id');
    const text = c.translated(entry.case, `${where}.case`);
    const why = c.translated(entry.why, `${where}.why`);
    const refs = entry.refs === undefined ? undefined : c.ids(entry.refs, `${where}.refs`);
    return text && why ? [{ id: entry.id, answer: entry.answer, case: text, why, ...(refs ? { refs } : {}) }] : [];
  });
}

/** Cross-file checks: every id a field names exists, and has the right kind; every reference is used. */
function checkLinks({ fields, references, glossary, intro, check }, fieldFiles, problems) {
  const fieldIds = new Set(fields.map((f) => f.id));
  const refs = new Map(references.map((r) => [r.id, r]));
  const used = new Set();
  const use = (file, key, id, kinds) => {
    if (id === OURS && !kinds) return problems.push(`${file}: ${key}: "ours" is not a reference here`);
    if (id === OURS) return;
    const ref = refs.get(id);
    if (!ref) return problems.push(`${file}: ${key}: no reference "${id}" in references.yaml`);
    used.add(id);
    if (kinds && !kinds.includes(ref.kind)) problems.push(`${file}: ${key}: "${id}" is a ${ref.kind}; expected ${listOf(kinds)}`);
  };
  fields.forEach((field, n) => {
    const file = fieldFiles[n];
    field.related?.forEach((r, i) => {
      if (!fieldIds.has(r.field)) problems.push(`${file}: related[${i + 1}].field: no field "${r.field}" (valid: ${listOf([...fieldIds])})`);
      else if (r.field === field.id) problems.push(`${file}: related[${i + 1}].field: a field cannot be related to itself`);
    });
    field.basis?.forEach((id, i) => use(file, `basis[${i + 1}]`, id, TEXT_KINDS));
    if (field.basis?.includes(OURS) && field.basis.length > 1) problems.push(`${file}: basis: "ours" stands alone; put the references the text rests on instead`);
    field.legalBasis?.forEach((id, i) => use(file, `legalBasis[${i + 1}]`, id === OURS ? '(ours)' : id, LEGAL_KINDS));
    field.furtherReading?.forEach((id, i) => use(file, `furtherReading[${i + 1}]`, id));
    for (const key of ['scope', 'examples', 'roles']) {
      field[key]?.forEach((item, i) => item?.from && use(file, `${key}[${i + 1}].from`, item.from, [...TEXT_KINDS, ...LEGAL_KINDS]));
    }
  });
  glossary.forEach((entry) => entry.refs?.forEach((id, i) => use('glossary.yaml', `${entry.id}.refs[${i + 1}]`, id)));
  for (const vignette of check) {
    vignette.refs?.forEach((id, i) => use('check.yaml', `${vignette.id}.refs[${i + 1}]`, id));
    const field = fields.find((f) => f.id === vignette.answer);
    if (!field) {
      problems.push(`check.yaml: ${vignette.id}.answer: no field "${vignette.answer}" (valid: ${listOf([...fieldIds])})`);
      continue;
    }
    for (const [lang, text] of Object.entries(vignette.case)) {
      const examples = new Set((field.examples ?? []).flatMap((item) => (item ? runsOf(item.text[lang] ?? '') : [])));
      const quoted = runsOf(text).find((run) => examples.has(run));
      if (quoted) problems.push(`check.yaml: ${vignette.id}.case.${lang}: quotes an example of "${field.id}" word for word ("${quoted}")`);
    }
  }
  intro.forEach((block, n) => block.refs?.forEach((id, i) => use('intro.yaml', `[${n + 1}].refs[${i + 1}]`, id)));
  // A reference cited by a used reference is used too (the blog page cites Suharto).
  for (const id of [...used]) for (const cited of refs.get(id)?.cites ?? []) use('references.yaml', `${id}.cites`, cited);
  for (const id of refs.keys()) if (!used.has(id)) problems.push(`references.yaml: ${id}: not used anywhere (fields, glossary, intro, check)`);
}

/** The field files, in the order of their number prefix. */
const fieldFilesIn = (dir) =>
  existsSync(join(dir, 'fields'))
    ? readdirSync(join(dir, 'fields'))
      .filter((f) => /^\d+-.*\.ya?ml$/.test(f))
      .sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b))
      .map((f) => `fields/${f}`)
    : [];

/** Every file of a content folder that the content is read from, relative to it. */
export const contentFiles = (dir = defaultContentDir) => ['languages.yaml', 'ui.yaml', 'references.yaml', 'glossary.yaml', 'intro.yaml', 'check.yaml', ...fieldFilesIn(dir)];

/**
 * Loads and checks a content folder.
 * @returns {import('./types.ts').Content}
 * @throws {ContentError} listing every problem as "file: key: what is wrong"
 */
export function loadContent(dir = defaultContentDir) {
  const problems = [];
  const rel = (file) => relative(process.cwd(), join(dir, file)) || file;

  const languages = checkLanguages(readYaml(dir, 'languages.yaml', problems), checker(rel('languages.yaml'), problems, []));
  const langs = languages.map((l) => l.code);
  if (!langs.length) throw new ContentError(problems.length ? problems : [`${rel('languages.yaml')}: no languages`]);

  const uiData = readYaml(dir, 'ui.yaml', problems) ?? {};
  const uiCheck = checker(rel('ui.yaml'), problems, langs);
  const ui = Object.fromEntries(Object.entries(uiData).map(([key, value]) => [key, uiCheck.translated(value, key)]));

  const references = checkReferences(readYaml(dir, 'references.yaml', problems) ?? [], checker(rel('references.yaml'), problems, langs));

  const fieldFiles = fieldFilesIn(dir);
  if (fieldFiles.length === 0) problems.push(`${rel('fields/')}: no field files (fields/<n>-<id>.yaml) found`);
  const fields = [];
  const seen = new Map();
  for (const file of fieldFiles) {
    const data = readYaml(dir, file, problems);
    if (data === undefined) continue;
    const field = checkField(data, file, checker(rel(file), problems, langs));
    if (!field) continue;
    if (seen.has(field.id)) problems.push(`${rel(file)}: id: duplicate id "${field.id}" (also in ${rel(seen.get(field.id))})`);
    seen.set(field.id, file);
    fields.push(field);
  }
  const glossary = checkGlossary(readYaml(dir, 'glossary.yaml', problems) ?? [], checker(rel('glossary.yaml'), problems, langs));
  const intro = checkIntro(readYaml(dir, 'intro.yaml', problems) ?? [], checker(rel('intro.yaml'), problems, langs));
  const check = checkVignettes(readYaml(dir, 'check.yaml', problems) ?? [], checker(rel('check.yaml'), problems, langs));
  checkLinks({ fields, references, glossary, intro, check }, fieldFiles.map(rel), problems);

  if (problems.length) throw new ContentError(problems);
  return { languages, fields, references, glossary, intro, check, ui };
}

// `node scripts/content.mjs [dir]` checks the content and prints a one-line summary.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { fields, languages, references } = loadContent(process.argv[2]);
    console.log(`content OK: ${fields.length} fields (${fields.map((f) => f.id).join(', ')}), ${references.length} references, in ${languages.map((l) => l.code).join(' and ')}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
