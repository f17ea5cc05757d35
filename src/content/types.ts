// The shape of the content in content/, after scripts/content.mjs has checked it.
// Languages and fields are data: nothing here names one.

/** A language code from content/languages.yaml, such as `id` or `en`. */
export type Lang = string;

/** One text in every language of the content. */
export type Translated = Readonly<Record<Lang, string>>;

export interface Language {
  code: Lang;
  /** The language's name in itself: "Bahasa Indonesia", "English". */
  name: string;
  dir: 'ltr' | 'rtl';
}

export type Level = 'micro' | 'mezzo' | 'macro' | 'all';

/** One list item: its text in every language, and where it comes from when not from the field's basis. */
export interface Item {
  text: Translated;
  /** `ours` (written by the widget's authors) or a reference id. */
  from?: string;
}

export interface Related {
  field: string;
  reason: Translated;
}

/** One field of practice, as written in content/fields/<n>-<id>.yaml. */
export interface Field {
  id: string;
  level: Level;
  name: Translated;
  summary: Translated;
  description: Translated;
  levelNote?: Translated;
  scope: Item[];
  examples: Item[];
  roles: Item[];
  related: Related[];
  /** Reference ids the text rests on, or `ours`. */
  basis: string[];
  /** Laws and regulations. */
  legalBasis?: string[];
  furtherReading?: string[];
}

export type ReferenceKind = 'web' | 'paper' | 'book' | 'law' | 'regulation' | 'code';

/** One entry of content/references.yaml. */
export interface Reference {
  id: string;
  kind: ReferenceKind;
  author?: string;
  year?: number;
  title: string;
  details?: Translated;
  citeAs: string;
  cites?: string[];
}

/** One term of content/glossary.yaml. */
export interface GlossaryEntry {
  id: string;
  term: Translated;
  definition: Translated;
  refs?: string[];
}

/** One block of content/intro.yaml: a paragraph, or the list of levels. */
export type IntroBlock = { text: Translated; refs?: string[] } | { levels: { level: Level; text: Translated }[] };

/** One case vignette of the learning check (content/check.yaml). */
export interface Vignette {
  id: string;
  /** The field it is a case of. */
  answer: string;
  case: Translated;
  /** Why it is that field, pointing back to the field's text. */
  why: Translated;
  refs?: string[];
}

/** The words the widget shows around the content (content/ui.yaml), by key. */
export type Ui = Readonly<Record<string, Translated>>;

export interface Content {
  languages: Language[];
  fields: Field[];
  references: Reference[];
  glossary: GlossaryEntry[];
  intro: IntroBlock[];
  check: Vignette[];
  ui: Ui;
}

/**
 * What the bundle carries of an accordion item (a field, or a section of the frame): its
 * name, its header and empty panel laid out at build time as the elements show them
 * (render/items.ts, liveTree), and the panel's body, per language. Heading levels and open
 * state are left to the element (see render/tree.ts).
 */
export interface BundledItem {
  id: string;
  /** A field's level of practice. */
  level?: Level;
  name: Translated;
  /** The item with its panel empty. */
  tree: Readonly<Record<Lang, import('../markup/tree.js').TreeElement>>;
  /** The panel's body: a JSON array of tree nodes. */
  body: Translated;
}

/** What the bundle carries of a vignette: its case, and why, with the citations it rests on. */
export interface BundledVignette {
  id: string;
  answer: string;
  case: Translated;
  why: Translated;
}

/** The content module of the bundle (`pekso:content`). */
export interface BundledContent {
  languages: Language[];
  fields: BundledItem[];
  /** The teaching frame's sections, in the order of FRAME_SECTIONS (src/spec.ts). */
  frame: BundledItem[];
  /** The learning check's vignettes. */
  check: BundledVignette[];
  /** The UI words the elements show themselves (the rest is in the panels' text). */
  ui: Ui;
}
