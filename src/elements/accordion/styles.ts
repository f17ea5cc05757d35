import { css, unsafeCSS } from 'lit';
import { BADGE_STYLE } from '../../markup/badge.js';

/**
 * What the accordion elements add to the shared styles: the items, their header button
 * (name, badge, summary, chevron), the panels and their text, the "show all" control.
 */
export const accordionStyles = css`
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
  /* No specificity (:where), so that the shared :focus-visible ring still applies. */
  :where(.button, .toggle-all, .copy) {
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
    ${unsafeCSS(BADGE_STYLE)}
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
