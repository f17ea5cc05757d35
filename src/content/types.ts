/** Languages the content is written in. The first is the default. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Levels of practice, shown as a badge on each field. */
export type Level = 'micro' | 'mezzo' | 'macro';

/** One text in every language. */
export type Translated<T = string> = Record<Lang, T>;

/** One field of practice, as written in content/<n>-<id>.yaml. */
export interface Field {
  id: string;
  level: Level;
  name: Translated;
  summary: Translated;
  description: Translated;
  levelNote?: Translated;
  dealsWith: Translated<string[]>;
  examples: Translated<string[]>;
  roles: Translated<string[]>;
  sources: string[];
  furtherReading?: string[];
}

/** The words the widget shows around the content (content/ui.yaml). */
export type UiKey =
  | 'expandAll' | 'collapseAll' | 'dealsWith' | 'examples' | 'roles' | 'sources'
  | 'furtherReading' | 'level' | Level | 'title' | 'unknownField';

export interface Content {
  fields: Field[];
  ui: Record<UiKey, Translated>;
}
