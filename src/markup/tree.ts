/**
 * Markup described as data, composed once at build time (build/compose/) and written by
 * three serializers that follow the same rules and take the same options: static HTML
 * (toHtml, here), live DOM in the elements (toDom, markup/dom.ts), and the WordPress
 * plugin's PHP (kits/wordpress/includes/tree.php). Text is always text: every serializer
 * escapes it, so content can never become markup.
 *
 * What a page chooses is left open until a tree is written, so one tree serves every page:
 * which items it shows and in which order, which are open, which parts are hidden, and the
 * heading level (a heading says how far below the widget's base level it sits).
 */

/**
 * Tags a tree may hold: what static HTML needs, all kept by wp_kses_post and HTMLPurifier
 * (but details and summary, which sit outside headings for that reason); `button`, only in
 * live nodes and live items; and `page-url`, the address of the page the widget is on.
 */
export type TreeTag = 'div' | 'p' | 'ul' | 'ol' | 'li' | 'dl' | 'dt' | 'dd' | 'a' | 'i' | 'cite' | 'details' | 'summary' | 'button' | 'span' | 'h' | 'page-url';

export interface TreeElement {
  /** Absent: a fragment, written as its children alone. */
  tag?: TreeTag;
  /** class, lang, dir, id, href (an in-page `#fragment` only), role, aria-*, hidden. */
  attrs?: Readonly<Record<string, string>>;
  /** Its styling part: written as `part` live, and named by `hidden`. */
  part?: string;
  /** For `h`: levels below the base heading level (0 is an item's own heading). */
  depth?: number;
  /** The item it belongs to: shown only when selected, in the order of the selection; a `details` in it shows whether it is open. */
  item?: string;
  /** Only in the live widget (a copy button, a live region): static HTML leaves it out. */
  live?: boolean;
  children?: readonly TreeNode[];
}

export type TreeNode = string | TreeElement;

/** What a page chooses: the same options for every serializer. */
export interface SerializeOptions {
  /** The base heading level, 2 to 6; deeper headings stop at 6. */
  headingLevel: number;
  /** The items shown, in this order. Absent: every item, in the tree's order. */
  items?: readonly string[];
  /** Items shown open. */
  open?: readonly string[];
  /** Parts left out. */
  hidden?: readonly string[];
  /** The address of the page, for `page-url`; unknown when absent. */
  pageUrl?: string;
  /** Ids already on the page: an `id` is written once per page, so two widgets showing one field don't repeat it. */
  usedIds?: Set<string>;
}

/** The tag a tree element becomes: `h` with its level filled in. */
export const tagName = (node: TreeElement, { headingLevel }: SerializeOptions): string =>
  node.tag === 'h' ? `h${Math.min(6, headingLevel + (node.depth ?? 0))}` : node.tag!;

/**
 * The children to write, in order: an item's nodes only when the item is selected, those of
 * one run of items in the selection's order, and no hidden part.
 */
export function arranged(nodes: readonly TreeNode[], { items, hidden }: SerializeOptions): TreeNode[] {
  const kept = nodes.filter((node) => typeof node === 'string' || !(node.part && hidden?.includes(node.part)));
  if (!items) return kept;
  const out: TreeNode[] = [];
  for (let i = 0; i < kept.length; ) {
    const node = kept[i];
    if (typeof node === 'string' || node.item === undefined) {
      out.push(node);
      i++;
      continue;
    }
    let end = i;
    while (end < kept.length && typeof kept[end] !== 'string' && (kept[end] as TreeElement).item !== undefined) end++;
    const run = kept.slice(i, end) as TreeElement[];
    out.push(...items.flatMap((id) => run.filter((n) => n.item === id)));
    i = end;
  }
  return out;
}

/** The attributes to write for `node`: its own, `open` for a details of an open item, an id once per page. */
export function attributesFor(node: TreeElement, options: SerializeOptions, item: string | undefined): [string, string][] {
  const attrs = Object.entries(node.attrs ?? {}).filter(([name, value]) => {
    if (name !== 'id' || !options.usedIds) return true;
    if (options.usedIds.has(value)) return false;
    options.usedIds.add(value);
    return true;
  });
  if (node.tag === 'details' && item !== undefined && options.open?.includes(item)) attrs.push(['open', '']);
  return attrs;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#039;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Static HTML: no live node and no `part` (a live-only styling hook). */
export function toHtml(nodes: readonly TreeNode[], options: SerializeOptions, item?: string): string {
  return arranged(nodes, options)
    .map((node) => {
      if (typeof node === 'string') return escapeHtml(node);
      if (node.live) return '';
      const inner = node.item ?? item;
      if (!node.tag) return toHtml(node.children ?? [], options, inner);
      if (node.tag === 'page-url') return options.pageUrl ? ` ${escapeHtml(options.pageUrl)}` : '';
      const tag = tagName(node, options);
      const attrs = attributesFor(node, options, inner)
        .map(([name, value]) => (value === '' && name === 'open' ? ' open' : ` ${name}="${escapeHtml(value)}"`))
        .join('');
      return `<${tag}${attrs}>${toHtml(node.children ?? [], options, inner)}</${tag}>`;
    })
    .join('');
}
