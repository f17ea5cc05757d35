import { css } from 'lit';

/**
 * Styles every element shares (the accordion's and the check's own are beside them).
 * Without `theme`, text, background and font come from the host page, and the accent and
 * tints below are all the widget adds; the private --_* properties resolve each public
 * --pekso-* property with its default, in one place. Every length is in em so that the
 * widget follows the host's font size (themes that set `html { font-size: 62.5% }`
 * included), and properties are logical so that it also reads right to left. In forced-colors mode the
 * browser draws every border and outline in system colours: nothing here opts out.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--pekso-accent, #1a6e58);
    --_surface: var(--pekso-surface, color-mix(in srgb, currentColor 4%, transparent));
    --_line: var(--pekso-border, color-mix(in srgb, currentColor 25%, transparent));
    --_space: var(--pekso-spacing, 1em);
    --_radius: var(--pekso-radius, 0.5em);
    display: block;
    color: var(--pekso-text);
    background: var(--pekso-background);
    font-family: var(--pekso-font-family);
    font-size: var(--pekso-font-size, 1em);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  /* Built-in colour schemes, as custom states (the element sets the one its theme names, in
     any case): light-dark() picks by color-scheme, which auto leaves to the reader's system. */
  :host(:is(:state(light), :state(dark), :state(auto))) {
    --_accent: var(--pekso-accent, light-dark(#1a6e58, #74d3b8));
    --_surface: var(--pekso-surface, light-dark(#f3f6f5, #1f2725));
    --_line: var(--pekso-border, light-dark(#c5cfcc, #3f4d49));
    color: var(--pekso-text, light-dark(#1d2321, #e6ecea));
    background: var(--pekso-background, light-dark(#fff, #151a19));
  }
  :host(:state(light)) {
    color-scheme: light;
  }
  :host(:state(dark)) {
    color-scheme: dark;
  }
  :host(:state(auto)) {
    color-scheme: light dark;
  }
  :host(:is(:state(light), :state(dark), :state(auto))) .root {
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  * {
    box-sizing: border-box;
  }
  /* Read by screen readers, not shown. */
  .visually-hidden {
    position: absolute;
    clip-path: inset(50%);
  }
  /* The text colour, not the accent: it contrasts with the page's background on any site. */
  :focus-visible {
    outline: var(--pekso-focus-ring, 3px solid);
    outline-offset: 2px;
  }
  p,
  ul,
  .label {
    margin: 0.75em 0 0;
    font-size: 1em;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  a {
    color: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;
