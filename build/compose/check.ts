/**
 * The check's text, described once: the element shows it live, and the static page (the
 * WordPress fallback, the offline file) shows the whole pool: each case with its question,
 * then every answer and why in a closed `details`, so a reader without JavaScript can
 * still test themselves. Each case belongs to the item of its field, so a page's `fields`
 * choose them as they choose an accordion's items.
 */
import type { TreeElement } from '../../src/markup/tree.ts';
import type { Vignette } from '../content/types.ts';
import { el } from './nodes.ts';
import { citations } from './references.ts';
import { inline, uiText, type RenderContext } from './text.ts';

/**
 * Why a case is its field, with the citations its accuracy rests on, before its full stop.
 * Its terms keep their marks (`_term_`): the element sets them in italics as the static page does.
 */
export function vignetteWhy(context: RenderContext, vignette: Vignette): string {
  const note = citations(context, vignette.refs);
  const why = vignette.why[context.lang];
  if (!note) return why;
  const [, body, stop] = /^([\s\S]*?)([.!?]?)$/.exec(why)!;
  return `${body} (${note})${stop}`;
}

/** The check's static markup: its heading and introduction, the questions, and the answers after them. */
export function checkDocument(context: RenderContext): TreeElement[] {
  const { content } = context;
  const name = (id: string) => content.fields.find((f) => f.id === id)!.name[context.lang];
  const cases = content.check;
  return [
    el('h', undefined, [uiText(context, 'checkTitle')], { depth: 0 }),
    el('p', undefined, [uiText(context, 'checkIntro')]),
    el('ol', { class: 'questions' }, cases.map((v) => el('li', undefined, [...inline(context, v.case[context.lang]), ` ${uiText(context, 'checkQuestion')}`], { item: v.answer }))),
    el('details', undefined, [
      el('summary', undefined, [uiText(context, 'checkAnswers')]),
      el('ol', { class: 'answers' }, cases.map((v) => el('li', undefined, [`${name(v.answer)}. `, ...inline(context, vignetteWhy(context, v))], { item: v.answer }))),
    ]),
  ];
}
