/**
 * The one description of what a field's panel shows: its sections, in order, with their
 * words. The elements show it live and every static page shows it as HTML, so the two
 * cannot drift apart. Pure functions of the content: no DOM, no Lit.
 */
import { anchorId } from '../../src/markup/ids.ts';
import type { TreeNode } from '../../src/markup/tree.ts';
import { LEGAL_TYPES, OURS } from '../content/links.mjs';
import type { Field, Item } from '../content/types.ts';
import { el } from './nodes.ts';
import { referenceNodes, referencesOf } from './references.ts';
import { inline, uiText, withNote, type RenderContext } from './text.ts';

export type { RenderContext };

const isLegal = ({ content }: RenderContext, id: string) => LEGAL_TYPES.includes(content.references.find((r) => r.id === id)!.type);

/** An item's text, with where it comes from when that is not the field's basis. */
function itemText(context: RenderContext, item: Item, markEach: boolean): TreeNode[] {
  const text = inline(context, item[context.lang]);
  if (!item.from || !markEach) return text;
  return withNote(text, item.from === OURS ? uiText(context, 'added') : referencesOf(context).cite(item.from));
}

/** A list with its sub-heading. When every item was added by us, the heading says so once. */
function list(context: RenderContext, key: string, items: readonly Item[], basis: readonly string[]): TreeNode[] {
  const allOurs = !basis.includes(OURS) && items.every((item) => item.from === OURS);
  const label = allOurs ? `${uiText(context, key)} (${uiText(context, 'added')})` : uiText(context, key);
  const markEach = !allOurs && !basis.includes(OURS);
  return [
    el('h', { class: 'label', part: 'label' }, [label], { depth: 1 }),
    el('ul', { class: key, part: key }, items.map((item) => el('li', undefined, itemText(context, item, markEach)))),
  ];
}

/** The references of a field, each in full: what its text rests on, its legal basis, further reading. */
function sources(context: RenderContext, field: Field): TreeNode[] {
  const fromItems = [...field.scope, ...field.examples, ...field.roles].flatMap((item) => (item.from && item.from !== OURS ? [item.from] : []));
  const unique = (ids: readonly string[]) => [...new Set(ids)];
  const basis = unique([...field.basis, ...fromItems.filter((id) => !isLegal(context, id))]);
  const legal = unique([...(field.legalBasis ?? []), ...fromItems.filter((id) => isLegal(context, id))]);
  const line = (labelKey: string, id: string) =>
    el('li', undefined, [`${uiText(context, labelKey)} `, ...(id === OURS ? [`${uiText(context, 'ours')}.`] : referenceNodes(context, id))]);
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
      field.related.map((r) => el('li', undefined, [el('a', { href: `#${anchorId(r.field)}` }, [name(r.field)]), ': ', ...inline(context, r.reason[context.lang])]))
    ),
  ];
}

/** The level of practice, in words. Levels are the widget authors' addition unless the whole text is. */
export function levelText(context: RenderContext, field: Field): TreeNode[] {
  const level = uiText(context, 'level', { level: uiText(context, field.level).toLocaleLowerCase(context.lang) });
  const note = field.levelNote ? [' ', ...inline(context, field.levelNote[context.lang])] : [];
  return withNote([level, ...note], field.basis.includes(OURS) ? undefined : uiText(context, 'added'));
}

/** What a field's panel holds, in order. */
export function fieldBody(context: RenderContext, field: Field): TreeNode[] {
  return [
    el('p', { class: 'description', part: 'description' }, inline(context, field.description[context.lang])),
    el('p', { class: 'level', part: 'level' }, levelText(context, field)),
    ...list(context, 'scope', field.scope, field.basis),
    ...list(context, 'examples', field.examples, field.basis),
    ...list(context, 'roles', field.roles, field.basis),
    ...related(context, field),
    ...sources(context, field),
  ];
}
