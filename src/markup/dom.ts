import { arranged, attributesFor, tagName, type SerializeOptions, type TreeNode } from './tree.js';

/**
 * The live rendering of a tree, by the rules of markup/tree.ts: real nodes built with
 * createElement and text nodes, never by parsing HTML, so no Trusted Types policy is
 * needed and text stays text. Live nodes are kept, and `part` is written.
 */
export function toDom(nodes: readonly TreeNode[], options: SerializeOptions, parent: Node = document.createDocumentFragment(), item?: string): Node {
  for (const node of arranged(nodes, options)) {
    if (typeof node === 'string' || node.tag === 'page-url') {
      const text = typeof node === 'string' ? node : options.pageUrl ? ` ${options.pageUrl}` : '';
      parent.appendChild(document.createTextNode(text));
      continue;
    }
    const inner = node.item ?? item;
    if (!node.tag) {
      toDom(node.children ?? [], options, parent, inner);
      continue;
    }
    const element = document.createElement(tagName(node, options));
    for (const [name, value] of attributesFor(node, options, inner)) element.setAttribute(name, value);
    if (node.part) element.setAttribute('part', node.part);
    toDom(node.children ?? [], options, element, inner);
    parent.appendChild(element);
  }
  return parent;
}
