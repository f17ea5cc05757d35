// Attribute values: the valid ones, the defaults, and what happens to a bad one.
// A bad value never breaks the widget: it warns (naming the value and the valid
// ones) and the caller falls back to its default.
import { FIELD_IDS, LANGS, type Lang } from '../content/index.js';

export const DEFAULT_HEADING_LEVEL = 3;
export const HEADING_LEVELS = ['2', '3', '4', '5', '6'];
export const THEMES = ['light', 'dark', 'auto'];

/** Warns about a bad attribute value, naming it and the valid ones. */
export function warnInvalid(tag: string, attribute: string, value: string, valid: readonly string[]): void {
  console.warn(`<${tag}> ${attribute}="${value}" is not valid. Valid: ${valid.join(', ')}.`);
}

/** Whether `value` is one of `valid`; warns when it is not. */
export function checkValue(tag: string, attribute: string, value: string, valid: readonly string[]): boolean {
  if (valid.includes(value)) return true;
  warnInvalid(tag, attribute, value, valid);
  return false;
}

const primaryLang = (lang: string | null | undefined) => (lang ?? '').split('-')[0].toLowerCase() as Lang;

/**
 * The language to show: the element's own `lang` if it is one we have, else the
 * nearest ancestor's (its primary subtag: "en-GB" is "en"), else Indonesian.
 */
export function resolveLang(host: HTMLElement, own: string | undefined): Lang {
  if (own && LANGS.includes(primaryLang(own))) return primaryLang(own);
  if (own) warnInvalid(host.localName, 'lang', own, LANGS);
  const inherited = primaryLang(host.parentElement?.closest('[lang]')?.getAttribute('lang'));
  return LANGS.includes(inherited) ? inherited : LANGS[0];
}

/** Heading level 2 to 6; anything else warns and gives the default. */
export function resolveHeadingLevel(tag: string, value: string | undefined): number {
  return value != null && checkValue(tag, 'heading-level', value.trim(), HEADING_LEVELS) ? Number(value) : DEFAULT_HEADING_LEVEL;
}

/**
 * Field ids from a comma-separated list, in the order given, without duplicates.
 * Unknown ids warn and are left out.
 */
export function parseFieldList(tag: string, attribute: string, value: string | undefined): string[] {
  const ids: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const id = raw.trim().toLowerCase();
    if (id && !ids.includes(id) && checkValue(tag, attribute, id, FIELD_IDS)) ids.push(id);
  }
  return ids;
}
