/**
 * The public surface of pekso, declared once, as data: the elements, what each shows, every
 * attribute (its type, valid values, default, and its documentation), the events, the
 * styling parts and custom properties, and the embed page's own parameters.
 *
 * Everything else is derived from this file or checked against it: the elements' typed
 * properties and warnings (src/attributes.ts), the markup each element shows
 * (src/markup/), the WordPress plugin's spec.json (shortcodes, block attributes, kses,
 * editor controls), the embed page's query string, the custom-elements manifest, and the
 * README's and guides' tables. It holds data only: the bundle carries it without its
 * documentation (build/rollup/spec.mjs strips the keys in DOC_KEYS), so docs cost readers
 * nothing.
 *
 * Languages and fields are not listed here: they are content (content/languages.yaml,
 * content/fields/). Attributes whose values are "languages", "fields" or "items" take them
 * from there.
 */

export const TAGS = ['pekso-fields', 'pekso-field-card', 'pekso-check'] as const;
export type Tag = (typeof TAGS)[number];

/**
 * What each element shows. `document`: the markup it is drawn from (the build composes one
 * per language: src/markup/). `items`: the attributes that choose its items, in the order the
 * items come: a boolean names one item of the same id, shown when on; a list or choice of
 * fields shows those fields (all of them when a list is empty). `bundle`: the per-language
 * bundle that carries it (dist/pekso-<bundle>.<lang>.js).
 */
export const ELEMENTS = {
  'pekso-fields': { document: 'accordion', items: ['intro', 'methods', 'fields', 'glossary', 'references'], bundle: 'accordion' },
  'pekso-field-card': { document: 'accordion', items: ['field'], bundle: 'accordion' },
  'pekso-check': { document: 'check', items: ['fields'], bundle: 'check' },
} as const;

/** The teaching frame around the fields of <pekso-fields>: accordion items of their own, each with a boolean attribute of its name. */
export const FRAME_SECTIONS = ['intro', 'methods', 'glossary', 'references'] as const;
export type FrameSection = (typeof FRAME_SECTIONS)[number];

/** Built-in colour schemes. Without one, the widget takes the page's font and colours. */
export const THEMES = ['light', 'dark', 'auto'] as const;

/**
 * One boolean rule everywhere (element, property, shortcode, block, query string): a flag
 * is on when present or `true`, and off when `false` or one of these words, in any case.
 * Authors hand-write `single="false"` and expect it to mean off.
 */
export const OFF_WORDS = ['false', '0', 'no', 'off'] as const;

export type AttributeType =
  /** One of `values`. */
  | 'choice'
  /** Comma-separated values (or an array, as a property), each one of `values`, in the order given, without duplicates. */
  | 'list'
  /** On or off, by the boolean rule (OFF_WORDS). */
  | 'boolean'
  /** A whole number from `min` to `max`, written in digits (or a number, as a property), or one of `words`. */
  | 'integer'
  /** Any text. */
  | 'text';

export interface AttributeSpec {
  /** The HTML attribute, in kebab-case. Its other names derive from it (src/attributes.ts, namesOf). */
  readonly name: string;
  /** The elements that take it. */
  readonly tags: readonly Tag[];
  readonly type: AttributeType;
  /** Valid values of a choice or list: listed, or the content's languages, fields, or items (the fields and the frame's sections). */
  readonly values?: readonly string[] | 'languages' | 'fields' | 'items';
  /** The value used when the attribute is absent, empty or not valid; `null`: none (see `defaultDoc`). */
  readonly default: string | number | boolean | null;
  /** The property mirrors its current value back to the attribute. */
  readonly reflect?: boolean;
  /** An integer's bounds; a `max` the content lowers is checked by the element. */
  readonly min?: number;
  readonly max?: number;
  /** Words an integer also takes (`pass="none"`). */
  readonly words?: readonly string[];
  /**
   * What it sets when the markup is written (src/markup/options.ts): the items open (a list
   * names them; a boolean opens every item shown), at most one open, the heading level, or
   * no item at all (`itemsOff`, when it has the value `when`).
   */
  readonly option?: 'open' | 'single' | 'headingLevel' | 'itemsOff';
  /** The value that sets an `itemsOff` option. */
  readonly when?: string;
  /** Parts a boolean leaves out of the markup when it is off. */
  readonly hides?: readonly string[];
  /** What it does (README, manifest, WordPress readme). */
  readonly doc: string;
  /** The block editor's label (English; the plugin's translations carry the other languages). */
  readonly label: string;
  /** What the default means, when `default` alone does not say. */
  readonly defaultDoc?: string;
  /** The editor's choice that leaves the attribute out. */
  readonly none?: string;
  /** The editor's label of a value, when not the value itself. */
  readonly options?: Readonly<Record<string, string>>;
}

