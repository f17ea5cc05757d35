/**
 * The public surface of pekso, declared once, as data: every attribute of every element,
 * with its type, valid values, default and the names authors write it under (HTML
 * attribute, WordPress shortcode key, block attribute, embed-page query parameter).
 *
 * Everything else is derived from this file or checked against it: the elements' Lit
 * properties and warnings, the WordPress plugin's spec.json (shortcode defaults, kses
 * allow-list, block.json attributes, editor controls), the embed page's query string,
 * and the README's attribute tables. It imports nothing, so build scripts can read it too.
 *
 * Languages and fields are not listed here: they are content (content/languages.yaml,
 * content/fields/), and attributes whose values are "languages" or "fields" take them
 * from there.
 */

export const TAGS = ['pekso-fields', 'pekso-field-card', 'pekso-check'] as const;
export type Tag = (typeof TAGS)[number];

/** Levels of the headings the widget writes; its sub-headings are one below. */
export const HEADING_LEVELS = ['2', '3', '4', '5', '6'] as const;

/**
 * The teaching frame around the fields of <pekso-fields>: each section is an accordion item
 * like a field, shown unless its attribute of the same name is off. The introduction comes
 * before the fields, the others after them.
 */
export const FRAME_SECTIONS = ['intro', 'glossary', 'references'] as const;
export type FrameSection = (typeof FRAME_SECTIONS)[number];
export const FRAME_BEFORE_FIELDS: readonly FrameSection[] = ['intro'];

/** Built-in colour schemes. Without one, the widget takes the page's font and colours. */
export const THEMES = ['light', 'dark', 'auto'] as const;

/**
 * One boolean rule everywhere (element, shortcode, block, query string): a flag is on when
 * present, unless its value is one of these words, in any case. Authors hand-write
 * `single="false"` and expect it to mean off.
 */
export const OFF_WORDS = ['false', '0', 'no', 'off'] as const;

/** Whether a written flag is on: present (`null` is absent) and not one of OFF_WORDS. */
export const isOn = (value: string | null | undefined): boolean =>
  value != null && !(OFF_WORDS as readonly string[]).includes(value.trim().toLowerCase());

export type AttributeType =
  /** One of `values`. */
  | 'choice'
  /** Comma-separated values, each one of `values`, kept in the order given, without duplicates. */
  | 'list'
  /** On or off, by the boolean rule (OFF_WORDS). */
  | 'boolean'
  /** A whole number from `min` to `max`, or one of `words`. */
  | 'integer'
  /** Any text. */
  | 'text';

export interface AttributeSpec {
  /** The HTML attribute, in kebab-case. The other names derive from it (see namesOf). */
  name: string;
  /** The elements that take it. */
  tags: readonly Tag[];
  type: AttributeType;
  /**
   * Valid values of a choice or list: listed, or taken from the content: its languages,
   * its fields, or its items (the fields and the frame's sections).
   */
  values?: readonly string[] | 'languages' | 'fields' | 'items';
  /** The value used when the attribute is absent, empty or not valid. `null`: none (see its doc). */
  default: string | boolean | null;
  /** The property mirrors its current value back to the attribute. */
  reflect?: boolean;
  /** An integer's bounds; `max` may depend on the content (the element checks it). */
  min?: number;
  max?: number;
  /** Words an integer also takes (`pass="none"`). */
  words?: readonly string[];
}

/**
 * Every attribute. Each one's documentation is its doc comment, which the build reads
 * (scripts/spec.mjs) for the README, the manifest and the block editor, and which costs
 * the bundle nothing: the text says what it does; `@defaultDoc` says what the default
 * means when `default` alone does not. For the block editor's control (English; the
 * plugin's translations carry the other languages): `@label`; `@none`, the choice that
 * leaves the attribute out; `@option value Label`, a value's label when not the value.
 */
