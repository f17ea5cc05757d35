import content from 'pekso:content';
import type { BundledItem, BundledVignette } from './types.js';

export type { BundledContent, BundledItem, BundledVignette, Lang, Language, Level, Translated } from './types.js';

/** The content as bundled: languages, each field's header and panel text, the UI words. */
export const CONTENT = content;

/** Every field, in the order of the content files. */
export const FIELDS: readonly BundledItem[] = content.fields;

/** The teaching frame's sections, in the order of FRAME_SECTIONS. */
export const FRAME: readonly BundledItem[] = content.frame;

/** Field ids, in order: the valid values of `field`, `fields` and `open`. */
export const FIELD_IDS: readonly string[] = FIELDS.map((f) => f.id);

/** The learning check's vignettes. */
export const VIGNETTES: readonly BundledVignette[] = content.check;

/** Language codes; the first is the default. */
export const LANGS: readonly string[] = content.languages.map((l) => l.code);

export const fieldById = (id: string): BundledItem | undefined => FIELDS.find((f) => f.id === id);

export const frameById = (id: string): BundledItem | undefined => FRAME.find((f) => f.id === id);

/** A UI word in `lang`, with `{name}` slots filled from `vars`. */
export const uiText = (key: string, lang: string, vars: Record<string, string | number> = {}): string =>
  content.ui[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
