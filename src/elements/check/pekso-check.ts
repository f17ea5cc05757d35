import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PropertiesOf } from '../../attributes.js';
import { CONTENT, fieldById, fieldIds, langs, uiText } from '../../content/registry.js';
import type { BundledCase, BundledItem } from '../../content/types.js';
import { HASH_PREFIX, LOCATE_EVENT, type LocateDetail } from '../../markup/ids.js';
import { shownItems } from '../../markup/options.js';
import { PeksoElement } from '../base/pekso-element.js';
import { baseStyles } from '../base/styles.js';
import { shuffled } from './shuffle.js';
import { checkStyles } from './styles.js';
import { CHECK_ACTIVITY, answeredStatement, completionStatements } from './xapi.js';

/** Detail of the `pekso-answer` event. */
export interface PeksoAnswerDetail {
  /** The case's id. */
  question: string;
  /** The field chosen. */
  choice: string;
  /** The right field. */
  answer: string;
  correct: boolean;
}

/** Detail of the `pekso-complete` event. */
export interface PeksoCompleteDetail {
  score: number;
  max: number;
  /** The score in percent, rounded. */
  percent: number;
  /** Against the pass mark; null without one (`pass="none"`). */
  passed: boolean | null;
}

/**
 * A check of understanding: short Indonesian cases, one at a time, each asking which field
 * of practice it is, with feedback that points back to the field, and a score at the end.
 * Each case is a fieldset whose legend holds the case and the question, with a native
 * radio button per field shown.
 *
 * Its attributes, events, parts and custom properties are declared in src/spec.ts.
 *
 * @tagname pekso-check
 */
export class PeksoCheck extends PeksoElement {
  static override readonly tag = 'pekso-check';
  static override styles = [baseStyles, checkStyles];
  // Reactive, so that a value set before the element upgrades (the embed page sets it while
  // the bundle is still loading) is kept: Lit saves it and applies it after the default.
  static override properties = { xapiActivity: { attribute: false } };

  /**
   * The IRI the check's xAPI statements are about: the object of `completed`, `passed` and
   * `failed`, and the parent of each case. The embed page sets it from the launch's
   * `activity_id`. Default: `urn:pekso:check`.
   */
  declare xapiActivity: string;

  #choices: readonly BundledItem[] = [];
  #questions: BundledCase[] = [];
  #passMark: number | null = 80;
  #answers: PeksoAnswerDetail[] = [];
  /** The case shown: an index into #questions; past the end, the result. */
  #index = 0;
  #picked?: string;
  #message = '';
  /** What to focus once rendered: the next legend, the Next button, the result. */
  #focus?: string;

  constructor() {
    super();
    this.xapiActivity = CHECK_ACTIVITY;
  }

  /** Cases answered right so far. */
  get score(): number {
    return this.#answers.filter((answer) => answer.correct).length;
  }

  /** Cases asked. */
  get max(): number {
    return this.#questions.length;
  }

