// Attribute values: the valid ones, the defaults, and what happens to a bad one.
// A bad value never breaks the widget: it warns (naming the value and the valid
// ones) and falls back to the default.
import { FIELD_IDS, LANGS, type Lang } from '../content/index.js';

export const DEFAULT_LANG: Lang = LANGS[0];
export const DEFAULT_HEADING_LEVEL = 3;
export const HEADING_LEVELS = ['2', '3', '4', '5', '6'] as const;
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Console warning for a bad attribute value, naming the valid ones. The caller falls back to its default. */
export function warnInvalid(tag: string, attribute: string, value: string, valid: readonly string[]): void {
  console.warn(`<${tag}> ${attribute}="${value}" is not valid. Valid: ${valid.join(', ')}.`);
}

const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

/**
 * The language to show: the element's own `lang` if it is one we have, else the
 * nearest ancestor's (its primary subtag: "en-GB" is "en"), else Indonesian.
 */
export function resolveLang(host: HTMLElement, own: string | undefined): Lang {
  const tag = host.localName;
  const inherited = () => {
    const ancestor = host.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
    const primary = ancestor.split('-')[0].toLowerCase();
    return isLang(primary) ? primary : DEFAULT_LANG;
  };
  if (!own) return inherited();
  const primary = own.split('-')[0].toLowerCase();
  if (isLang(primary)) return primary;
  warnInvalid(tag, 'lang', own, LANGS);
  return inherited();
}

/** Heading level 2 to 6; anything else warns and gives the default. */
export function resolveHeadingLevel(value: string | null, tag: string): number {
  if (value === null) return DEFAULT_HEADING_LEVEL;
  if ((HEADING_LEVELS as readonly string[]).includes(value.trim())) return Number(value);
  warnInvalid(tag, 'heading-level', value, HEADING_LEVELS);
  return DEFAULT_HEADING_LEVEL;
}

/** A theme name, or undefined (fit the host page) for none or a bad one. */
export function resolveTheme(value: string | null, tag: string): Theme | undefined {
  if (value === null || value === '') return undefined;
  if ((THEMES as readonly string[]).includes(value)) return value as Theme;
  warnInvalid(tag, 'theme', value, THEMES);
  return undefined;
}

/**
 * Field ids from a comma-separated list, in the order given, without duplicates.
 * Unknown ids warn and are left out.
 */
export function parseFieldList(value: string | null, tag: string, attribute: string): string[] {
  const ids: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const id = raw.trim().toLowerCase();
    if (!id || ids.includes(id)) continue;
    if (FIELD_IDS.includes(id)) ids.push(id);
    else warnInvalid(tag, attribute, raw.trim(), FIELD_IDS);
  }
  return ids;
}
