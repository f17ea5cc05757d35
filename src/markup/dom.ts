import { tagName, type SerializeOptions, type TreeNode } from './tree.js';

/**
 * The live rendering of a tree: real nodes built with createElement and text nodes, never
 * by parsing HTML, so no Trusted Types policy is needed and text stays text.
 */
export function toDom(nodes: readonly TreeNode[], options: SerializeOptions, parent: Node = document.createDocumentFragment()): Node {
  for (const node of nodes) {
    if (typeof node === 'string' || node.tag === 'page-url') {
      const text = typeof node === 'string' ? node : options.pageUrl ? ` ${options.pageUrl}` : '';
      parent.appendChild(document.createTextNode(text));
      continue;
    }
    const element = document.createElement(tagName(node, options));
    for (const [name, value] of Object.entries(node.attrs ?? {})) element.setAttribute(name, value);
    if (node.item && options.open?.includes(node.item)) element.setAttribute('open', '');
    toDom(node.children ?? [], options, element);
    parent.appendChild(element);
  }
  return parent;
}