  /** Starts again from the first case (shuffled again, unless a seed fixes the order). */
  reset(): void {
    this.#answers = [];
    this.#index = 0;
    this.#picked = undefined;
    this.#message = '';
    this.#ask();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || (['fields', 'count', 'pass', 'shuffle', 'seed'] as const).some((key) => changed.has(key))) {
      this.#choices = shownItems('pekso-check', this.settings, fieldIds()).map((id) => fieldById(id)!);
      const pass = this.settings.pass;
      this.#passMark = typeof pass === 'number' ? pass : null;
      this.reset();
    }
  }

  /** Chooses the cases and the order of the choices. */
  #ask(): void {
    const shuffle = this.settings.shuffle === true;
    const seed = this.settings.seed as string | null;
    const order = <T>(items: readonly T[], salt: string) => (shuffle ? shuffled(items, seed == null ? undefined : seed + salt) : [...items]);
    const asked = order(CONTENT.cases.filter((v) => this.#choices.some((f) => f.id === v.answer)), '');
    // The most it can ask is the cases of the fields shown: more is read again against that, to warn.
    let count = this.settings.count;
    if (typeof count === 'number' && count > asked.length) count = this.read('count', asked.length);
    this.#questions = asked.slice(0, typeof count === 'number' ? count : asked.length);
    this.#choices = order(this.#choices, ':choices');
  }

  override render() {
    const lang = this.shownLang;
    const t = (key: string, vars?: Record<string, string | number>) => uiText(key, lang, vars);
    const question = this.#questions[this.#index];
    const answer = this.#answers[this.#index];
    const print = html`<ol class="print">${this.#questions.map((v) => html`<li>${this.#marked(v.case[lang])} ${t('checkQuestion')}</li>`)}</ol>`;
    const body = question
      ? html`<div class="question" @change=${this.#handleChange} @keydown=${this.#handleKey}>
          <fieldset class="case" part="case">
            <legend tabindex="-1"><span class="progress">${t('checkProgress', { n: this.#index + 1, count: this.max })}</span> ${this.#marked(question.case[lang])} <strong>${t('checkQuestion')}</strong></legend>
            ${this.#choices.map(
              (field) => html`<label class="choice" part="choice"><input type="radio" name="choice" .value=${field.id} .checked=${(answer?.choice ?? this.#picked) === field.id} ?disabled=${!!answer} />${field.name[lang]}</label>`
            )}
          </fieldset>
          <p class="feedback" part="feedback" role="status">${this.#marked(this.#message)}${answer ? this.#fieldLink(question.answer, lang) : nothing}</p>
          ${answer
            ? html`<button type="button" class="action next" part="action" @click=${this.#handleNext}>${t(this.#index + 1 < this.max ? 'checkNext' : 'checkFinish')}</button>`
            : html`<button type="button" class="action" part="action" @click=${this.#handleCheck}>${t('checkButton')}</button>`}
        </div>`
      : this.#result(lang, t);
    return html`<div class="root check" lang=${lang} dir=${this.shownDir}>${this.#heading(t('checkTitle'), 0, 'title')}${body}${print}</div>`;
  }

  protected override updated(): void {
    if (!this.#focus) return;
    this.renderRoot.querySelector<HTMLElement>(this.#focus)?.focus();
    this.#focus = undefined;
  }

  #result(lang: string, t: (key: string, vars?: Record<string, string | number>) => string) {
    const { score, max } = this;
    const percent = Math.round((score / max) * 100);
    const missed = this.#answers.filter((answer) => !answer.correct);
    const verdict = this.#passMark === null ? '' : ` ${t(percent >= this.#passMark ? 'checkPassed' : 'checkFailed', { pass: this.#passMark })}`;
    return html`<div class="result" part="result" tabindex="-1">
      ${this.#heading(t('checkResult'), 1)}
      <p role="status">${t('checkScore', { score, max, percent })}${verdict}</p>
      ${missed.length
        ? html`${this.#heading(t('checkMissed'), 1)}<ul>${missed.map((answer) => {
            const vignette = this.#questions.find((v) => v.id === answer.question)!;
            return html`<li>${this.#marked(vignette.case[lang])} ${this.#fieldLink(vignette.answer, lang)}</li>`;
          })}</ul>`
        : nothing}
      <button type="button" class="action" part="action" @click=${this.#handleRetry}>${t('checkRetry')}</button>
    </div>`;
  }

  /** `text` with its terms (`_term_`) in italics, in the language the content names for them. */
  #marked(text: string) {
    const terms = CONTENT.languages.find((l) => l.code === this.shownLang)?.terms;
    return text.split(/_([^_]+)_/).map((part, i) => (i % 2 ? html`<i lang=${ifDefined(terms)}>${part}</i>` : part));
  }

  /** A heading at the element's level (plus `depth`), made as DOM: its tag varies with the level. */
  #heading(text: string, depth: number, part?: string): Node {
    const heading = document.createElement(`h${Math.min(6, this.shownHeadingLevel + depth)}`);
    if (part) heading.className = heading.part.value = part;
    heading.textContent = text;
    return heading;
  }

  /** A field's name: a link that opens it where an accordion on the page shows it (markup/ids.ts, LOCATE_EVENT). */
  #fieldLink(id: string, lang: string) {
    const detail: LocateDetail = { id, found: false };
    document.dispatchEvent(new CustomEvent(LOCATE_EVENT, { detail }));
    return detail.found ? html` <a href="${HASH_PREFIX}${id}">${fieldById(id)!.name[lang]}</a>` : nothing;
  }

  #handleChange = (event: Event): void => {
    this.#picked = (event.target as HTMLInputElement).value;
  };

  // Enter on a choice checks, as a form's implicit submission would. No <form>: a frame
  // sandboxed without allow-forms (a wp-embed, some LMSs) blocks submission, and its submit
  // event never fires.
  #handleKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || (event.target as HTMLElement).localName !== 'input') return;
    event.preventDefault();
    this.#handleCheck();
  };

  #handleCheck = (): void => {
    const lang = this.shownLang;
    const question = this.#questions[this.#index];
    if (!this.#picked) {
      this.#message = uiText('checkChoose', lang);
      this.requestUpdate();
      return;
    }
    const answer = { question: question.id, choice: this.#picked, answer: question.answer, correct: this.#picked === question.answer };
    this.#answers = [...this.#answers, answer];
    const field = fieldById(question.answer)!.name[lang];
    this.#message = `${uiText(answer.correct ? 'checkRight' : 'checkWrong', lang, { field })} ${question.why[lang]}`;
    this.#focus = '.next';
    this.#emit('pekso-answer', answer);
    this.#emit('pekso-xapi', answeredStatement(this.#statementContext, question, this.#choices, answer.choice, answer.correct));
    if (this.#answers.length === this.max) this.#complete();
    this.requestUpdate();
  };

  #complete(): void {
    const { score, max } = this;
    const percent = Math.round((score / max) * 100);
    const passed = this.#passMark === null ? null : percent >= this.#passMark;
    this.#emit('pekso-complete', { score, max, percent, passed });
    const name = Object.fromEntries(langs().map((lang) => [lang, uiText('checkTitle', lang)]));
    for (const statement of completionStatements(this.#statementContext, name, score, max, passed)) this.#emit('pekso-xapi', statement);
  }

  #handleNext = (): void => {
    this.#index++;
    this.#picked = undefined;
    this.#message = '';
    this.#focus = this.#index < this.max ? 'legend' : '.result';
    this.requestUpdate();
  };

  #handleRetry = (): void => {
    this.reset();
    this.#focus = 'legend';
  };

  get #statementContext() {
    return { activity: this.xapiActivity || CHECK_ACTIVITY, lang: this.shownLang };
  }

  #emit(type: string, detail: object): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

// Its properties, typed from the spec (`count: number | null`, `pass: number | 'none'`, …).
export interface PeksoCheck extends PropertiesOf<'pekso-check'> {}

declare global {
  interface HTMLElementTagNameMap {
    'pekso-check': PeksoCheck;
  }
  interface HTMLElementEventMap {
    'pekso-answer': CustomEvent<PeksoAnswerDetail>;
    'pekso-complete': CustomEvent<PeksoCompleteDetail>;
    'pekso-xapi': CustomEvent<object>;
  }
}
