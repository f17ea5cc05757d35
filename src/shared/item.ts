import type { BundledItem } from '../content/index.js';
import { toDom } from '../render/dom.js';

/**
 * The elements' items, live: each item's markup (laid out at build time, render/items.ts)
 * is built as DOM once per language and heading level and copied for each element, which
 * costs no template parts, no comment markers and no JavaScript heap per text. The element
 * keeps each copy's open state in step (syncItem) and handles its events at its root.
 */

/** The address a citation of the widget names: the page's canonical one, else its own without the fragment. */
const pageUrl = (): string => document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href || location.href.split('#')[0];

/** An element's copy of an item, with the nodes it keeps in step. */
export interface LiveItem {
  id: string;
  root: HTMLElement;
  button: HTMLElement;
  panel: HTMLElement;
}

const built = new Map<string, HTMLElement>();
const copies = new WeakMap<object, Map<string, LiveItem>>();

/** `host`'s own copy of `item`, made once per language and heading level. */
export function liveItem(host: object, item: BundledItem, lang: string, headingLevel: number): LiveItem {
  const key = `${item.id}|${lang}|${headingLevel}`;
  let own = copies.get(host);
  if (!own) copies.set(host, (own = new Map()));
  let live = own.get(key);
  if (!live) {
    let original = built.get(key);
    if (!original) built.set(key, (original = toDom([item.tree[lang]], { headingLevel, pageUrl: pageUrl() }).firstChild as HTMLElement));
    const root = original.cloneNode(true) as HTMLElement;
    own.set(key, (live = { id: item.id, root, button: root.querySelector('.button')!, panel: root.querySelector('.panel')! }));
  }
  return live;
}

/**
 * Shows `live` open or closed. A panel that cannot close (an `expanded` card) has its
 * button disabled, as the APG accordion pattern says.
 */
export function syncItem({ button, panel }: LiveItem, open: boolean, fixed = false): void {
  button.setAttribute('aria-expanded', String(open));
  if (fixed) button.setAttribute('aria-disabled', 'true');
  else button.removeAttribute('aria-disabled');
  if (open) panel.removeAttribute('hidden');
  else panel.setAttribute('hidden', 'until-found');
}

/**
 * The items' roots in one fragment, for a Lit child part: one part and no marker per item.
 * The same list gives the same fragment, which Lit then leaves as it is.
 */
export function itemList(previous: { key: string; nodes: DocumentFragment } | undefined, items: readonly LiveItem[], key: string) {
  if (previous?.key === key) return previous;
  const nodes = document.createDocumentFragment();
  nodes.append(...items.map((item) => item.root));
  return { key, nodes };
}
