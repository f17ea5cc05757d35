/**
 * APG accordion keys on a header button: Down and Up move to the next and previous
 * header (wrapping), Home and End to the first and last. Enter and Space are the
 * button's own. Returns the header to focus, or undefined to leave the key alone.
 */
export function headerIndexForKey(key: string, index: number, count: number): number | undefined {
  const target = ({ ArrowDown: index + 1, ArrowUp: index - 1 + count, Home: 0, End: count - 1 } as Record<string, number>)[key];
  return index < 0 || target === undefined ? undefined : target % count;
}
