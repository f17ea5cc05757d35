import content from 'pekso:content';
import type { Field, Lang, UiKey } from './types.js';

export { LANGS } from './types.js';
export type { Field, Lang, Level } from './types.js';

/** Every field, in the order of the content files. */
export const FIELDS: readonly Field[] = content.fields;

/** Field ids, in order: the valid values of `field`, `fields` and `open`. */
export const FIELD_IDS: readonly string[] = FIELDS.map((f) => f.id);

export const fieldById = (id: string): Field | undefined => FIELDS.find((f) => f.id === id);

/** A UI string in `lang`, with `{name}` slots filled from `vars`. */
export const uiText = (key: UiKey, lang: Lang, vars: Record<string, string> = {}): string =>
  content.ui[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '');
