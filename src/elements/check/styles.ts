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
  /* "Start again", inside the line that says answers are kept: a button that reads as a link. */
  .link {
    all: unset;
    cursor: pointer;
    text-decoration: underline;
  }
  .notice,
  .student-name {
    font-size: 0.875em;
  }
  .student-name label {
    display: block;
    margin-block-start: 0.5em;
  }
  .name {
    font: inherit;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  .result-text {
    font: inherit;
    white-space: pre-wrap;
  }
  .print {
    display: none;
  }
  /* On paper: the cases without their answers while the check is under way, the result as text at its end. */
  @media print {
    .question,
    .result > :not(.result-text) {
      display: none;
    }
    .print,
    .result-text {
      display: block;
    }
  }
`;
