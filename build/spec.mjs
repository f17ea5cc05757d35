// The spec (src/spec.ts) for build scripts and tests, with each attribute's names and its
// documentation, read from its doc comment (which the bundle leaves out), and the
// languages and fields of the content filled in where the spec says "languages"/"fields".
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import * as spec from '../src/spec.ts';

const specPath = fileURLToPath(new URL('../src/spec.ts', import.meta.url));
export { spec };

/** The doc comment of each entry of the ATTRIBUTES array, in order: { doc, label, defaultDoc?, none?, options? }. */
function attributeDocs() {
  const source = ts.createSourceFile(specPath, readFileSync(specPath, 'utf8'), ts.ScriptTarget.Latest, true);
  /** @type {import('typescript').ArrayLiteralExpression} */
  let array = undefined;
  source.forEachChild(function find(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'ATTRIBUTES' && ts.isArrayLiteralExpression(node.initializer)) array = node.initializer;
    else node.forEachChild(find);
  });
  if (!array) throw new Error('src/spec.ts: no ATTRIBUTES array');
  return array.elements.map((element) => {
    const comment = ts.getLeadingCommentRanges(source.text, element.getFullStart())?.at(-1);
    const text = comment ? source.text.slice(comment.pos, comment.end) : '';
    const lines = text.replace(/^\/\*\*|\*\/$/g, '').split('\n').map((l) => l.replace(/^\s*\* ?/, '').trim()).filter(Boolean);
    const tags = (name) => lines.filter((l) => l.startsWith(`@${name} `)).map((l) => l.slice(name.length + 2));
    const doc = lines.filter((l) => !l.startsWith('@')).join(' ');
    const [label] = tags('label');
    if (!doc || !label) throw new Error(`src/spec.ts: ATTRIBUTES entry "${element.getText().slice(0, 40)}…" needs a doc comment with a @label`);
    const [defaultDoc] = tags('defaultDoc');
    const [none] = tags('none');
    const options = Object.fromEntries(tags('option').map((o) => [o.split(' ')[0], o.slice(o.indexOf(' ') + 1)]));
    return { doc, label, ...(defaultDoc ? { defaultDoc } : {}), ...(none ? { none } : {}), ...(Object.keys(options).length ? { options } : {}) };
  });
}

const docs = attributeDocs();

/** Every attribute with its names and docs. */
export const attributes = spec.ATTRIBUTES.map((attribute, i) => ({ ...attribute, names: spec.namesOf(attribute), ...docs[i] }));

/** The attributes of `tag`. */
export const attributesOf = (tag) => attributes.filter((a) => a.tags.includes(tag));

/** The valid values of an attribute, given the content. */
export function valuesOf(attribute, content) {
  if (attribute.values === 'languages') return content.languages.map((l) => l.code);
  if (attribute.values === 'fields') return content.fields.map((f) => f.id);
  if (attribute.values === 'items') return [...spec.FRAME_SECTIONS, ...content.fields.map((f) => f.id)];
  return attribute.values ?? [];
}
