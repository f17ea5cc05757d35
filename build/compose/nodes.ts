import type { TreeElement, TreeNode } from '../../src/markup/tree.ts';

/**
 * A tree element: `attrs.part` becomes the node's part (written live as `part`, and named
 * by the serializers' `hidden`); the other attributes are written as they are.
 */
export function el(tag: TreeElement['tag'], attrs: Readonly<Record<string, string>> | undefined, children: readonly TreeNode[], extra: Partial<TreeElement> = {}): TreeElement {
  const { part, ...rest } = attrs ?? {};
  return {
    ...(tag ? { tag } : {}),
    ...(Object.keys(rest).length ? { attrs: rest } : {}),
    ...(part ? { part } : {}),
    children,
    ...extra,
  };
}
