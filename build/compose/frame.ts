/**
 * The teaching frame around the fields, described once like the fields (render/field.ts):
 * the introduction, the glossary, and the reference list with how to cite the widget.
 */
import type { Content, IntroBlock, Lang, Reference } from '../content/types.ts';
import type { FrameSection } from '../../src/spec.ts';
import { apa, citeShort, uiText, withNote, type RenderContext } from './field.ts';
import type { TreeNode } from '../../src/markup/tree.ts';
import { el } from './nodes.ts';

const refById = (content: Content, id: string): Reference => content.references.find((r) => r.id === id)!;

/** `text` with its APA in-text citations, "(Author, year; Author, year)", before its full stop. */
const cited = (context: RenderContext, text: string, refs: readonly string[] | undefined): string =>
  withNote(text, refs?.map((id) => citeShort(context, refById(context.content, id))).join('; '));

function intro(context: RenderContext): TreeNode[] {
  return context.content.intro.map((block: IntroBlock) =>
    'levels' in block
      ? el('ul', { class: 'levels' }, block.levels.map((entry) => el('li', undefined, [entry.text[context.lang]])))
      : el('p', undefined, [cited(context, block.text[context.lang], block.refs)])
  );
}

function glossary(context: RenderContext): TreeNode[] {
  return [
    el(
      'dl',
      { class: 'glossary' },
      context.content.glossary.flatMap((entry) => [
        el('dt', undefined, [entry.term[context.lang]]),
        el('dd', undefined, [cited(context, entry.definition[context.lang], entry.refs)]),
      ])
    ),
  ];
}

/** APA 7 order: by author (or the title when there is none), then year, undated first, then title. */
const sortKey = (ref: Reference): string => `${ref.author ?? ref.title} ${String(ref.year ?? 0).padStart(4, '0')} ${ref.title}`.toLocaleLowerCase('id');

/**
 * Every reference once, in APA 7 order, then how to cite the widget. The citation ends with
 * the page it is on, where that is known (`page-url`), and live, a button copies it.
 */
function references(context: RenderContext, { version, year }: WidgetRelease): TreeNode[] {
  const sorted = [...context.content.references].sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'id'));
  return [
    el('ul', { class: 'references', part: 'references' }, sorted.map((ref) => el('li', undefined, apa(context, ref)))),
    el('h', { class: 'label', part: 'label' }, [uiText(context, 'citeHeading')], { depth: 1 }),
    el('p', { class: 'citation', part: 'citation' }, [
      `${uiText(context, 'citeAuthor')}. (${year}). `,
      el('cite', undefined, [uiText(context, 'title')]),
      ` ${uiText(context, 'citeDetails', { version })}`,
      el('page-url', undefined, []),
    ]),
    el('button', { class: 'copy', part: 'copy', type: 'button' }, [uiText(context, 'copy')], { live: true }),
    el('p', { class: 'copy-status', role: 'status' }, [], { live: true }),
  ];
}

/** The version and year the widget's citation names. */
export interface WidgetRelease {
  version: string;
  year: number;
}

/** A frame section as an accordion item: its name, summary line and panel text. */
export function frameItem(context: RenderContext, id: FrameSection, release: WidgetRelease) {
  const body = id === 'intro' ? intro(context) : id === 'glossary' ? glossary(context) : references(context, release);
  return { id, name: uiText(context, `${id}Name`), summary: uiText(context, `${id}Summary`), body };
}

export type { Lang };
