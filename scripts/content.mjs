// Reads content/*.yaml, checks it against the schema, and returns plain data.
// Every consumer (the bundle, the static HTML, the WordPress fallback) goes through here,
// so a mistake in a content file is reported once, with the file and key to fix.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const LANGS = ['id', 'en'];
export const LEVELS = ['micro', 'mezzo', 'macro'];
export const defaultContentDir = fileURLToPath(new URL('../content/', import.meta.url));

/** Keys of a field file: kind of value and whether it is required. */
const FIELD_SCHEMA = {
  id: { kind: 'id', required: true },
  level: { kind: 'level', required: true },
  name: { kind: 'text', required: true },
  summary: { kind: 'text', required: true },
  description: { kind: 'text', required: true },
  levelNote: { kind: 'text', required: false },
  dealsWith: { kind: 'list', required: true },
  examples: { kind: 'list', required: true, min: 4 },
  roles: { kind: 'list', required: true },
  sources: { kind: 'citations', required: true },
  furtherReading: { kind: 'citations', required: false },
};

const UI_KEYS = [
  'expandAll', 'collapseAll', 'dealsWith', 'examples', 'roles', 'sources',
  'furtherReading', 'level', 'micro', 'mezzo', 'macro', 'title', 'unknownField',
];

export class ContentError extends Error {
  constructor(problems) {
    super(`Content is invalid (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n` +
      problems.map((p) => `  ${p}`).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

const isNonEmptyString = (v) => typeof v === 'string' && v.trim() !== '';
const listOf = (items) => items.map((k) => `"${k}"`).join(', ');

/** Checks `{ id: …, en: … }`; returns the value or undefined, recording problems. */
function checkTranslated(value, where, problem, checkOne) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problem(`${where}: expected one entry per language (${listOf(LANGS)})`);
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!LANGS.includes(key)) problem(`${where}.${key}: unknown language (valid: ${listOf(LANGS)})`);
  }
  for (const lang of LANGS) {
    if (!(lang in value) || value[lang] === null) problem(`${where}.${lang}: missing translation`);
    else checkOne(value[lang], `${where}.${lang}`);
  }
  return value;
}

function checkText(value, where, problem) {
  if (!isNonEmptyString(value)) problem(`${where}: expected a non-empty text`);
}

function checkList(value, where, problem, min = 1) {
  if (!Array.isArray(value)) return problem(`${where}: expected a list`);
  if (value.length === 0) return problem(`${where}: list is empty`);
  if (value.length < min) problem(`${where}: needs at least ${min} items, has ${value.length}`);
  value.forEach((item, i) => checkText(item, `${where}[${i + 1}]`, problem));
}

function checkField(data, file, problem) {
  const idFromName = file.replace(/^\d+-/, '').replace(/\.ya?ml$/, '');
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problem('the file must hold the keys of one field');
    return;
  }
  for (const key of Object.keys(data)) {
    if (!(key in FIELD_SCHEMA)) problem(`${key}: unknown key (valid: ${listOf(Object.keys(FIELD_SCHEMA))})`);
  }
  for (const [key, rule] of Object.entries(FIELD_SCHEMA)) {
    const value = data[key];
    if (value === undefined || value === null) {
      if (rule.required) problem(`${key}: missing`);
      continue;
    }
    switch (rule.kind) {
      case 'id':
        if (!/^[a-z][a-z0-9-]*$/.test(String(value))) problem(`${key}: "${value}" must be lower-case letters, digits and dashes`);
        else if (value !== idFromName) problem(`${key}: "${value}" does not match the file name (expected "${idFromName}")`);
        break;
      case 'level':
        if (!LEVELS.includes(value)) problem(`${key}: "${value}" is not a level (valid: ${listOf(LEVELS)})`);
        break;
      case 'text':
        checkTranslated(value, key, problem, (v, w) => checkText(v, w, problem));
        break;
      case 'list': {
        checkTranslated(value, key, problem, (v, w) => checkList(v, w, problem, rule.min));
        const [a, b] = LANGS.map((l) => value?.[l]);
        if (Array.isArray(a) && Array.isArray(b) && a.length && b.length && a.length !== b.length) {
          problem(`${key}: ${LANGS[0]} has ${a.length} items but ${LANGS[1]} has ${b.length}; each item needs its translation`);
        }
        break;
      }
      case 'citations':
        checkList(value, key, problem);
        break;
    }
  }
}

function readYaml(path, rel, problems) {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${rel}: not valid YAML: ${error.message.split('\n')[0]}`);
    return undefined;
  }
}

/**
 * Loads and validates the content folder.
 * @returns {{ fields: object[], ui: object }} fields in file-name order
 * @throws {ContentError} listing every problem as "file: key: what is wrong"
 */
export function loadContent(dir = defaultContentDir) {
  const problems = [];
  const rel = (file) => relative(process.cwd(), join(dir, file)) || file;
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && f !== 'ui.yaml')
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b));

  const fields = [];
  const seen = new Map();
  for (const file of files) {
    const data = readYaml(join(dir, file), rel(file), problems);
    if (data === undefined) continue;
    const before = problems.length;
    checkField(data, file, (p) => problems.push(`${rel(file)}: ${p}`));
    if (typeof data?.id === 'string') {
      if (seen.has(data.id)) problems.push(`${rel(file)}: id: duplicate id "${data.id}" (also in ${rel(seen.get(data.id))})`);
      seen.set(data.id, file);
    }
    if (problems.length === before) fields.push(data);
  }
  if (files.length === 0) problems.push(`${rel('')}: no field files (*.yaml) found`);

  const ui = readYaml(join(dir, 'ui.yaml'), rel('ui.yaml'), problems) ?? {};
  for (const key of Object.keys(ui)) {
    if (!UI_KEYS.includes(key)) problems.push(`${rel('ui.yaml')}: ${key}: unknown key (valid: ${listOf(UI_KEYS)})`);
  }
  for (const key of UI_KEYS) {
    const p = (m) => problems.push(`${rel('ui.yaml')}: ${m}`);
    if (ui[key] == null) p(`${key}: missing`);
    else checkTranslated(ui[key], key, p, (v, w) => checkText(v, w, p));
  }

  if (problems.length) throw new ContentError(problems);
  return { fields, ui };
}

// `node scripts/content.mjs [dir]` checks the content and prints a one-line summary.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { fields } = loadContent(process.argv[2]);
    console.log(`content OK: ${fields.length} fields (${fields.map((f) => f.id).join(', ')}) in ${LANGS.join(' and ')}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
