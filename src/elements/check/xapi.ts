import type { BundledCase, BundledItem, Translated } from '../../content/types.js';

/**
 * The check's results as xAPI statements, without an actor: the host that records them
 * adds who answered (as H5P hosts do), and the embed page does so from its launch
 * parameters. One builder for every host: the embed page and the SCORM package (through
 * the element's `pekso-xapi` events) and the H5P content type (kits/h5p/check.js) differ
 * only in the ids of the objects and the keys of the language maps, given in the
 * StatementContext. Language maps use the content's language codes, which are language
 * tags, with the language shown first.
 */
const VERBS = 'http://adlnet.gov/expapi/verbs/';

/** The activity the statements are about when the host names none. */
export const CHECK_ACTIVITY = 'urn:pekso:check';

/**
 * The activity of one case, under the check's: `urn:pekso:check:casework-2` under the
 * default URN (the ids LRSs already hold), and a `case` query parameter under an IRI that a
 * launch names.
 */
export const caseActivity = (activity: string, id: string): string =>
  activity === CHECK_ACTIVITY ? `${activity}:${id}` : `${activity}${activity.includes('?') ? '&' : '?'}case=${encodeURIComponent(id)}`;

/** What every statement of one check shares. */
export interface StatementContext {
  /** The IRI of the check: the object of `completed`, `passed` and `failed`, and the parent of each case. */
  activity: string;
  /** The language shown, which comes first in every language map. */
  lang: string;
  /** The object id of a case. Default: caseActivity (H5P names a case as a sub-content: `?subContentId=`). */
  caseId?: (id: string) => string;
  /**
   * More keys of every language map, each with the content language it repeats, after the
   * content's own: H5P gives English as `en-US` too, which Moodle's report shows (or else
   * the first entry).
   */
  alsoAs?: Readonly<Record<string, string>>;
}

const verb = (name: string) => ({ id: VERBS + name, display: { en: name } });

/** `text` as a language map with the language shown first, then the keys `alsoAs` adds. */
const languageMap = (text: Translated, { lang, alsoAs = {} }: StatementContext): Translated => {
  const map = Object.fromEntries(Object.entries(text).sort(([a], [b]) => Number(b === lang) - Number(a === lang)));
  for (const [key, from] of Object.entries(alsoAs)) if (from in text) map[key] = text[from];
  return map;
};

/** Marks an answer given in a retry of the missed cases: practice, which does not count. */
export const PRACTICE_EXTENSION = 'urn:pekso:practice';

/** The statement for one answer: the question as a choice interaction, with every field as a choice. */
export function answeredStatement(context: StatementContext, vignette: BundledCase, choices: readonly BundledItem[], choice: string, correct: boolean, practice = false) {
  const { activity, caseId = (id) => caseActivity(activity, id) } = context;
  return {
    verb: verb('answered'),
    object: {
      objectType: 'Activity',
      id: caseId(vignette.id),
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        description: languageMap(vignette.case, context),
        interactionType: 'choice',
        correctResponsesPattern: [vignette.answer],
        choices: choices.map((field) => ({ id: field.id, description: languageMap(field.name, context) })),
      },
    },
    result: { success: correct, response: choice },
    context: { contextActivities: { parent: [{ objectType: 'Activity', id: activity }] }, ...(practice && { extensions: { [PRACTICE_EXTENSION]: true } }) },
  };
}

/** The statements at the end: completed, then passed or failed unless there is no pass mark. */
export function completionStatements(context: StatementContext, name: Translated, score: number, max: number, passed: boolean | null) {
  const object = { objectType: 'Activity', id: context.activity, definition: { type: 'http://adlnet.gov/expapi/activities/assessment', name: languageMap(name, context) } };
  const result = { score: { scaled: score / max, raw: score, min: 0, max }, completion: true };
  const statements: object[] = [{ verb: verb('completed'), object, result }];
  if (passed !== null) statements.push({ verb: verb(passed ? 'passed' : 'failed'), object, result: { ...result, success: passed } });
  return statements;
}

/**
 * The check's total so far as one `answered` statement, for a host that asks for it (H5P's
 * getXAPIData): `completed`'s object and score, with `completion` false until every case is
 * answered, and `success` once passed or failed (`passed`: null before, or without a pass mark).
 */
export function totalStatement(context: StatementContext, name: Translated, score: number, max: number, passed: boolean | null, completion: boolean) {
  const [completed] = completionStatements(context, name, score, max || 1, passed) as { object: object; result: object }[];
  return { verb: verb('answered'), object: completed.object, result: { ...completed.result, completion, ...(passed !== null && { success: passed }) } };
}
