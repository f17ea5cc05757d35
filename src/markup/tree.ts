/**
 * Markup described as data, so that one description renders live in the elements (as DOM,
 * render/dom.ts) and static everywhere else (as HTML here; as PHP in the WordPress plugin,
 * src/wordpress/includes/tree.php, from the same JSON). Text is always text: every
 * serializer escapes it, so content can never become markup.
 *
 * Two things are left open until a tree is serialized, so one tree serves every page:
 * heading levels (a heading says how far below the widget's base level it sits) and
 * which items are open (a `details` names its item).
 */

/**
 * Tags a tree may hold: what static HTML needs (`span` with a class included), all kept by
 * wp_kses_post and HTMLPurifier (but details and summary, which are outside headings for
 * that reason); `button`, only in live nodes and the live items (shared/item.ts); and `page-url`, the
 * address of the page the widget is on, where known.
 */
export type TreeTag = 'div' | 'p' | 'ul' | 'ol' | 'li' | 'dl' | 'dt' | 'dd' | 'a' | 'cite' | 'details' | 'summary' | 'button' | 'span' | 'h' | 'page-url';

export interface TreeElement {
  tag: TreeTag;
  /** class, part (live only), lang, id, href (an in-page `#fragment` only). */
  attrs?: Readonly<Record<string, string>>;
  /** For `h`: levels below the base heading level (0 is an item's own heading). */
  depth?: number;
  /** For `details`: the item whose open state it shows. */
  item?: string;
  /** Only in the live widget (a copy button, a live region): static HTML leaves it out. */
  live?: boolean;
  children?: readonly TreeNode[];
}

export type TreeNode = string | TreeElement;

export interface SerializeOptions {
  /** The base heading level, 2 to 6; deeper headings stop at 6. */
  headingLevel: number;
  /** Items shown open. */
  open?: readonly string[];
  /** The address of the page, for `page-url`; unknown when absent. */
  pageUrl?: string;
}

/** The tag a tree element becomes: `h` with its level filled in. */
export const tagName = (node: TreeElement, { headingLevel }: SerializeOptions): string =>
  node.tag === 'h' ? `h${Math.min(6, headingLevel + (node.depth ?? 0))}` : node.tag;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#039;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Static HTML: no `part` (a live-only styling hook), nothing but the tree's own attributes. */
export function toHtml(nodes: readonly TreeNode[], options: SerializeOptions): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return escapeHtml(node);
      if (node.live) return '';
      if (node.tag === 'page-url') return options.pageUrl ? ` ${escapeHtml(options.pageUrl)}` : '';
      const tag = tagName(node, options);
      let attrs = Object.entries(node.attrs ?? {})
        .filter(([name]) => name !== 'part')
        .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
        .join('');
      if (node.item && options.open?.includes(node.item)) attrs += ' open';
      return `<${tag}${attrs}>${toHtml(node.children ?? [], options)}</${tag}>`;
    })
    .join('');
}
