import type { BundledCase, BundledItem, Translated } from '../../content/types.js';

/**
 * The check's results as xAPI statements, without an actor: the host that records them
 * adds who answered (as H5P hosts do), and the embed page does so from its launch
 * parameters. Language maps use the content's language codes, which are language tags,
 * with the language shown first.
 */
const VERBS = 'http://adlnet.gov/expapi/verbs/';

/** The activity the statements are about when the host names none. */
export const CHECK_ACTIVITY = 'urn:pekso:check';

/**
 * The activity of one case, under the check's: `urn:pekso:check:casework-2` under the
 * default URN (the ids LRSs already hold), and a `case` query parameter under an IRI that a
 * launch names, as H5P names its sub-contents.
 */
export const caseActivity = (activity: string, id: string): string =>
  activity === CHECK_ACTIVITY ? `${activity}:${id}` : `${activity}${activity.includes('?') ? '&' : '?'}case=${encodeURIComponent(id)}`;

/** What every statement of one check shares. */
export interface StatementContext {
  /** The IRI of the check: the object of `completed`, `passed` and `failed`, and the parent of each case. */
  activity: string;
  /** The language shown, which comes first in every language map. */
  lang: string;
}

const verb = (name: string) => ({ id: VERBS + name, display: { en: name } });

/** `text` as a language map with `first` first. */
const languageMap = (text: Translated, first: string): Translated =>
  Object.fromEntries(Object.entries(text).sort(([a], [b]) => Number(b === first) - Number(a === first)));

/** Marks an answer given in a retry of the missed cases: practice, which does not count. */
export const PRACTICE_EXTENSION = 'urn:pekso:practice';

/** The statement for one answer: the question as a choice interaction, with every field as a choice. */
export function answeredStatement({ activity, lang }: StatementContext, vignette: BundledCase, choices: readonly BundledItem[], choice: string, correct: boolean, practice = false) {
  return {
    verb: verb('answered'),
    object: {
      objectType: 'Activity',
      id: caseActivity(activity, vignette.id),
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        description: languageMap(vignette.case, lang),
        interactionType: 'choice',
        correctResponsesPattern: [vignette.answer],
        choices: choices.map((field) => ({ id: field.id, description: languageMap(field.name, lang) })),
      },
    },
    result: { success: correct, response: choice },
    context: { contextActivities: { parent: [{ objectType: 'Activity', id: activity }] }, ...(practice && { extensions: { [PRACTICE_EXTENSION]: true } }) },
  };
}

/** The statements at the end: completed, then passed or failed unless there is no pass mark. */
export function completionStatements({ activity, lang }: StatementContext, name: Translated, score: number, max: number, passed: boolean | null) {
  const object = { objectType: 'Activity', id: activity, definition: { type: 'http://adlnet.gov/expapi/activities/assessment', name: languageMap(name, lang) } };
  const result = { score: { scaled: score / max, raw: score, min: 0, max }, completion: true };
  const statements: object[] = [{ verb: verb('completed'), object, result }];
  if (passed !== null) statements.push({ verb: verb(passed ? 'passed' : 'failed'), object, result: { ...result, success: passed } });
  return statements;
}