const ALL = TAGS;

export const ATTRIBUTES = [
  {
    name: 'lang', tags: ALL, type: 'choice', values: 'languages', default: null, reflect: true,
    doc: 'The language of the text.',
    defaultDoc: "the nearest ancestor's `lang` (`en-GB` counts as `en`), then the first language the bundle carries",
    label: 'Language', none: 'Language of the site',
  },
  {
    name: 'fields', tags: ['pekso-fields', 'pekso-check'], type: 'list', values: 'fields', default: null,
    doc: 'The fields to show, comma-separated, in the order given.',
    defaultDoc: 'all fields',
    label: 'Fields shown',
  },
  {
    name: 'open', tags: ['pekso-fields'], type: 'list', values: 'items', default: null, option: 'open',
    doc: 'The fields (or `intro`, `methods`, `glossary`, `references`) open at start, comma-separated. Setting it later opens exactly these.',
    defaultDoc: 'none',
    label: 'Open at start',
  },
  {
    name: 'intro', tags: ['pekso-fields'], type: 'boolean', default: true,
    doc: 'The short introduction before the fields: social functioning, clients, levels of practice, ethics.',
    label: 'Introduction',
  },
  {
    name: 'methods', tags: ['pekso-fields'], type: 'boolean', default: true,
    doc: 'The short section that tells fields of practice (methods) apart from settings (hospital, school, court…).',
    label: 'Methods and settings',
  },
  {
    name: 'glossary', tags: ['pekso-fields'], type: 'boolean', default: true,
    doc: 'The glossary after the fields.',
    label: 'Glossary',
  },
  {
    name: 'references', tags: ['pekso-fields'], type: 'boolean', default: true,
    doc: 'The reference list and how to cite the widget, after the fields.',
    label: 'References and how to cite',
  },
  {
    name: 'single', tags: ['pekso-fields'], type: 'boolean', default: false, reflect: true, option: 'single',
    doc: 'Only one panel open at a time: opening one closes the others.',
    label: 'One field open at a time',
  },
  {
    name: 'field', tags: ['pekso-field-card'], type: 'choice', values: 'fields', default: null,
    doc: 'The field to show. Required: a card with no valid field shows a notice instead.',
    defaultDoc: '(required)',
    label: 'Field', none: 'Choose a field',
  },
  {
    name: 'open', tags: ['pekso-field-card'], type: 'boolean', default: false, reflect: true, option: 'open',
    doc: 'The card is open. Reflects the current state.',
    label: 'Open at start',
  },
  {
    name: 'expanded', tags: ['pekso-field-card'], type: 'boolean', default: false, reflect: true, option: 'open',
    doc: 'Always open, with no button to close it.',
    label: 'Always open',
  },
  {
    name: 'count', tags: ['pekso-check'], type: 'integer', min: 1, default: null,
    doc: 'How many cases the check asks, at most the cases of the fields shown.',
    defaultDoc: 'all the cases of the fields shown',
    label: 'Number of cases',
  },
  {
    name: 'pass', tags: ['pekso-check'], type: 'integer', min: 0, max: 100, words: ['none'], default: 80,
    doc: 'The pass mark, in percent; `none` makes the check a self-check, with a score but no pass or fail.',
    label: 'Pass mark (percent, or none)',
  },
  {
    name: 'shuffle', tags: ['pekso-check'], type: 'boolean', default: false, reflect: true,
    doc: 'Shuffles the cases and the order of the choices.',
    label: 'Shuffle',
  },
  {
    name: 'seed', tags: ['pekso-check'], type: 'text', default: null,
    doc: 'With `shuffle`, makes the order the same every time for the same seed (any text).',
    defaultDoc: 'none: a new order each time',
    label: 'Shuffle seed',
  },
  {
    // Only the lecturer's own cases: the markup (the fallback without JavaScript) lists none of the built-in ones.
    name: 'cases', tags: ['pekso-check'], type: 'choice', values: ['all', 'own'], default: 'all', option: 'itemsOff', when: 'own',
    doc: 'Which cases the check draws from: the built-in ones and the lecturer\'s own (`all`), or only the lecturer\'s own (`own`), given as a JSON list in a `<script type="application/json">` inside the element.',
    label: 'Cases',
    options: { all: 'Built-in and your own', own: 'Only your own' },
  },
  {
    name: 'resume', tags: ['pekso-check'], type: 'boolean', default: true,
    doc: 'An unfinished check resumes where the reader left off, on this device (for 30 days; a SCORM package resumes from the LMS). Off: every visit starts again.',
    label: 'Resume where the reader left off',
  },
  {
    name: 'heading-level', tags: ALL, type: 'integer', min: 2, max: 6, default: 3, option: 'headingLevel',
    doc: "The level of each field's heading; the headings inside a panel are one below.",
    label: 'Heading level',
  },
  {
    name: 'theme', tags: ALL, type: 'choice', values: THEMES, default: null, reflect: true,
    doc: "A built-in colour scheme; `auto` follows the reader's system (`prefers-color-scheme`).",
    defaultDoc: "none: the page's font and colours",
    label: 'Colours', none: 'Fit the page',
    options: { light: 'Light', dark: 'Dark', auto: "Follow the reader's system" },
  },
] as const satisfies readonly AttributeSpec[];

