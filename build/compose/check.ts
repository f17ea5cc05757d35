/**
 * The check's text, described once: the element shows it live, and the static page (the
 * WordPress fallback, the offline file) shows the whole pool: each case with its question,
 * then every answer and why in a closed `details`, so a reader without JavaScript can
 * still test themselves. Each case belongs to the item of its field, so a page's `fields`
 * choose them as they choose an accordion's items.
 */
import type { Vignette } from '../content/types.ts';
import { citeShort, uiText, withNote, type RenderContext } from './field.ts';
import type { TreeElement } from '../../src/markup/tree.ts';
import { el } from './nodes.ts';

/** Why a case is its field, with the citations its accuracy rests on. */
export function vignetteWhy(context: RenderContext, vignette: Vignette): string {
  const refs = vignette.refs?.map((id) => citeShort(context, context.content.references.find((r) => r.id === id)!));
  return withNote(vignette.why[context.lang], refs?.join('; '));
}

/** The check's static markup: its heading and introduction, the questions, and the answers after them. */
export function checkDocument(context: RenderContext): TreeElement[] {
  const { content } = context;
  const name = (id: string) => content.fields.find((f) => f.id === id)!.name[context.lang];
  const cases = content.check;
  return [
    el('h', undefined, [uiText(context, 'checkTitle')], { depth: 0 }),
    el('p', undefined, [uiText(context, 'checkIntro')]),
    el('ol', { class: 'questions' }, cases.map((v) => el('li', undefined, [`${v.case[context.lang]} ${uiText(context, 'checkQuestion')}`], { item: v.answer }))),
    el('details', undefined, [
      el('summary', undefined, [uiText(context, 'checkAnswers')]),
      el('ol', { class: 'answers' }, cases.map((v) => el('li', undefined, [`${name(v.answer)}. ${vignetteWhy(context, v)}`], { item: v.answer }))),
    ]),
  ];
}
