// The content's rules across files, which a schema of one file cannot state: ids are
// unique and match their files; every id a text names exists and is of the right kind (a
// law is a legal basis, never what a text rests on); every reference is used; every law or
// regulation cited has its stored text, with at least one article read word for word; a case
// does not quote its field's examples.
import { FRAME_SECTIONS } from '../../src/spec.ts';

/** `from: ours` / `basis: [ours]`: written by the widget's authors. */
export const OURS = 'ours';
/** CSL types of laws and regulations: a legal basis, not what a text rests on. */
export const LEGAL_TYPES = ['legislation', 'regulation'];
const listOf = (values) => values.map((v) => `"${v}"`).join(', ');

/** Words, for comparing texts: lower case, letters and digits only. */
export const wordsOf = (text) => text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
/** A case must not quote its field's examples word for word: no run this long in common. */
const QUOTE_RUN = 6;
const runsOf = (text) => {
  const words = wordsOf(text);
  return words.slice(0, Math.max(0, words.length - QUOTE_RUN + 1)).map((_, i) => words.slice(i, i + QUOTE_RUN).join(' '));
};

/**
 * Every reference the content cites: what fields rest on, their legal basis, further reading
 * and items; what the frame, the glossary and the cases cite or quote.
 * @param {import('./types.ts').Content} content
 * @returns {Set<string>}
 */
export function usedReferences({ fields, intro, methods, glossary, check }) {
  const ids = [
    ...fields.flatMap((f) => [...f.basis, ...(f.legalBasis ?? []), ...(f.furtherReading ?? []), ...[...f.scope, ...f.examples, ...f.roles].map((i) => i.from)]),
    ...[...intro, ...methods, ...glossary].flatMap((b) => [...(b.refs ?? []), ...(('quotes' in b && b.quotes) || []).map((q) => q.ref)]),
    ...check.flatMap((v) => v.refs ?? []),
  ];
  return new Set(ids.filter((id) => id && id !== OURS));
}

/**
 * @param {import('./types.ts').Content} content the checked files (a file that failed its schema is left out)
 * @param {{fieldFiles: string[], fields: any[], sourceFiles: string[], sources: any[], file: (name: string) => string, brokenFields?: any[], brokenFieldIds?: string[], brokenSourceRefs?: string[]}} files
 *   `broken…`: the ids of files that failed their schema (already reported): names of them are not reported again
 * @param {string[]} problems
 */