/** The keys of an attribute that only document it: the bundle leaves them out (build/rollup/spec.mjs). */
export const DOC_KEYS = ['doc', 'label', 'defaultDoc', 'none', 'options'] as const;

/** The embed page's parameters that are not element attributes (kits/lms/embed.js). */
export const EMBED_PARAMETERS = [
  {
    name: 'view', values: ['fields', 'check'], default: 'fields',
    doc: 'What the page shows: the overview (`fields`) or the check of understanding (`check`).',
  },
  {
    name: 'cases-url',
    doc: 'For the check: the address of a JSON file of your own cases, on the same site as the embed page (the shape of `content/check.yaml`, as a list).',
  },
  {
    name: 'accent',
    doc: 'The accent colour (`--pekso-accent`): a CSS colour, such as `%23b5179e` (an encoded `#`), `b5179e` or `teal`.',
  },
] as const;

/** Events, for the README and the manifest (the elements dispatch them). */
export const EVENTS = [
  {
    name: 'pekso-toggle', tags: ['pekso-fields', 'pekso-field-card'], detail: '{ id, open, user }',
    doc: 'A panel opened or closed. `user` is true for a click, a key, find-in-page or a `#pekso-<id>` link; false for a method call. Bubbles and is composed. One event per panel that changed.',
  },
  {
    name: 'pekso-answer', tags: ['pekso-check'], detail: '{ question, choice, answer, correct, practice }',
    doc: "A case was checked: the case's id, the field chosen, the right field, whether they are the same, and whether it was a practice retry of a missed case (which does not count). Bubbles and is composed.",
  },
  {
    name: 'pekso-complete', tags: ['pekso-check'], detail: '{ score, max, percent, passed, practice }',
    doc: 'The last case was checked. `passed` is `null` with `pass="none"`. After a retry of the missed cases, `practice` is true and the score is the combined one, which does not count: the first pass is graded. Bubbles and is composed.',
  },
  {
    name: 'pekso-xapi', tags: ['pekso-check'], detail: 'an xAPI statement',
    doc: 'For each answer (`answered`, a `choice` interaction with every field as a choice, named in every language; a practice answer carries the context extension `urn:pekso:practice`) and at the end of the graded pass (`completed`, then `passed` or `failed`), about the activity `xapiActivity` names. It has no `actor`: the host that records it adds who answered, as H5P hosts do; the embed page does so from the LMS\'s launch parameters.',
  },
] as const;

