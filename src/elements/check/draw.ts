import { shuffled } from './shuffle.js';

/** What a draw needs of a case: its id and the field it is a case of. */
export interface Drawable {
  readonly id: string;
  readonly answer: string;
}

/**
 * `count` cases of `pool` for the fields `fieldOrder`, stratified: every field with a case
 * appears once before any field appears twice. In file order and round by round (the first
 * case of each field, then the second…) unless `seed` is given: a text seeds a shuffle of
 * each field's cases, of the fields in each round and of the cases drawn, and `null` shuffles
 * at random. The same seed draws the same cases in the same order.
 */
export function drawCases<T extends Drawable>(pool: readonly T[], fieldOrder: readonly string[], count: number, seed?: string | null): T[] {
  const shuffle = <U>(items: readonly U[], salt: string): U[] => (seed === undefined ? [...items] : shuffled(items, seed === null ? undefined : `${seed}${salt}`));
  const byField = fieldOrder.map((field, i) => shuffle(pool.filter((c) => c.answer === field), `:field${i}`));
  const drawn: T[] = [];
  for (let round = 0; drawn.length < count && byField.some((cases) => cases.length > round); round++) {
    for (const cases of shuffle(byField, `:round${round}`)) {
      if (drawn.length < count && cases.length > round) drawn.push(cases[round]);
    }
  }
  return shuffle(drawn, ':order');
}
