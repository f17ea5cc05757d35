import type { BundledItem } from '../../content/types.js';
import { toDom } from '../../markup/dom.js';
import type { TreeNode } from '../../markup/tree.js';

/**
 * The elements' items, live: each item's markup (laid out at build time, build/compose/items.ts)
 * is built as DOM once per language, heading level and hidden parts, and copied for each element, which
 * costs no template parts, no comment markers and no JavaScript heap per text. The element
 * keeps each copy's open state in step (syncItem) and handles its events at its root.
 *
 * A panel's body is put in when the panel first opens, or else in idle time after the copy
 * is made, or before printing: closed panels are needed by find-in-page and print, not by
 * the first paint.
 */

/** The address a citation of the widget names: the page's canonical one, else its own without the fragment. */
const pageUrl = (): string => document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href || location.href.split('#')[0];

/** An element's copy of an item, with the nodes it keeps in step. */
export interface LiveItem {
  id: string;
  root: HTMLElement;
  button: HTMLElement;
  panel: HTMLElement;
  /** Makes the panel's body. */
  body: () => Node;
}

const built = new Map<string, Node>();
const copies = new WeakMap<object, Map<string, LiveItem>>();

/** Copies whose panels are still empty. */
const empty = new Set<LiveItem>();

/** A copy of the DOM that `tree()` describes, built once per `key`. */
function copyOf(key: string, tree: () => readonly TreeNode[], headingLevel: number, hidden: readonly string[]): Node {
  let original = built.get(key);
  if (!original) built.set(key, (original = toDom(tree(), { headingLevel, hidden, pageUrl: pageUrl() })));
  return original.cloneNode(true);
}

/** `host`'s own copy of `item`, made once per language, heading level and hidden parts, its panel still empty. */
export function liveItem(host: object, item: BundledItem, lang: string, headingLevel: number, hidden: readonly string[] = []): LiveItem {
  const key = `${item.id}|${lang}|${headingLevel}|${hidden}`;
  let own = copies.get(host);
  if (!own) copies.set(host, (own = new Map()));
  let live = own.get(key);
  if (!live) {
    const root = copyOf(key, () => [item.tree![lang]], headingLevel, hidden).firstChild as HTMLElement;
    const body = () => copyOf(`${key}|body`, () => JSON.parse(item.body![lang]) as TreeNode[], headingLevel, hidden);
    own.set(key, (live = { id: item.id, root, button: root.querySelector('.button')!, panel: root.querySelector('.panel')!, body }));
    if (empty.add(live).size === 1) askIdle();
  }
  return live;
}

/** Puts `live`'s panel body in, once. */
const fill = (live: LiveItem): void => {
  if (empty.delete(live)) live.panel.append(live.body());
};

/** Fills every empty panel. */
const fillEmpty = (): void => empty.forEach(fill);

/** Asks for idle time to fill the empty panels (Safari has none: a timeout also runs after the paint). */
const askIdle = (): void => void (window.requestIdleCallback ?? setTimeout)(fillWhileIdle);

/**
 * Fills empty panels while the browser is idle, as many as the idle period still has time
 * for (judged by what the last one took), then asks again. Filling them all at once was one
 * task of more than 50 ms on a slow phone. Without idle callbacks: one panel per timeout.
 */
function fillWhileIdle(deadline?: IdleDeadline): void {
  for (const live of empty) {
    const start = performance.now();
    fill(live);
    if (!deadline || deadline.timeRemaining() <= performance.now() - start) break;
  }
  if (empty.size) askIdle();
}

addEventListener('beforeprint', fillEmpty);

/**
 * Shows `live` open or closed. A panel that cannot close (an `expanded` card) has its
 * button disabled, as the APG accordion pattern says.
 */
export function syncItem(live: LiveItem, open: boolean, fixed = false): void {
  const { button, panel } = live;
  button.setAttribute('aria-expanded', String(open));
  if (fixed) button.setAttribute('aria-disabled', 'true');
  else button.removeAttribute('aria-disabled');
  if (open) {
    fill(live);
    panel.removeAttribute('hidden');
  } else panel.setAttribute('hidden', 'until-found');
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