/** The parts pages may style with `::part()`. Every `part` the elements write is listed here (a test checks both ways). */
export const PARTS = [
  { name: 'item', tags: ['pekso-fields', 'pekso-field-card'], doc: 'one item (a field, the introduction, the glossary or the references): header and panel' },
  { name: 'header', tags: ['pekso-fields', 'pekso-field-card'], doc: 'the heading element (`h2` to `h6`)' },
  { name: 'button', tags: ['pekso-fields', 'pekso-field-card'], doc: 'the button in the header (`aria-disabled` on an `expanded` card, whose panel stays open)' },
  { name: 'name', tags: ['pekso-fields', 'pekso-field-card'], doc: "the item's name, inside the button" },
  { name: 'badge', tags: ['pekso-fields', 'pekso-field-card'], doc: "a field's level of practice, inside the button" },
  { name: 'summary', tags: ['pekso-fields', 'pekso-field-card'], doc: 'the one-line summary, inside the button' },
  { name: 'panel', tags: ['pekso-fields', 'pekso-field-card'], doc: "the panel with the item's text" },
  { name: 'description', tags: ['pekso-fields', 'pekso-field-card'], doc: "a field's description, in the panel" },
  { name: 'level', tags: ['pekso-fields', 'pekso-field-card'], doc: "a field's level of practice, in the panel" },
  { name: 'label', tags: ['pekso-fields', 'pekso-field-card'], doc: 'the sub-heading above each list' },
  { name: 'scope', tags: ['pekso-fields', 'pekso-field-card'], doc: 'the list of what a field covers' },
  { name: 'examples', tags: ['pekso-fields', 'pekso-field-card'], doc: "the list of a field's examples" },
  { name: 'roles', tags: ['pekso-fields', 'pekso-field-card'], doc: "the list of the social worker's roles" },
  { name: 'related', tags: ['pekso-fields', 'pekso-field-card'], doc: 'the related fields, each a link that opens that field' },
  { name: 'sources', tags: ['pekso-fields', 'pekso-field-card'], doc: 'what the text rests on, its legal basis and further reading' },
  { name: 'references', tags: ['pekso-fields'], doc: "the reference list, in the references' panel" },
  { name: 'citation', tags: ['pekso-fields'], doc: 'the citation of the widget' },
  { name: 'copy', tags: ['pekso-fields'], doc: 'the button that copies the citation' },
  { name: 'exports', tags: ['pekso-fields'], doc: "the widget's citation as RIS and BibTeX, to download for a reference manager" },
  { name: 'toggle-all', tags: ['pekso-fields'], doc: 'the "show all / hide all" button' },
  { name: 'title', tags: ['pekso-check'], doc: "the check's heading" },
  { name: 'case', tags: ['pekso-check'], doc: 'the fieldset of the current case' },
  { name: 'choice', tags: ['pekso-check'], doc: 'one field to choose, in the case' },
  { name: 'feedback', tags: ['pekso-check'], doc: 'right or wrong, the answer and why (a live region)' },
  { name: 'action', tags: ['pekso-check'], doc: 'the buttons: Check, Next, Retry the missed, Try again, Copy my result, Start again' },
  { name: 'result', tags: ['pekso-check'], doc: 'the score, pass or fail, and the fields to read again' },
  { name: 'student-name', tags: ['pekso-check'], doc: 'the optional name field of the result, and the box to keep the name on the device' },
  { name: 'result-text', tags: ['pekso-check'], doc: 'the result as plain text, as copied and printed' },
  { name: 'notice', tags: ['pekso-field-card', 'pekso-check'], doc: "a card's message when its `field` is not a field id; the check's line that says answers are kept on this device, or that there is no case to ask" },
] as const;

/** The custom properties pages may set, on the element or an ancestor. */
export const CSS_PROPERTIES = [
  { name: '--pekso-accent', doc: 'the accent (badge, open marker, chevron)', default: '`#1a6e58`; `#74d3b8` in the dark theme' },
  { name: '--pekso-text', doc: 'the text colour', default: "the page's text colour; `#1d2321` light, `#e6ecea` dark" },
  { name: '--pekso-background', doc: 'the background behind the widget', default: 'transparent; `#fff` light, `#151a19` dark' },
  { name: '--pekso-surface', doc: "each item's background", default: 'the text colour at 4%; `#f3f6f5` light, `#1f2725` dark' },
  { name: '--pekso-border', doc: 'the border colour', default: 'the text colour at 25%; `#c5cfcc` light, `#3f4d49` dark' },
  { name: '--pekso-radius', doc: 'the corner radius', default: '`0.5em`' },
  { name: '--pekso-font-family', doc: 'the body font', default: "the page's font" },
  { name: '--pekso-font-size', doc: 'the base font size', default: "`1em` (the page's size)" },
  { name: '--pekso-heading-font', doc: 'the font of field names and sub-headings', default: 'the body font' },
  { name: '--pekso-focus-ring', doc: 'the outline of a focused control', default: '`3px solid` in the text colour, which contrasts with the page on any site' },
  { name: '--pekso-spacing', doc: 'the base spacing', default: '`1em`' },
] as const;
