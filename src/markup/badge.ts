/**
 * How a field's level of practice is drawn beside its name: in the widget's shadow root
 * (src/elements/accordion/styles.ts) and in the static fallback's stylesheet
 * (src/markup/pekso-fallback.css, filled in by the build: build/compose/fallback-css.ts),
 * which must take the widget's height. One declaration, since the two stylesheets live in
 * different trees. "All levels" stays on one line: the name wraps first.
 */
export const BADGE_STYLE =
  'display: inline-block; margin-inline-start: 0.6em; white-space: nowrap; border: 1px solid var(--_accent); border-radius: 1em; padding: 0 0.6em; font-size: 0.75em; font-weight: 600;';
