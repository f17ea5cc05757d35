/**
 * Text as the composer writes it into trees: a UI word, a content text with its one inline
 * mark (`_term_`, a term in another language, set in italics as PUEBI asks: `<i lang>`), and
 * a note such as an in-text citation placed before a text's final full stop.
 */
import type { TreeNode } from '../../src/markup/tree.ts';
import type { Content, Lang } from '../content/types.ts';
import { el } from './nodes.ts';

/** The words of one language, for one render. */
export interface RenderContext {
  content: Content;
  lang: Lang;
}

/** A UI string, with `{name}` slots filled from `vars`. */
export const uiText = ({ content, lang }: RenderContext, key: string, vars: Record<string, string> = {}): string =>
  content.ui[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '');

/** The language the terms marked in a `lang` text are in (languages.yaml, `terms`). */
const termsLang = ({ content, lang }: RenderContext) => content.languages.find((l) => l.code === lang)?.terms;

/** A content text as nodes: `_term_` is an <i> in the language of terms; everything else is text. */
export function inline(context: RenderContext, text: string): TreeNode[] {
  const terms = termsLang(context);
  return text
    .split(/_([^_]+)_/)
    .map((part, i) => (i % 2 ? el('i', terms ? { lang: terms } : undefined, [part]) : part))
    .filter((part) => part !== '');
}

/** A content text with its marks taken out, where no markup can go (an attribute, the check's legend). */
export const plain = (text: string): string => text.replace(/_([^_]+)_/g, '$1');

/** `nodes` with `(note)` before their closing full stop, as an APA in-text citation goes. */
export function withNote(nodes: readonly TreeNode[], note: string | undefined): TreeNode[] {
  if (!note) return [...nodes];
  const last = nodes.at(-1);
  if (typeof last !== 'string') return [...nodes, ` (${note})`];
  const [, body, stop] = /^([\s\S]*?)([.!?]?)$/.exec(last)!;
  return [...nodes.slice(0, -1), `${body} (${note})${stop}`];
}
