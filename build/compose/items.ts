/**
 * What a <pekso-fields> shows, as accordion items: the teaching frame's sections
 * (render/frame.ts) around the fields (render/field.ts). Each item has a header (name,
 * level badge for a field, summary line) and a panel. The bundle carries the items laid
 * out (render/bundle.ts); static HTML is each item's heading then `details`.
 */
import type { Content, Field, Lang } from '../../src/content/types.js';
import { FRAME_BEFORE_FIELDS, FRAME_SECTIONS, type FrameSection } from '../../src/spec.js';
import { anchorId, fieldBody, uiText, type RenderContext } from './field.js';
import { frameItem, type WidgetRelease } from './frame.js';
import type { TreeElement, TreeNode } from '../../src/markup/tree.js';

export type { WidgetRelease };

export interface ItemView {
  id: string;
  name: string;
  /** A field's level of practice. */
  badge?: string;
  summary: string;
  body: TreeNode[];
}

export const fieldView = (context: RenderContext, field: Field): ItemView => ({
  id: field.id,
  name: field.name[context.lang],
  badge: uiText(context, field.level),
  summary: field.summary[context.lang],
  body: fieldBody(context, field),
});

/**
 * An item as the elements show it: an APG accordion item, a heading holding only a button
 * that controls a panel labelled by it. The button's name is the item's name and level
 * with a pause between them ("Casework, Micro": the comma is visually hidden); the summary
 * line is its description, hidden from the name and pointed to by aria-describedby. The
 * panel starts closed, `hidden="until-found"`, so find-in-page can reach its text; the
 * element keeps `aria-expanded` and `hidden` in step (shared/item.ts). The panel is empty
 * here: its body (`view.body`) travels apart, for the element to put in when it is needed.
 */
export function liveTree(view: ItemView): TreeElement {
  const { id, badge } = view;
  const span = (attrs: Record<string, string>, text?: string): TreeElement => ({ tag: 'span', attrs, children: text ? [text] : [] });
  const button: TreeElement = {
    tag: 'button',
    attrs: { class: 'button', part: 'button', id: `b-${id}`, 'aria-expanded': 'false', 'aria-controls': `p-${id}`, 'aria-describedby': `s-${id}` },
    children: [
      span({ class: 'name', part: 'name' }, view.name),
      ...(badge ? [span({ class: 'visually-hidden' }, ', '), span({ class: 'badge', part: 'badge' }, badge)] : []),
      span({ class: 'summary', part: 'summary', id: `s-${id}`, 'aria-hidden': 'true' }, view.summary),
      span({ class: 'icon', 'aria-hidden': 'true' }),
    ],
  };
  return {
    tag: 'div',
    attrs: { class: 'item', part: 'item' },
    children: [
      { tag: 'h', depth: 0, attrs: { class: 'header', part: 'header' }, children: [button] },
      { tag: 'div', attrs: { class: 'panel', part: 'panel', id: `p-${id}`, role: 'region', 'aria-labelledby': `b-${id}`, hidden: 'until-found' } },
    ],
  };
}

/**
 * An item as static HTML: its heading (outside `details`, so it survives sanitizers that
 * drop `details`), then `details`. The heading reads "Casework, Micro" as plain text; the
 * fallback stylesheet (src/fallback.css) hides the comma and draws the level as the
 * widget's badge, so the fallback takes the widget's height.
 */
export function itemStatic(view: ItemView): TreeNode[] {
  const { badge } = view;
  const span = (className: string, text: string): TreeElement => ({ tag: 'span', attrs: { class: className }, children: [text] });
  const heading = badge ? [span('pekso-name', view.name), span('pekso-comma', ', '), span('pekso-badge', badge)] : [span('pekso-name', view.name)];
  return [
    { tag: 'h', depth: 0, attrs: { id: anchorId(view.id) }, children: heading },
    { tag: 'details', item: view.id, children: [{ tag: 'summary', children: [view.summary] }, ...view.body] },
  ];
}

export interface StaticOptions {
  lang: Lang;
  /** The fields shown, in this order. Default: all. */
  fields?: readonly string[];
  /** The frame's sections shown. Default: all. */
  frame?: readonly FrameSection[];
  release: WidgetRelease;
}

/**
 * What a <pekso-fields> shows, as static HTML, in a `div lang` so that screen readers
 * pronounce it in the right language whatever the host page says.
 */
export function staticTree(content: Content, { lang, fields, frame = FRAME_SECTIONS, release }: StaticOptions): TreeElement {
  const context = { content, lang };
  const chosen = fields ? fields.flatMap((id) => content.fields.filter((f) => f.id === id)) : content.fields;
  const section = (id: FrameSection) => (frame.includes(id) ? itemStatic(frameItem(context, id, release)) : []);
  const dir = content.languages.find((l) => l.code === lang)?.dir ?? 'ltr';
  return {
    tag: 'div',
    attrs: { class: 'pekso-static', lang, ...(dir === 'rtl' ? { dir } : {}) },
    children: [
      ...FRAME_BEFORE_FIELDS.flatMap(section),
      ...chosen.flatMap((field) => itemStatic(fieldView(context, field))),
      ...FRAME_SECTIONS.filter((id) => !FRAME_BEFORE_FIELDS.includes(id)).flatMap(section),
    ],
  };
}
