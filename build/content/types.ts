// The shape of the content in content/, after build/content/load.mjs has checked it: what
// the build composes markup from (build/compose/). Languages and fields are data: nothing
// here names one.

import type { Lang, Language, Level, Translated } from '../../src/content/types.ts';
export type { Lang, Language, Level, Translated };

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
