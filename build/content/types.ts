// The shape of the content in content/, after build/content/load.mjs has checked it: what
// the build composes markup from (build/compose/). Languages and fields are data: nothing
// here names one. Texts are plain text; the one inline mark, `_term_`, is a term in another
// language (PUEBI's italics), which the composer writes as <i lang>.

import type { Lang, Language, Level, Translated } from '../../src/content/types.ts';
export type { Lang, Language, Level, Translated };

/** `from: ours` / `basis: [ours]`: written by the widget's authors. */
export type Ours = 'ours';

/** One list item: its text in every language, and where it comes from when not from the field's basis (`ours` or a reference id). */
export type Item = Translated & { readonly from?: string };

/** Where a quotation stands: an instrument stored under content/sources/, and the pinpoint. */
export interface Quote {
  /** A reference id with a file content/sources/<ref>.yaml. */
  ref: string;
  /** The pinpoint in every language: `{ id: 'Pasal 1 angka 3', en: 'Article 1(3)' }`. */
  at: Translated;
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

/**
 * One reference of content/references.json, as CSL-JSON (the processor reads it; see
 * build/references/). Laws and regulations are `legislation` and `regulation`.
 */
export interface Reference {
  id: string;
  type: string;
  title: string;
  [key: string]: unknown;
}

/** One term of content/glossary.yaml. */
export interface GlossaryEntry {
  id: string;
  term: Translated;
  definition: Translated;
  refs?: string[];
  quotes?: Quote[];
}

/**
 * One block of a section of the frame (content/intro.yaml, content/methods.yaml): a
 * paragraph, a list, or the list of levels. A paragraph or list either rests on `refs` or
 * is ours (`from: ours`); a paragraph that quotes a law names it in `quotes`.
 */
export type Block =
  | { text: Translated; refs?: string[]; quotes?: Quote[]; from?: Ours }
  | { list: Item[]; refs?: string[]; from?: Ours }
  | { levels: { level: Level; text: Translated }[]; refs?: string[]; from?: Ours };

/** One case of the check (content/check.yaml). */
export interface Vignette {
  id: string;
  /** The field it is a case of. */
  answer: string;
  case: Translated;
  /** Why it is that field, pointing back to the field's text. */
  why: Translated;
  refs?: string[];
}

/** One instrument's stored text (content/sources/<ref>.yaml). */
export interface Source {
  ref: string;
  title: string;
  kind: string;
  number?: string;
  year?: number;
  gazette?: string;
  read: { copy: string; url: string; accessed: string };
  note?: string;
  /** The cited articles, word for word, by their heading: `Pasal 1`, `Pembukaan`. */
  articles: Readonly<Record<string, string>>;
}

/** The words the widget shows around the content (content/ui.yaml), by key. */
export type Ui = Readonly<Record<string, Translated>>;

export interface Content {
  languages: Language[];
  fields: Field[];
  references: Reference[];
  glossary: GlossaryEntry[];
  /** The frame's sections made of blocks, by id: `intro`, `methods`. */
  intro: Block[];
  methods: Block[];
  check: Vignette[];
  sources: Source[];
  ui: Ui;
}
