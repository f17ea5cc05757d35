/**
 * The learning check's text, described once: the elements show it live, and the static
 * HTML (the WordPress fallback) shows the questions with their answers in a closed
 * `details`, so a reader without JavaScript can still test themselves.
 */
import type { Vignette } from '../../src/content/types.js';
import { citeShort, uiText, withNote, type RenderContext } from './field.js';
import type { TreeNode } from '../../src/markup/tree.js';

/** Why a vignette is its field, with the citations its accuracy rests on. */
export function vignetteWhy(context: RenderContext, vignette: Vignette): string {
  const refs = vignette.refs?.map((id) => citeShort(context, context.content.references.find((r) => r.id === id)!));
  return withNote(vignette.why[context.lang], refs?.join('; '));
}

/**
 * The check's static parts: its heading and introduction, each case with its question, and
 * each answer with why. The WordPress plugin composes them as checkStatic does, for the
 * fields and count an author chose.
 */
export function checkParts(context: RenderContext, vignettes: readonly Vignette[]) {
  const name = (id: string) => context.content.fields.find((f) => f.id === id)?.name[context.lang] ?? id;
  return {
    head: [
      { tag: 'h', depth: 0, children: [uiText(context, 'checkTitle')] },
      { tag: 'p', children: [uiText(context, 'checkIntro')] },
    ] as TreeNode[],
    vignettes: vignettes.map((v) => ({
      answer: v.answer,
      question: { tag: 'li', children: [`${v.case[context.lang]} ${uiText(context, 'checkQuestion')}`] } as TreeNode,
      explained: { tag: 'li', children: [`${name(v.answer)}. ${vignetteWhy(context, v)}`] } as TreeNode,
    })),
    answersSummary: { tag: 'summary', children: [uiText(context, 'checkAnswers')] } as TreeNode,
  };
}

/**
 * The check as static HTML: a heading, then each case and its question, numbered, and the
 * answers in a closed `details` after them all, so a reader can test themselves first.
 */
export function checkStatic(context: RenderContext, vignettes: readonly Vignette[]): TreeNode[] {
  const { head, vignettes: parts, answersSummary } = checkParts(context, vignettes);
  return [
    ...head,
    { tag: 'ol', attrs: { class: 'questions' }, children: parts.map((p) => p.question) },
    { tag: 'details', children: [answersSummary, { tag: 'ol', attrs: { class: 'answers' }, children: parts.map((p) => p.explained) }] },
  ];
}
