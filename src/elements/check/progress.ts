import { hashOf } from './shuffle.js';

/**
 * Where a check keeps its progress between visits. The element uses the device
 * (`localStorage`) unless a host gives it another: a SCORM package gives `cmi.suspend_data`,
 * H5P its saved state. Each call may fail (a sandbox, a private window, a full quota): the
 * check then works as if nothing were kept.
 */
export interface ProgressStore {
  load(): string | null | undefined;
  /** True when it was kept on the reader's device (the check then says so). */
  save(text: string): boolean | void;
  clear(): void;
  /** Days after which saved progress is dropped: on a shared computer, answers should not stay. */
  readonly maxAgeDays?: number;
}

/** One pass through cases: the cases asked, in order, and the field chosen for those answered. */
export interface Pass {
  cases: string[];
  choices: string[];
}

/** A check's progress: the graded attempt, and the practice retry of its missed cases, if begun. */
export interface Progress {
  /** Graded attempts begun, from 1: "Try again" begins the next, which draws again. */
  attempt: number;
  graded: Pass;
  practice?: Pass;
  /**
   * Read back only: a content update removed every case the pass being answered had left, so
   * that pass is over now, though its end was never reported.
   */
  ended?: true;
}

/** A lecturer's own cases beyond this are not asked, so that saved progress stays under SCORM 1.2's 4,096 characters. */
export const MAX_OWN_CASES = 50;

/** Bumped when the saved shape changes: older saves are dropped, never misread. */
const VERSION = 1;
const DAY = 86_400_000;

/** A short, stable name for an id in saved progress: SCORM 1.2 keeps 4,096 characters, and ids may be long. */
const short = (id: string) => hashOf(id).toString(36);

/** Progress as saved: ids shortened, a version and the time, as JSON. */
export function encodeProgress(progress: Progress, now = Date.now()): string {
  const pass = ({ cases, choices }: Pass) => ({ q: cases.map(short), a: choices.map(short) });
  return JSON.stringify({ v: VERSION, t: now, n: progress.attempt, g: pass(progress.graded), ...(progress.practice && { p: pass(progress.practice) }) });
}

/**
 * Saved progress read back against the cases and fields there are now: unknown ids (content
 * updated since) are dropped, and the rest resumes. Undefined when there is none, it is of
 * another version, older than `maxAgeDays`, or not readable.
 */
export function decodeProgress(text: string | null | undefined, caseIds: readonly string[], fieldIds: readonly string[], maxAgeDays?: number, now = Date.now()): Progress | undefined {
  if (!text) return undefined;
  let saved;
  try {
    saved = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (saved?.v !== VERSION || (maxAgeDays !== undefined && !(now - saved.t <= maxAgeDays * DAY))) return undefined;
  const named = (ids: readonly string[]) => new Map(ids.map((id) => [short(id), id]));
  const cases = named(caseIds);
  const fields = named(fieldIds);
  const pass = (p: { q?: unknown; a?: unknown } | undefined): Pass | undefined => {
    if (!p || !Array.isArray(p.q) || !Array.isArray(p.a)) return undefined;
    const [asked, chosen] = [p.q as string[], p.a as string[]];
    const answered = asked.slice(0, chosen.length).map((q, i) => [cases.get(q), fields.get(chosen[i])]).filter((pair): pair is [string, string] => !!pair[0] && !!pair[1]);
    const unanswered = asked.slice(chosen.length).map((q) => cases.get(q)).filter((id): id is string => !!id);
    return { cases: [...answered.map(([id]) => id), ...unanswered], choices: answered.map(([, field]) => field) };
  };
  const graded = pass(saved.g);
  if (!graded?.cases.length || !Number.isInteger(saved.n)) return undefined;
  const practice = pass(saved.p);
  const [current, asSaved] = practice ? [practice, saved.p] : [graded, saved.g];
  const ended = current.choices.length === current.cases.length && asSaved.a.length < asSaved.q.length;
  return { attempt: saved.n, graded, practice, ...(ended && { ended: true as const }) };
}

/** The device's storage under `key`, failing quietly where the page may not use it. */
export function deviceStore(key: string, maxAgeDays = 30): ProgressStore {
  const attempt = <T>(use: (storage: Storage) => T): T | undefined => {
    try {
      return use(localStorage);
    } catch {
      return undefined; // no storage here: nothing is kept, and nothing is said
    }
  };
  return {
    maxAgeDays,
    load: () => attempt((s) => s.getItem(key)),
    save: (text) => attempt((s) => (s.setItem(key, text), true)) ?? false,
    clear: () => attempt((s) => s.removeItem(key)),
  };
}
