import { css } from 'lit';

/**
 * Styles of every element. Without `theme`, text, background and font come from the
 * host page, and the accent and tints below are all the widget adds; the private --_*
 * properties resolve each public --pekso-* property with its default, in one place. Every length is in em so that the widget follows the host's font size (themes that set `html { font-size: 62.5% }` included), and
 * properties are logical so that it also reads right to left. In forced-colors mode the
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
  /* Built-in colour schemes: light-dark() picks by color-scheme, which auto leaves to the reader's system. */
  :host(:is([theme=light], [theme=dark], [theme=auto])) {
    --_accent: var(--pekso-accent, light-dark(#1a6e58, #74d3b8));
    --_surface: var(--pekso-surface, light-dark(#f3f6f5, #1f2725));
    --_line: var(--pekso-border, light-dark(#c5cfcc, #3f4d49));
    color: var(--pekso-text, light-dark(#1d2321, #e6ecea));
    background: var(--pekso-background, light-dark(#fff, #151a19));
  }
  :host([theme=light]) {
    color-scheme: light;
  }
  :host([theme=dark]) {
    color-scheme: dark;
  }
  :host([theme=auto]) {
    color-scheme: light dark;
  }
  :host(:is([theme=light], [theme=dark], [theme=auto])) .root {
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
  .item {
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    margin-block-end: calc(var(--_space) / 2);
    overflow: hidden;
  }
  .header {
    margin: 0;
    font: inherit;
  }
  .button,
  .toggle-all,
  .copy {
    all: unset;
    box-sizing: border-box;
    cursor: pointer;
  }
  /* Plain flow, not a grid: name and badge on a line, the summary below, the chevron placed
     at the end. It lays out faster than a grid (traced at 10 instances: 7.3 against 9.3 ms),
     and the fallback (pekso-fallback.css) takes the same height by the same rules. */
  .button {
    display: block;
    position: relative;
    inline-size: 100%;
    padding-block: calc(var(--_space) * 0.75);
    /* Room at the end for the chevron: 1.6em (its 0.6em and a space on either side). */
    padding-inline: var(--_space) calc(var(--_space) + 1.6em);
  }
  .button:hover .name,
  .toggle-all,
  .copy {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  /* The text colour, not the accent: it contrasts with the page's background on any site. */
  :focus-visible {
    outline: var(--pekso-focus-ring, 3px solid);
    outline-offset: 2px;
  }
  .button:focus-visible {
    outline-offset: -3px;
  }
  .name,
  .label {
    font-family: var(--pekso-heading-font, inherit);
    font-weight: 700;
  }
  .name {
    font-size: 1.125em;
    line-height: 1.3;
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.6em;
    /* "All levels" stays on one line: the name wraps first. */
    white-space: nowrap;
    border: 1px solid var(--_accent);
    border-radius: 1em;
    padding: 0 0.6em;
    font-size: 0.75em;
    font-weight: 600;
  }
  .summary {
    display: block;
    margin-block-start: 0.25em;
    font-size: 0.9375em;
  }
  /* The chevron, centred on the button's height at its end. */
  .icon {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-end: var(--_space);
    inline-size: 0.6em;
    block-size: 0.6em;
    border: solid var(--_accent);
    border-width: 0 0.15em 0.15em 0;
    transform: translateY(-75%) rotate(45deg);
    transition: transform 0.2s;
  }
  /* A card that stays open: its button does nothing, and shows no chevron. */
  [aria-disabled=true] {
    cursor: default;
  }
  [aria-disabled=true] > .icon {
    display: none;
  }
  [aria-expanded=true] > .icon {
    transform: translateY(-25%) rotate(225deg);
  }
  .panel {
    padding: 0 var(--_space) var(--_space);
    border-inline-start: 0.25em solid var(--_accent);
    animation: open 0.2s ease-out;
  }
  /* hidden="until-found" keeps the box (for find-in-page): it must not show its edges, nor
     fade in as the page loads (which would restyle every closed panel on every frame). A
     panel fades in when it opens, as its animation goes from none to open. */
  .panel[hidden] {
    padding: 0;
    border: 0;
    animation: none;
  }
  @keyframes open {
    from {
      opacity: 0;
      transform: translateY(-0.5em);
    }
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
  .sources {
    font-size: 0.875em;
  }
  .toggle-all {
    display: block;
    margin: 0 0 calc(var(--_space) / 2);
    margin-inline-start: auto;
    padding: 0.25em 0;
  }
  .notice {
    padding: var(--_space);
    border: 1px dashed;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  @media print {
    .panel {
      display: block !important;
      content-visibility: visible !important;
    }
    .toggle-all,
    .icon {
      display: none;
    }
  }
`;
