/**
 * The content's references for one language, formatted in APA 7 by citeproc-js
 * (build/references/): the reference list of what the content cites, each entry's nodes,
 * and in-text citations, with a pinpoint where a text quotes; and the widget's own citation
 * with its RIS and BibTeX. Formatted once per content and language.
 */
import type { TreeNode } from '../../src/markup/tree.ts';
import { bibtex, formatReferences, ris } from '../references/index.js';
import { usedReferences } from '../content/links.mjs';
import type { Content, Quote } from '../content/types.ts';
import { uiText, type RenderContext } from './text.ts';

type Formatted = ReturnType<typeof formatReferences>;
const cache = new WeakMap<Content, Map<string, Formatted>>();

/** The formatted references of `context.lang`: those the content cites, in APA order. */
export function referencesOf({ content, lang }: RenderContext): Formatted {
  let langs = cache.get(content);
  if (!langs) cache.set(content, (langs = new Map()));
  if (!langs.has(lang)) {
    const used = usedReferences(content);
    const locale = content.languages.find((l) => l.code === lang)?.csl;
    langs.set(lang, formatReferences(content.references.filter((r) => used.has(r.id)) as never, lang, { locale }));
  }
  return langs.get(lang)!;
}

/** The reference list entry of `id`, as nodes. */
export const referenceNodes = (context: RenderContext, id: string): TreeNode[] =>
  referencesOf(context).bibliography.find((entry) => entry.id === id)!.nodes as TreeNode[];

/**
 * The in-text citations of `refs`, "Zastrow, 2017; Undang-Undang Nomor 14 Tahun 2019, Pasal
 * 1 angka 3": a reference the text quotes carries the pinpoint of its quotation.
 */
export function citations(context: RenderContext, refs: readonly string[] = [], quotes: readonly Quote[] = []): string | undefined {
  const cite = referencesOf(context).cite;
  const ids = [...new Set([...refs, ...quotes.map((q) => q.ref)])];
  const text = ids.map((id) => cite(id, { pinpoint: quotes.filter((q) => q.ref === id).map((q) => q.at[context.lang]).join(', ') || undefined })).join('; ');
  return text || undefined;
}

/** The widget's own citation as CSL-JSON: this release, by its authors, in this language. */
export function widgetItem(context: RenderContext, { version, year }: { version: string; year: number }) {
  return {
    id: 'pekso',
    type: 'software',
    author: [{ literal: uiText(context, 'citeAuthor') }],
    title: uiText(context, 'citeTitle'),
    version,
    issued: { 'date-parts': [[year]] },
    language: context.lang,
  };
}

type Citation = { nodes: TreeNode[]; ris: string; bibtex: string };
const citationCache = new WeakMap<Content, Map<string, Citation>>();

/** The widget's citation formatted as the reference list formats, and as RIS and BibTeX for reference managers. */
export function widgetCitation(context: RenderContext, release: { version: string; year: number }): Citation {
  if (!citationCache.has(context.content)) citationCache.set(context.content, new Map());
  const langs = citationCache.get(context.content)!;
  const key = `${context.lang}|${release.version}|${release.year}`;
  if (!langs.has(key)) {
    const item = widgetItem(context, release);
    const locale = context.content.languages.find((l) => l.code === context.lang)?.csl;
    const [entry] = formatReferences([item] as never, context.lang, { locale }).bibliography;
    langs.set(key, { nodes: entry.nodes as TreeNode[], ris: ris([item] as never), bibtex: bibtex([item] as never) });
  }
  return langs.get(key)!;
}
