/** The 32-bit FNV-1a hash of a text: a seed for the shuffle, and a short stable name for an id. */
export function hashOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

/**
 * A shuffled copy of `items`: reproducible for the same `seed` (any text), else random.
 * Fisher-Yates, with mulberry32 seeded by the text's FNV-1a hash.
 */
export function shuffled<T>(items: readonly T[], seed?: string): T[] {
  let state = hashOf(seed ?? '') | 0;
  const random = seed == null
    ? Math.random
    : () => {
        state = (state + 0x6d2b79f5) | 0;
        let t = Math.imul(state ^ (state >>> 15), 1 | state);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