export function checkLinks(content, { fieldFiles, fields, sourceFiles, sources, file, brokenFields = [], brokenFieldIds = [], brokenSourceRefs = [] }, problems) {
  const { references, glossary, intro, methods, check } = content;
  const refs = new Map();
  for (const ref of references) {
    if (refs.has(ref.id)) problems.push(`${file('references.json')}: ${ref.id}: duplicate reference id`);
    if (ref.id === OURS) problems.push(`${file('references.json')}: ${ref.id}: "ours" is not a reference id`);
    refs.set(ref.id, ref);
  }
  const used = new Set();
  /** Notes a use of reference `id` at `where`; `kinds`: the CSL types allowed, `legal` to allow only laws, `text` to refuse them. */
  const use = (where, id, { ours = false, only = undefined } = {}) => {
    if (id === OURS) {
      if (!ours) problems.push(`${where}: "ours" is not a reference here`);
      return;
    }
    const ref = refs.get(id);
    if (!ref) {
      problems.push(`${where}: no reference "${id}" in references.json`);
      return;
    }
    used.add(id);
    const legal = LEGAL_TYPES.includes(ref.type);
    if (only === 'text' && legal) problems.push(`${where}: "${id}" is a law or regulation (${ref.type}); a text rests on other works, and names laws as its legal basis`);
    if (only === 'legal' && !legal) problems.push(`${where}: "${id}" is a ${ref.type}; a legal basis is a law or regulation (legislation, regulation)`);
  };

  // Fields: ids that match their files and are unique, related fields that exist, references by kind.
  const fieldIds = content.fields.map((f) => f.id);
  const seen = new Map();
  fields.forEach((field, n) => {
    if (!field) return;
    const where = fieldFiles[n];
    const fromName = where.replace(/^.*fields\/\d+-/, '').replace(/\.ya?ml$/, '');
    if (field.id !== fromName) problems.push(`${where}: id: "${field.id}" does not match the file name (expected "${fromName}")`);
    if (FRAME_SECTIONS.includes(field.id)) problems.push(`${where}: id: "${field.id}" names a section around the fields (taken: ${listOf(FRAME_SECTIONS)})`);
    if (seen.has(field.id)) problems.push(`${where}: id: duplicate id "${field.id}" (also in ${seen.get(field.id)})`);
    seen.set(field.id, where);
    field.related.forEach((r, i) => {
      if (brokenFieldIds.includes(r.field)) return;
      if (!fieldIds.includes(r.field)) problems.push(`${where}: related[${i + 1}].field: no field "${r.field}" (valid: ${listOf(fieldIds)})`);
      else if (r.field === field.id) problems.push(`${where}: related[${i + 1}].field: a field cannot be related to itself`);
    });
    field.basis.forEach((id, i) => use(`${where}: basis[${i + 1}]`, id, { ours: true, only: 'text' }));
    if (field.basis.includes(OURS) && field.basis.length > 1) problems.push(`${where}: basis: "ours" stands alone; put the references the text rests on instead`);
    field.legalBasis?.forEach((id, i) => use(`${where}: legalBasis[${i + 1}]`, id, { only: 'legal' }));
    field.furtherReading?.forEach((id, i) => use(`${where}: furtherReading[${i + 1}]`, id));
    for (const key of ['scope', 'examples', 'roles']) field[key].forEach((item, i) => item.from && use(`${where}: ${key}[${i + 1}].from`, item.from, { ours: true }));
  });

  // What a field that failed its schema cites is still cited (not "used nowhere").
  const listed = (value) => (Array.isArray(value) ? value : []);
  for (const raw of brokenFields) {
    const items = ['scope', 'examples', 'roles'].flatMap((key) => listed(raw[key]).map((item) => item?.from));
    for (const id of [...listed(raw.basis), ...listed(raw.legalBasis), ...listed(raw.furtherReading), ...items]) if (typeof id === 'string') used.add(id);
  }

  // The frame and the glossary: what they rest on, and what they quote.
  const blocks = (name, list) =>
    list.forEach((block, n) => {
      block.refs?.forEach((id, i) => use(`${file(name)}: [${n + 1}].refs[${i + 1}]`, id));
      block.quotes?.forEach((q, i) => use(`${file(name)}: [${n + 1}].quotes[${i + 1}].ref`, q.ref));
      if (block.refs && block.from) problems.push(`${file(name)}: [${n + 1}]: either refs or from: ours, not both`);
    });
  blocks('intro.yaml', intro);
  blocks('methods.yaml', methods);
  glossary.forEach((entry) => {
    entry.refs?.forEach((id, i) => use(`${file('glossary.yaml')}: ${entry.id}.refs[${i + 1}]`, id));
    entry.quotes?.forEach((q, i) => use(`${file('glossary.yaml')}: ${entry.id}.quotes[${i + 1}].ref`, q.ref));
  });
  for (const [list, name] of /** @type {[{id: string}[], string][]} */ ([[glossary, 'glossary.yaml'], [check, 'check.yaml']])) {
    const ids = new Set();
    for (const entry of list) {
      if (ids.has(entry.id)) problems.push(`${file(name)}: ${entry.id}.id: duplicate id`);
      ids.add(entry.id);
    }
  }

  // The check: each case answered by a field, citing what it rests on, not quoting the field's examples.
  for (const vignette of check) {
    vignette.refs?.forEach((id, i) => use(`${file('check.yaml')}: ${vignette.id}.refs[${i + 1}]`, id));
    const field = content.fields.find((f) => f.id === vignette.answer);
    if (!field && brokenFieldIds.includes(vignette.answer)) continue;
    if (!field) {
      problems.push(`${file('check.yaml')}: ${vignette.id}.answer: no field "${vignette.answer}" (valid: ${listOf(fieldIds)})`);
      continue;
    }
    for (const [lang, text] of Object.entries(vignette.case)) {
      const examples = new Set(field.examples.flatMap((item) => runsOf(item[lang] ?? '')));
      const quoted = runsOf(text).find((run) => examples.has(run));
      if (quoted) problems.push(`${file('check.yaml')}: ${vignette.id}.case.${lang}: quotes an example of "${field.id}" word for word ("${quoted}")`);
    }
  }

  // Stored sources: one file per instrument, named by its reference; every law cited has one.
  const stored = new Set();
  sources.forEach((source, n) => {
    if (!source) return;
    const where = sourceFiles[n];
    const fromName = where.replace(/^.*sources\//, '').replace(/\.yaml$/, '');
    if (source.ref !== fromName) problems.push(`${where}: ref: "${source.ref}" does not match the file name (expected "${fromName}")`);
    if (!refs.has(source.ref)) problems.push(`${where}: ref: no reference "${source.ref}" in references.json`);
    // A file with no article is a note that the text could not be read: not a stored text.
    if (Object.keys(source.articles).length) stored.add(source.ref);
    else if (used.has(source.ref)) problems.push(`${where}: articles: nothing stored, yet "${source.ref}" is cited: cite a law only once its text was read, or cite what was read instead`);
  });
  for (const id of used) {
    const hasFile = sources.some((s) => s?.ref === id) || brokenSourceRefs.includes(id);
    if (LEGAL_TYPES.includes(refs.get(id)?.type) && !hasFile) problems.push(`${file(`sources/${id}.yaml`)}: missing: "${id}" is cited, so its cited articles are stored here, with where they were read`);
  }
  // A stored source is no use of itself: a reference no text cites is reported all the same.
  for (const id of refs.keys()) if (!used.has(id)) problems.push(`${file('references.json')}: ${id}: not used anywhere (fields, frame, glossary, check)`);
}
