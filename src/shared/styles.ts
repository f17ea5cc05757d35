import { css } from 'lit';

// Built-in colour schemes. With no `theme`, text, background and font come from the
// host page, and the accent and tints below are all the widget adds. Short private
// names (--_a accent, --_s surface, --_l lines, --_sp spacing, --_r radius) keep every
// --pekso-* override in one place and the bundle small.
const light = css`
  --_a: var(--pekso-accent, #1a6e58);
  --_s: var(--pekso-surface, #f3f6f5);
  --_l: var(--pekso-border, #c5cfcc);
  color: var(--pekso-text, #1d2321);
  background: var(--pekso-background, #fff);
`;
const dark = css`
  --_a: var(--pekso-accent, #74d3b8);
  --_s: var(--pekso-surface, #1f2725);
  --_l: var(--pekso-border, #3f4d49);
  color: var(--pekso-text, #e6ecea);
  background: var(--pekso-background, #151a19);
`;

/**
 * Styles of both elements. Every length is in em so that the widget follows the
 * host's font size (themes that set `html { font-size: 62.5% }` included), and
 * properties are logical so that it also reads right to left. In forced-colors mode the
 * browser draws every border and outline in system colours: nothing here opts out.
 */
export const baseStyles = css`
  :host {
    --_a: var(--pekso-accent, #1a6e58);
    --_s: var(--pekso-surface, color-mix(in srgb, currentColor 4%, transparent));
    --_l: var(--pekso-border, color-mix(in srgb, currentColor 25%, transparent));
    --_sp: var(--pekso-spacing, 1em);
    --_r: var(--pekso-radius, 0.5em);
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
  :host([theme=light]),
  :host([theme=auto]) {
    ${light}
  }
  :host([theme=dark]) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme=auto]) {
      ${dark}
    }
  }
  :host([theme]) .root {
    padding: var(--_sp);
    border-radius: var(--_r);
  }
  * {
    box-sizing: border-box;
  }
  [part=item] {
    border: 1px solid var(--_l);
    border-radius: var(--_r);
    background: var(--_s);
    margin-block-end: calc(var(--_sp) / 2);
    overflow: hidden;
  }
  [part=header] {
    margin: 0;
    font: inherit;
  }
  [part=button],
  [part=toggle-all] {
    all: unset;
    box-sizing: border-box;
    cursor: pointer;
  }
  [part=button] {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: 0.25em 0.6em;
    inline-size: 100%;
    padding: calc(var(--_sp) * 0.75) var(--_sp);
  }
  [part=button]:hover [part=name],
  [part=toggle-all] {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  /* The text colour, not the accent: it contrasts with the page's background on any site. */
  :focus-visible {
    outline: var(--pekso-focus-ring, 3px solid);
    outline-offset: 2px;
  }
  [part=button]:focus-visible {
    outline-offset: -3px;
  }
  [part=name],
  [part=label] {
    font-family: var(--pekso-heading-font, inherit);
    font-weight: 700;
  }
  [part=name] {
    font-size: 1.125em;
    line-height: 1.3;
  }
  [part=badge] {
    justify-self: start;
    border: 1px solid var(--_a);
    border-radius: 1em;
    padding: 0 0.6em;
    font-size: 0.75em;
    font-weight: 600;
  }
  [part=summary] {
    grid-column: 1 / 3;
    font-size: 0.9375em;
  }
  .icon {
    grid-area: 1 / 3 / span 2;
    margin-inline-start: 0.4em;
    align-self: center;
    inline-size: 0.6em;
    block-size: 0.6em;
    border: solid var(--_a);
    border-width: 0 0.15em 0.15em 0;
    transform: translateY(-25%) rotate(45deg);
    transition: transform 0.2s;
  }
  [aria-expanded=true] > .icon {
    transform: translateY(25%) rotate(225deg);
  }
  [part=panel] {
    padding: 0 var(--_sp) var(--_sp);
    border-inline-start: 0.25em solid var(--_a);
    animation: open 0.2s ease-out;
  }
  /* hidden="until-found" keeps the box (for find-in-page): it must not show its edges. */
  [part=panel][hidden] {
    padding: 0;
    border: 0;
  }
  @keyframes open {
    from {
      opacity: 0;
      transform: translateY(-0.5em);
    }
  }
  p,
  ul,
  [part=label] {
    margin: 0.75em 0 0;
    font-size: 1em;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  [part=sources] {
    font-size: 0.875em;
  }
  [part=toggle-all] {
    display: block;
    margin: 0 0 calc(var(--_sp) / 2);
    margin-inline-start: auto;
    padding: 0.25em 0;
  }
  [part=notice] {
    padding: var(--_sp);
    border: 1px dashed;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  @media print {
    [part=panel] {
      display: block !important;
      content-visibility: visible !important;
    }
    [part=toggle-all],
    .icon {
      display: none;
    }
  }
`;
