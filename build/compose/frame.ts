/**
 * The teaching frame around the fields, described once like the fields (field.ts): the
 * sections made of blocks (the introduction; methods and settings), the
 * glossary, and the reference list with how to cite the widget.
 */
import type { TreeNode } from '../../src/markup/tree.ts';
import type { FrameSection } from '../../src/spec.ts';
import { OURS } from '../content/links.mjs';
import type { Block } from '../content/types.ts';
import { el } from './nodes.ts';
import { citations, referencesOf, widgetCitation } from './references.ts';
import { inline, uiText, withNote, type RenderContext } from './text.ts';

/** The version and year the widget's citation names. */
export interface WidgetRelease {
  version: string;
  year: number;
}

/**
 * A section's blocks: paragraphs with what they rest on or quote (APA in-text citations,
 * pinpointed where they quote) or marked as ours; lists, whose mark as ours, when they are,
 * follows their last item.
 */
function blocks(context: RenderContext, list: readonly Block[]): TreeNode[] {
  const note = (block: Block) => (block.from === OURS ? uiText(context, 'added') : citations(context, block.refs, 'quotes' in block ? block.quotes : undefined));
  const items = (texts: readonly string[], block: Block, className?: string) =>
    el('ul', className ? { class: className } : undefined, texts.map((text, i) => el('li', undefined, i === texts.length - 1 ? withNote(inline(context, text), note(block)) : inline(context, text))));
  return list.map((block) => {
    if ('levels' in block) return items(block.levels.map((entry) => entry.text[context.lang]), block, 'levels');
    if ('list' in block) return items(block.list.map((item) => item[context.lang]), block);
    return el('p', undefined, withNote(inline(context, block.text[context.lang]), note(block)));
  });
}

function glossary(context: RenderContext): TreeNode[] {
  return [
    el(
      'dl',
      { class: 'glossary' },
      context.content.glossary.flatMap((entry) => [
        el('dt', undefined, inline(context, entry.term[context.lang])),
        el('dd', undefined, withNote(inline(context, entry.definition[context.lang]), citations(context, entry.refs, entry.quotes))),
      ])
    ),
  ];
}

/** A live link that downloads `text` as `file`, for a reference manager. */
const download = (label: string, file: string, type: string, text: string) =>
  el('a', { href: `data:${type};charset=utf-8,${encodeURIComponent(text)}`, download: file }, [label]);

/**
 * Every reference the content cites, once, in APA 7 order (laws by year), then how to cite
 * the widget: the citation, which ends with the page it is on where that is known
 * (`page-url`), and live, a button that copies it and its RIS and BibTeX, to download or,
 * where a page forbids downloads, to copy from the text shown.
 */
function references(context: RenderContext, release: WidgetRelease): TreeNode[] {
  const widget = widgetCitation(context, release);
  return [
    el('ul', { class: 'references', part: 'references' }, referencesOf(context).bibliography.map((entry) => el('li', undefined, entry.nodes as TreeNode[]))),
    el('h', { class: 'label', part: 'label' }, [uiText(context, 'citeHeading')], { depth: 1 }),
    el('p', { class: 'citation', part: 'citation' }, [...widget.nodes, el('page-url', undefined, [])]),
    el('button', { class: 'copy', part: 'copy', type: 'button' }, [uiText(context, 'copy')], { live: true }),
    el('p', { class: 'copy-status', role: 'status' }, [], { live: true }),
    el('details', { class: 'exports', part: 'exports' }, [
      el('summary', undefined, [uiText(context, 'exportsSummary')]),
      el('p', undefined, [download(uiText(context, 'downloadRis'), 'pekso.ris', 'application/x-research-info-systems', widget.ris)]),
      el('pre', undefined, [widget.ris]),
      el('p', undefined, [download(uiText(context, 'downloadBibtex'), 'pekso.bib', 'application/x-bibtex', widget.bibtex)]),
      el('pre', undefined, [widget.bibtex]),
    ], { live: true }),
  ];
}

/** A frame section as an accordion item: its name, summary line and panel text. */
export function frameItem(context: RenderContext, id: FrameSection, release: WidgetRelease) {
  const body = id === 'glossary' ? glossary(context) : id === 'references' ? references(context, release) : blocks(context, context.content[id as 'intro' | 'methods']);
  return { id, name: uiText(context, `${id}Name`), summary: uiText(context, `${id}Summary`), body };
}
