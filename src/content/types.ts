// The content as a bundle carries it: what the elements need at run time, per language,
// composed at build time (build/compose/bundle.ts) from content/. Languages and fields are
// data: nothing here names one.
import type { TreeElement } from '../markup/tree.js';

/** A language code of the content, such as `id` or `en`. */
export type Lang = string;

/** One text per language. */
export type Translated = Readonly<Record<Lang, string>>;

export interface Language {
  code: Lang;
  /** The language's name in itself: "Bahasa Indonesia", "English". */
  name: string;
  dir: 'ltr' | 'rtl';
}

export type Level = 'micro' | 'mezzo' | 'macro' | 'all';

/**
 * An accordion item (a field, or a section of the frame): its name, its header and empty
 * panel laid out as the elements show them, and the panel's body as JSON text, parsed
 * only when the panel is filled. Heading levels and open state are left to the element.
 */
export interface BundledItem {
  id: string;
  /** A field's level of practice. */
  level?: Level;
  name: Translated;
  /** The item with its panel empty, per language. */
  tree?: Readonly<Record<Lang, TreeElement>>;
  /** The panel's body: a JSON array of tree nodes, per language. */
  body?: Translated;
}

/** A case of the check: the field it is a case of, its text, and why, with the citations it rests on. */
export interface BundledCase {
  id: string;
  answer: string;
  case: Translated;
  why: Translated;
}

/** A bundle's content (`pekso:content/<bundle>`): what its elements show, in the languages it carries. */
export interface BundledContent {
  languages: Language[];
  /** Every field, in the order of the content files: the accordion's items, and the check's choices (names only). */
  fields: BundledItem[];
  /** The teaching frame's sections (accordion bundles). */
  frame: BundledItem[];
  /** The check's cases (check bundles). */
  cases: BundledCase[];
  /** The words the elements show themselves. */
  ui: Readonly<Record<string, Translated>>;
}
