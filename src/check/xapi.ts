import type { BundledItem, BundledVignette } from '../content/index.js';

/**
 * The check's results as xAPI statements, without an actor: the host that records them
 * adds who answered (as H5P hosts do), and the embed page does so from its launch
 * parameters. Language maps use the content's language codes, which are language tags.
 */
const VERBS = 'http://adlnet.gov/expapi/verbs/';
export const CHECK_ACTIVITY = 'urn:pekso:check';

const verb = (name: string) => ({ id: VERBS + name, display: { en: name } });

/** The statement for one answer: the question as a choice interaction, with every field as a choice. */
export function answeredStatement(vignette: BundledVignette, choices: readonly BundledItem[], choice: string, correct: boolean) {
  return {
    verb: verb('answered'),
    object: {
      objectType: 'Activity',
      id: `${CHECK_ACTIVITY}:${vignette.id}`,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        description: vignette.case,
        interactionType: 'choice',
        correctResponsesPattern: [vignette.answer],
        choices: choices.map((field) => ({ id: field.id, description: field.name })),
      },
    },
    result: { success: correct, response: choice },
  };
}

/** The statements at the end: completed, then passed or failed unless there is no pass mark. */
export function completionStatements(name: Record<string, string>, score: number, max: number, passed: boolean | null) {
  const object = { objectType: 'Activity', id: CHECK_ACTIVITY, definition: { type: 'http://adlnet.gov/expapi/activities/assessment', name } };
  const result = { score: { scaled: score / max, raw: score, min: 0, max }, completion: true };
  const statements: object[] = [{ verb: verb('completed'), object, result }];
  if (passed !== null) statements.push({ verb: verb(passed ? 'passed' : 'failed'), object, result: { ...result, success: passed } });
  return statements;
}
