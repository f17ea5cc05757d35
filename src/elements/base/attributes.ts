// Attribute values, checked against the spec (src/spec.ts). A bad value never breaks the
// widget: it warns, naming the value and the valid ones, and the default is used instead.
import { FIELD_IDS, LANGS } from '../../content/index.js';
import { attributesOf, FRAME_SECTIONS, isOn, propertyName, type AttributeSpec, type Tag } from '../../spec.js';
import type { ComplexAttributeConverter, PropertyDeclarations } from 'lit';

/** The valid values of an attribute: listed in the spec, or the content's languages, fields or items. */
export function validValues(spec: AttributeSpec): readonly string[] {
  if (spec.values === 'languages') return LANGS;
  if (spec.values === 'fields') return FIELD_IDS;
  if (spec.values === 'items') return [...FRAME_SECTIONS, ...FIELD_IDS];
  return spec.values ?? [];
}

export function warnInvalid(tag: string, attribute: string, value: string, valid: readonly string[]): void {
  console.warn(`<${tag}> ${attribute}="${value}" is not valid. Valid: ${valid.join(', ')}.`);
}

/**
 * Boolean attributes follow the spec's one rule: present is on, unless it says false, 0, no
 * or off. (Written back, Lit's own Boolean rule applies: present when on.)
 */
const flag = (fallback: boolean): ComplexAttributeConverter<boolean> => ({
  fromAttribute: (value) => (value === null ? fallback : isOn(value)),
});

/** The Lit property declarations of an element, derived from the spec. */
export function propertiesOf(tag: Tag): PropertyDeclarations {
  return Object.fromEntries(
    attributesOf(tag).map((spec) => [
      propertyName(spec.name),
      { attribute: spec.name, reflect: spec.reflect ?? false, ...(spec.type === 'boolean' ? { type: Boolean, converter: flag(spec.default === true) } : {}) },
    ])
  );
}

const specOf = (tag: Tag, name: string): AttributeSpec => attributesOf(tag).find((a) => a.name === name)!;

/**
 * The value of a choice attribute: one of its valid values (compared in lower case), or its
 * default (undefined when it has none) when it is absent, empty, or not valid (with a warning).
 */
export function readChoice(tag: Tag, name: string, value: string | null | undefined, shownTag: string = tag): string | undefined {
  const spec = specOf(tag, name);
  const text = (value ?? '').trim().toLowerCase();
  const valid = validValues(spec);
  if (valid.includes(text)) return text;
  // Empty is "none" where the attribute has no default (theme=""), and a mistake where it has one.
  if (text || (value != null && spec.default !== null)) warnInvalid(shownTag, name, value ?? '', valid);
  return typeof spec.default === 'string' ? spec.default : undefined;
}

/**
 * The values of a list attribute, in the order given, without duplicates; bad ones warn
 * (naming `shownTag`, the element's own tag, which a subclass may change) and are left out.
 */
export function readList(tag: Tag, name: string, value: string | null | undefined, shownTag: string = tag): string[] {
  const ids: string[] = [];
  const valid = validValues(specOf(tag, name));
  for (const raw of (value ?? '').split(',')) {
    const id = raw.trim().toLowerCase();
    if (!id || ids.includes(id)) continue;
    if (valid.includes(id)) ids.push(id);
    else warnInvalid(shownTag, name, raw.trim(), valid);
  }
  return ids;
}

/**
 * The value of an integer attribute: a whole number from its `min` to its `max` (or to
 * `max` here, when the content sets a lower one), or one of its words; else its default
 * (undefined when it has none), with a warning naming the valid range.
 */
export function readInteger(tag: Tag, name: string, value: string | null | undefined, max = Infinity, shownTag: string = tag): number | string | undefined {
  const spec = specOf(tag, name);
  const text = (value ?? '').trim().toLowerCase();
  const top = Math.min(spec.max ?? Infinity, max);
  const number = Number(text);
  if (spec.words?.includes(text)) return text;
  if (text && Number.isInteger(number) && number >= (spec.min ?? 0) && number <= top) return number;
  if (text) warnInvalid(shownTag, name, value!, [`${spec.min ?? 0} to ${top}`, ...(spec.words ?? [])]);
  return spec.default == null ? undefined : Number(spec.default);
}

/** The primary subtag of a language tag: "en-GB" is "en". */
export const primaryLang = (lang: string | null | undefined): string => (lang ?? '').split('-')[0].trim().toLowerCase();
