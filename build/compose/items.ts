/**
 * The accordion's items, composed once per language: the teaching frame's sections
 * (frame.ts) and the fields (field.ts), in the order the spec gives (ELEMENTS, src/spec.ts),
 * each tagged with its id. An item has a header (name, level badge for a field, summary
 * line) and a panel. The bundle carries each item as the elements show it (liveTree); every
 * static page shows them as a heading then a `details` (staticItem).
 */
import type { Content } from '../content/types.ts';
import { ELEMENTS, type FrameSection } from '../../src/spec.ts';
import { anchorId } from '../../src/markup/ids.ts';
import type { TreeElement, TreeNode } from '../../src/markup/tree.ts';
import { fieldBody, uiText, type RenderContext } from './field.ts';
import { frameItem, type WidgetRelease } from './frame.ts';
import { el } from './nodes.ts';

export type { WidgetRelease };

export interface ItemView {
  id: string;
  name: string;
  /** A field's level of practice. */
  badge?: string;
  summary: string;
  body: TreeNode[];
}

/** Every item in `context.lang`, in the spec's order: the frame's sections around the fields. */
export function itemViews(context: RenderContext, release: WidgetRelease): ItemView[] {
  const { content } = context;
  const frame = (id: FrameSection): ItemView => frameItem(context, id, release);
  const fields = content.fields.map((field): ItemView => ({
    id: field.id,
    name: field.name[context.lang],
    badge: uiText(context, field.level),
    summary: field.summary[context.lang],
    body: fieldBody(context, field),
  }));
  return ELEMENTS['pekso-fields'].items.flatMap((name) => (name === 'fields' ? fields : [frame(name)]));
}

/**
 * An item as the elements show it: an APG accordion item, a heading holding only a button
 * that controls a panel labelled by it. The button's name is the item's name and level
 * with a pause between them ("Casework, Micro": the comma is visually hidden); the summary
 * line is its description, hidden from the name and pointed to by aria-describedby. The
 * panel starts closed, `hidden="until-found"`, so find-in-page can reach its text; the
 * element keeps `aria-expanded` and `hidden` in step (src/elements/accordion/item.ts). The
 * panel is empty here: its body travels apart, for the element to put in when it is needed.
 */
export function liveTree(view: ItemView): TreeElement {
  const { id, badge } = view;
  const span = (attrs: Record<string, string>, text?: string) => el('span', attrs, text ? [text] : []);
  const button = el('button', { class: 'button', part: 'button', id: `b-${id}`, 'aria-expanded': 'false', 'aria-controls': `p-${id}`, 'aria-describedby': `s-${id}` }, [
    span({ class: 'name', part: 'name' }, view.name),
    ...(badge ? [el(undefined, { part: 'badge' }, [span({ class: 'visually-hidden' }, ', '), span({ class: 'badge', part: 'badge' }, badge)])] : []),
    span({ class: 'summary', part: 'summary', id: `s-${id}`, 'aria-hidden': 'true' }, view.summary),
    span({ class: 'icon', 'aria-hidden': 'true' }),
  ]);
  return el('div', { class: 'item', part: 'item' }, [
    el('h', { class: 'header', part: 'header' }, [button], { depth: 0 }),
    el('div', { class: 'panel', part: 'panel', id: `p-${id}`, role: 'region', 'aria-labelledby': `b-${id}`, hidden: 'until-found' }, []),
  ], { item: id });
}

/**
 * An item as static HTML: its heading (outside `details`, so it survives sanitizers that
 * drop `details`), then `details`. The heading reads "Casework, Micro" as plain text; the
 * fallback stylesheet (src/markup/pekso-fallback.css) hides the comma and draws the level
 * as the widget's badge, so the fallback takes the widget's height.
 */
export function staticItem(view: ItemView): TreeElement {
  const span = (className: string, text: string) => el('span', { class: className }, [text]);
  const badge = view.badge ? [el(undefined, { part: 'badge' }, [span('pekso-comma', ', '), span('pekso-badge', view.badge)])] : [];
  return el(undefined, undefined, [
    el('h', { id: anchorId(view.id) }, [span('pekso-name', view.name), ...badge], { depth: 0 }),
    el('details', undefined, [el('summary', undefined, [view.summary]), ...view.body]),
  ], { item: view.id });
}

/** The root of a static document, in a `div lang` (and `dir`) so that screen readers pronounce it in its language whatever the host page says. */
export function staticRoot(content: Content, lang: string, children: readonly TreeNode[]): TreeElement {
  const dir = content.languages.find((l) => l.code === lang)?.dir ?? 'ltr';
  return el('div', { class: 'pekso-static', lang, ...(dir === 'rtl' ? { dir } : {}) }, children);
}
