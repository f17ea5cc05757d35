/**
 * The rules every reader of the spec (src/spec.ts) shares: what each attribute is called
 * where, and how a value written for it is read. The elements read their properties with
 * `readValue`; the WordPress plugin's PHP reads shortcodes and blocks by the same rules
 * (kits/wordpress/includes/options.php), and one table of cases runs against both
 * (test/fixtures/attribute-cases.json). Pure functions of the spec: no DOM, no content.
 */
import { ATTRIBUTES, OFF_WORDS, type AttributeSpec, type Tag } from './spec.js';

/** An attribute's property (and block attribute) name: `heading-level` is `headingLevel`. */
export const propertyName = (attribute: string): string => attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Every name an attribute goes by, derived from its HTML name by one rule. */
export function namesOf(attribute: Pick<AttributeSpec, 'name'>) {
  return {
    attribute: attribute.name,
    property: propertyName(attribute.name),
    /** WordPress shortcode keys are lower case with underscores ([pekso_fields heading_level="2"]). */
    shortcode: attribute.name.replace(/-/g, '_'),
    /** Block attributes are camelCase, like the property. */
    block: propertyName(attribute.name),
    query: attribute.name,
  };
}

/** The names of an element in WordPress: its shortcode and its block. */
export const wordpressNamesOf = (tag: Tag) => ({
  shortcode: tag.replace(/-/g, '_'),
  block: `pekso/${tag.replace(/^pekso-/, '')}`,
});

/** The attributes of one element, in declaration order. */
export const attributesOf = (tag: Tag): readonly AttributeSpec[] => ATTRIBUTES.filter((a) => (a.tags as readonly Tag[]).includes(tag));

/** The attribute `name` of `tag`. */
export const attributeOf = (tag: Tag, name: string): AttributeSpec => attributesOf(tag).find((a) => a.name === name)!;

/** Whether a written flag is on: present (`null` is absent) and not one of OFF_WORDS. */
export const isOn = (value: string | null | undefined): boolean =>
  value != null && !(OFF_WORDS as readonly string[]).includes(value.trim().toLowerCase());

/** The primary subtag of a language tag: "en-GB" is "en". */
export const primaryLang = (lang: unknown): string => (typeof lang === 'string' ? lang.split('-')[0].trim().toLowerCase() : '');

/** A value as a person would write it, for a warning: `"3.0"`, `{}`, `[1,2]`. */
const shown = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));

/** What reading a value gives: the value to use, and the warning when the given one was not valid. */
export interface ReadResult<T = unknown> {
  value: T;
  /** "casework2" is not valid. Valid: casework, groupwork, … (without the element and attribute). */
  warning?: string;
}

/** The one wording of a bad value's warning: `"casework2" is not valid. Valid: casework, groupwork, …`. */
export const invalidWarning = (given: unknown, valid: readonly string[]): string => `"${shown(given)}" is not valid. Valid: ${valid.join(', ')}.`;

const invalid = <T>(value: T, given: unknown, valid: readonly string[]): ReadResult<T> => ({ value, warning: invalidWarning(given, valid) });

/**
 * Reads `input`, written for `spec` as an attribute (a string, or null when absent) or set as
 * a property (any type), against `valid` (its values: the spec's, or the content's). Gives the
 * typed value (a boolean; a number or word; a list of strings; a string), or the default
 * (null when there is none) with a warning naming the value and the valid ones. Never throws.
 *
 * - boolean: `true`/`false`, or a string by the boolean rule (present is on); else the default.
 * - integer: a number that is whole, or a string of digits (`3`, ` 3 `; not `3.0`, `0x3`,
 *   `1e1`, `-1`), from `min` to `max` (or `top`, where the content sets a lower one); or a word.
 * - list: a comma-separated string, or an array of strings; bad entries warn and are left out.
 * - choice: a string, compared in lower case (a language by its primary subtag).
 * - text: a string (a number is taken as its digits).
 */
export function readValue(spec: AttributeSpec, input: unknown, valid: readonly string[] = [], top = Infinity): ReadResult {
  const fallback = spec.default;
  if (input == null) return { value: fallback };
  switch (spec.type) {
    case 'boolean': {
      if (typeof input === 'boolean') return { value: input };
      if (typeof input === 'string') return { value: isOn(input) };
      return invalid(fallback, input, ['true', 'false', ...OFF_WORDS]);
    }
    case 'integer': {
      const max = Math.min(spec.max ?? Infinity, top);
      const range = [`a whole number from ${spec.min ?? 0}${max === Infinity ? '' : ` to ${max}`}`, ...(spec.words ?? [])];
      const text = typeof input === 'string' ? input.trim().toLowerCase() : undefined;
      // Empty means "none" where there is no default (count=""), and is a mistake where there is one.
      if (text === '') return fallback === null ? { value: null } : invalid(fallback, input, range);
      if (text !== undefined && spec.words?.includes(text)) return { value: text };
      const number = typeof input === 'number' ? input : text !== undefined && /^\d+$/.test(text) ? Number(text) : NaN;
      if (Number.isInteger(number) && number >= (spec.min ?? 0) && number <= max) return { value: number };
      return invalid(fallback, input, range);
    }
    case 'list': {
      const entries = typeof input === 'string' ? input.split(',') : Array.isArray(input) ? input : undefined;
      if (!entries) return invalid([], input, ['a comma-separated list, or an array, of: ' + valid.join(', ')]);
      const ids: string[] = [];
      const bad: unknown[] = [];
      for (const entry of entries) {
        const id = typeof entry === 'string' ? entry.trim().toLowerCase() : undefined;
        if (id === '' || (id && ids.includes(id))) continue;
        if (id && valid.includes(id)) ids.push(id);
        else bad.push(typeof entry === 'string' ? entry.trim() : entry);
      }
      return bad.length ? { ...invalid(ids, bad.length === 1 ? bad[0] : bad.join(','), valid) } : { value: ids };
    }
    case 'choice': {
      if (typeof input !== 'string' && typeof input !== 'number') return invalid(fallback, input, valid);
      const text = String(input).trim().toLowerCase();
      const value = spec.values === 'languages' ? primaryLang(text) : text;
      if (valid.includes(value)) return { value };
      // Empty means "none" where there is no default (theme=""), and is a mistake where there is one.
      if (text === '' && fallback === null) return { value: null };
      return invalid(fallback, input, valid);
    }
    case 'text':
      if (typeof input === 'string') return { value: input.trim() === '' ? fallback : input };
      if (typeof input === 'number' && Number.isFinite(input)) return { value: String(input) };
      return invalid(fallback, input, ['any text']);
  }
}

/**
 * The types of an element's properties, derived from the spec: `PropertiesOf<'pekso-check'>`
 * has `count: number | null`, `shuffle: boolean`, `fields: readonly string[] | string`, …
 * Setters take more than this (a string of digits for a number, the boolean rule's words
 * for a boolean) and warn about anything else; this is what the elements document.
 */
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
type ValueOf<A> = A extends { type: 'boolean' }
  ? boolean
  : A extends { type: 'integer'; words: readonly (infer W)[] }
    ? number | W
    : A extends { type: 'integer'; default: null }
      ? number | null
      : A extends { type: 'integer' }
        ? number
        : A extends { type: 'list' }
          ? readonly string[] | string
          : A extends { default: null }
            ? string | null
            : string;
type Attribute = (typeof ATTRIBUTES)[number];
export type PropertiesOf<T extends Tag> = {
  [A in Attribute as T extends A['tags'][number] ? (A['name'] extends 'lang' ? never : Camel<A['name']>) : never]: ValueOf<A>;
};
