/**
 * The one description of what a field's panel shows: its sections, in order, with their
 * words. The elements show it live and every static page shows it as HTML, so the two
 * cannot drift apart. Pure functions of the content: no DOM, no Lit.
 */
import type { Content, Field, Item, Lang, Reference } from '../content/types.ts';
export type { Lang };
import type { TreeNode } from '../../src/markup/tree.ts';
import { anchorId } from '../../src/markup/ids.ts';
import { el } from './nodes.ts';

/** `from: ours` and `basis: [ours]`: written by the widget's authors. */
export const OURS = 'ours';

/** The words of one language, for one render. */
export interface RenderContext {
  content: Content;
  lang: Lang;
}

/** A UI string, with `{name}` slots filled from `vars`. */
export const uiText = ({ content, lang }: RenderContext, key: string, vars: Record<string, string> = {}): string =>
  content.ui[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '');

const referenceById = (content: Content, id: string): Reference => {
  const ref = content.references.find((r) => r.id === id);
  if (!ref) throw new Error(`no reference "${id}"`);
  return ref;
};

/** "(Rubin & Babbie, 2017)"-style short form, without the brackets. */
export function citeShort(context: RenderContext, ref: Reference): string {
  return `${ref.citeAs}, ${ref.year ?? uiText(context, 'noDate')}`;
}

/** Titles are italic (as `cite`) in APA 7, but for laws and regulations. */
const title = (ref: Reference): TreeNode => (ref.kind === 'law' || ref.kind === 'regulation' ? ref.title : el('cite', undefined, [ref.title]));

/**
 * A reference in APA 7 style: "Author (Year). Title details", or with no author,
 * "Title. (Year). details". A reference that cites another says so.
 */
export function apa(context: RenderContext, ref: Reference): TreeNode[] {
  const year = `(${ref.year ?? uiText(context, 'noDate')}).`;
  const text = ref.details?.[context.lang];
  // An edition or a [description] follows the title directly; a publisher after a full stop.
  const details = text ? (/^[([]/.test(text) ? ` ${text}` : `. ${text}`) : '';
  const parts: TreeNode[] = ref.author
    ? [`${ref.author} ${year} `, title(ref), details || '.']
    : [title(ref), `. ${year}`, details.replace(/^\./, '')];
  for (const id of ref.cites ?? []) {
    const cited = referenceById(context.content, id);
    parts.push(` ${uiText(context, 'cites', { ref: `${cited.citeAs} (${cited.year ?? uiText(context, 'noDate')})` })}`);
  }
  return parts;
}

/** `text` with `(note)` before its closing full stop, as an APA in-text citation goes. */
export const withNote = (text: string, note: string | undefined): string => {
  if (!note) return text;
  const [, body, stop] = /^([\s\S]*?)([.!?]?)$/.exec(text)!;
  return `${body} (${note})${stop}`;
};

/** An item's text, with where it comes from when that is not the field's basis. */
function itemText(context: RenderContext, item: Item, markEach: boolean): string {
  if (!item.from || !markEach) return item.text[context.lang];
  const mark = item.from === OURS ? uiText(context, 'added') : citeShort(context, referenceById(context.content, item.from));
  return withNote(item.text[context.lang], mark);
}

/** A list with its sub-heading. When every item was added by us, the heading says so once. */
function list(context: RenderContext, key: string, items: readonly Item[], basis: readonly string[]): TreeNode[] {
  const allOurs = !basis.includes(OURS) && items.every((item) => item.from === OURS);
  const label = allOurs ? `${uiText(context, key)} (${uiText(context, 'added')})` : uiText(context, key);
  const markEach = !allOurs && !basis.includes(OURS);
  return [
    el('h', { class: 'label', part: 'label' }, [label], { depth: 1 }),
    el('ul', { class: key, part: key }, items.map((item) => el('li', undefined, [itemText(context, item, markEach)]))),
  ];
}

/** The references of a field: what its text rests on, its legal basis, further reading. */
function sources(context: RenderContext, field: Field): TreeNode[] {
  const { content } = context;
  const fromItems = [...field.scope, ...field.examples, ...field.roles].flatMap((item) => (item.from && item.from !== OURS ? [item.from] : []));
  const isLegal = (id: string) => ['law', 'regulation'].includes(referenceById(content, id).kind);
  const unique = (ids: readonly string[]) => [...new Set(ids)];
  const basis = unique([...field.basis, ...fromItems.filter((id) => !isLegal(id))]);
  const legal = unique([...(field.legalBasis ?? []), ...fromItems.filter(isLegal)]);
  const line = (labelKey: string, id: string) =>
    el('li', undefined, [`${uiText(context, labelKey)} `, ...(id === OURS ? [`${uiText(context, 'ours')}.`] : apa(context, referenceById(content, id)))]);
  return [
    el('h', { class: 'label', part: 'label' }, [uiText(context, 'sources')], { depth: 1 }),
    el('ul', { class: 'sources', part: 'sources' }, [
      ...basis.map((id) => line('basis', id)),
      ...legal.map((id) => line('legalBasis', id)),
      ...(field.furtherReading ?? []).map((id) => line('furtherReading', id)),
    ]),
  ];
}

/** The related fields: a link to each (an in-page anchor; the element opens the field), and why. */
function related(context: RenderContext, field: Field): TreeNode[] {
  const name = (id: string) => context.content.fields.find((f) => f.id === id)?.name[context.lang] ?? id;
  return [
    el('h', { class: 'label', part: 'label' }, [uiText(context, 'related')], { depth: 1 }),
    el(
      'ul',
      { class: 'related', part: 'related' },
      field.related.map((r) => el('li', undefined, [el('a', { href: `#${anchorId(r.field)}` }, [name(r.field)]), `: ${r.reason[context.lang]}`]))
    ),
  ];
}

/** The level of practice, in words. Levels are the widget authors' addition unless the whole text is. */
export function levelText(context: RenderContext, field: Field): string {
  const level = uiText(context, 'level', { level: uiText(context, field.level) });
  const note = field.levelNote ? ` ${field.levelNote[context.lang]}` : '';
  return withNote(`${level}${note}`, field.basis.includes(OURS) ? undefined : uiText(context, 'added'));
}

/** What a field's panel holds, in order. */
export function fieldBody(context: RenderContext, field: Field): TreeNode[] {
  return [
    el('p', { class: 'description', part: 'description' }, [field.description[context.lang]]),
    el('p', { class: 'level', part: 'level' }, [levelText(context, field)]),
    ...list(context, 'scope', field.scope, field.basis),
    ...list(context, 'examples', field.examples, field.basis),
    ...list(context, 'roles', field.roles, field.basis),
    ...related(context, field),
    ...sources(context, field),
  ];
}
