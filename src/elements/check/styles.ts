import { css } from 'lit';

/** What <pekso-check> adds to the shared styles: the case, its choices, feedback, buttons, print. */
export const checkStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
  }
  .progress,
  .choice {
    display: block;
  }
  .progress {
    font-size: 0.875em;
  }
  .choice {
    margin-block-start: 0.5em;
    padding: 0.5em var(--_space);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  input {
    margin-inline-end: 0.6em;
  }
  .feedback:empty {
    display: none;
  }
  /* The field to read again, on its own line. */
  .feedback a,
  li a {
    display: block;
  }
  .action {
    margin-block-start: 0.75em;
    padding: 0.4em 1.2em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .print {
    display: none;
  }
  @media print {
    .question,
    .result {
      display: none;
    }
    .print {
      display: block;
    }
  }
`;
