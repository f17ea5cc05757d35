/**
 * The fallback's stylesheet as it ships (dist/pekso-fallback.css, the WordPress plugin's
 * assets, the SCORM packages, the offline file): src/markup/pekso-fallback.css with the
 * declarations it shares with the widget filled in where it names them.
 */
import { readFileSync } from 'node:fs';
import { BADGE_STYLE } from '../../src/markup/badge.ts';

const SHARED: Record<string, string> = { BADGE_STYLE };

export function fallbackCss(): string {
  const source = readFileSync(new URL('../../src/markup/pekso-fallback.css', import.meta.url), 'utf8');
  return source.replace(/\/\* shared: (\w+) \*\//g, (_, name: string) => {
    if (!(name in SHARED)) throw new Error(`pekso-fallback.css names "${name}", which src/markup/ does not declare`);
    return SHARED[name];
  });
}