export const ATTRIBUTES: readonly AttributeSpec[] = [
  /**
   * The language of the text.
   * @defaultDoc the nearest ancestor's `lang` (`en-GB` counts as `en`), then the first language (`id`)
   * @label Language
   * @none Language of the site
   */
  { name: 'lang', tags: ['pekso-fields', 'pekso-field-card', 'pekso-check'], type: 'choice', values: 'languages', default: null, reflect: true },
  /**
   * The fields to show, comma-separated, in the order given.
   * @defaultDoc all fields
   * @label Fields shown
   */
  { name: 'fields', tags: ['pekso-fields', 'pekso-check'], type: 'list', values: 'fields', default: null },
  /**
   * The fields (or `intro`, `glossary`, `references`) open at start, comma-separated. Setting it later opens exactly these.
   * @defaultDoc none
   * @label Open at start
   */
  { name: 'open', tags: ['pekso-fields'], type: 'list', values: 'items', default: null },
  /**
   * The short introduction before the fields: social functioning, clients, levels of practice, ethics.
   * @label Introduction
   */
  { name: 'intro', tags: ['pekso-fields'], type: 'boolean', default: true },
  /**
   * The glossary after the fields.
   * @label Glossary
   */
  { name: 'glossary', tags: ['pekso-fields'], type: 'boolean', default: true },
  /**
   * The reference list and how to cite the widget, after the fields.
   * @label References and how to cite
   */
  { name: 'references', tags: ['pekso-fields'], type: 'boolean', default: true },
  /**
   * Only one panel open at a time: opening one closes the others.
   * @label One field open at a time
   */
  { name: 'single', tags: ['pekso-fields'], type: 'boolean', default: false, reflect: true },
  /**
   * The field to show. Required: a card with no valid field shows a notice instead.
   * @defaultDoc (required)
   * @label Field
   * @none Choose a field
   */
  { name: 'field', tags: ['pekso-field-card'], type: 'choice', values: 'fields', default: null },
  /**
   * The card is open. Reflects the current state.
   * @label Open at start
   */
  { name: 'open', tags: ['pekso-field-card'], type: 'boolean', default: false, reflect: true },
  /**
   * Always open, with no button to close it.
   * @label Always open
   */
  { name: 'expanded', tags: ['pekso-field-card'], type: 'boolean', default: false, reflect: true },
  /**
   * How many cases the check asks, at most the cases of the fields shown.
   * @defaultDoc all the cases of the fields shown
   * @label Number of cases
   */
  { name: 'count', tags: ['pekso-check'], type: 'integer', min: 1, default: null },
  /**
   * The pass mark, in percent; `none` makes the check a self-check, with a score but no pass or fail.
   * @label Pass mark (percent, or none)
   */
  { name: 'pass', tags: ['pekso-check'], type: 'integer', min: 0, max: 100, words: ['none'], default: '80' },
  /**
   * Shuffles the cases and the order of the choices.
   * @label Shuffle
   */
  { name: 'shuffle', tags: ['pekso-check'], type: 'boolean', default: false, reflect: true },
  /**
   * With `shuffle`, makes the order the same every time for the same seed (any text).
   * @defaultDoc none: a new order each time
   * @label Shuffle seed
   */
  { name: 'seed', tags: ['pekso-check'], type: 'text', default: null },
  /**
   * The level of each field's heading; the headings inside a panel are one below.
   * @label Heading level
   */
  { name: 'heading-level', tags: ['pekso-fields', 'pekso-field-card', 'pekso-check'], type: 'choice', values: HEADING_LEVELS, default: '3' },
  /**
   * A built-in colour scheme; `auto` follows the reader's system (`prefers-color-scheme`).
   * @defaultDoc none: the page's font and colours
   * @label Colours
   * @none Fit the page
   * @option light Light
   * @option dark Dark
   * @option auto Follow the reader's system
   */
  { name: 'theme', tags: ['pekso-fields', 'pekso-field-card', 'pekso-check'], type: 'choice', values: THEMES, default: null, reflect: true },
];

/** Parameters of the embed page that are not element attributes (documented in docs/embedding.md). */
export const EMBED_PARAMETERS = ['accent'] as const;

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
export const attributesOf = (tag: Tag): AttributeSpec[] => ATTRIBUTES.filter((a) => a.tags.includes(tag));
