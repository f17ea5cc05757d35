import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PropertiesOf } from '../../attributes.js';
import { CONTENT, fieldById, fieldIds, langs, uiText } from '../../content/registry.js';
import type { BundledCase, BundledItem, Translated } from '../../content/types.js';
import { HASH_PREFIX, LOCATE_EVENT, type LocateDetail } from '../../markup/ids.js';
import { shownItems } from '../../markup/options.js';
import { PeksoElement } from '../base/pekso-element.js';
import { baseStyles } from '../base/styles.js';
import { drawCases } from './draw.js';
import { readOwnCases } from './own-cases.js';
import { decodeProgress, deviceStore, encodeProgress, type Pass, type Progress, type ProgressStore } from './progress.js';
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
  /** A retry of a case missed in the graded pass: practice, which does not count. */
  practice: boolean;
}

/** Detail of the `pekso-complete` event. */
export interface PeksoCompleteDetail {
  score: number;
  max: number;
  /** The score in percent, rounded. */
  percent: number;
  /** Against the pass mark; null without one (`pass="none"`). */
  passed: boolean | null;
  /** After a retry of the missed cases: the combined score, as practice. The graded result is the first pass's. */
  practice: boolean;
}

type Answer = Omit<PeksoAnswerDetail, 'practice'>;
type Text = (key: string, vars?: Record<string, string | number>) => string;
const NAME_KEY = 'pekso-check:name';

/**
 * A check of understanding: short cases, one at a time, each asking which field of
 * practice it is, with feedback that points back to the field, and a score at the end.
 * Each case is a fieldset whose legend holds the case and the question, with a native
 * radio button per field shown.
 *
 * `count` draws that many cases from the pool, every field once before any twice
 * (draw.ts). The first pass is graded; "Retry the cases I got wrong" asks the missed ones
 * again as practice, which is reported as such and never changes the graded result. An
 * unfinished check resumes after a reload (progress.ts: on the device, or where a host's
 * `progressStore` keeps it). A lecturer's own cases come as JSON inside the element
 * (own-cases.ts).
 *
 * Its attributes, events, parts and custom properties are declared in src/spec.ts.
 *
 * @tagname pekso-check
 */
export class PeksoCheck extends PeksoElement {
  static override readonly tag = 'pekso-check';
  static override styles = [baseStyles, checkStyles];
  // Reactive, so that a value set before the element upgrades (the embed page and the SCORM
  // package set them while the bundle is still loading) is kept: Lit saves it and applies it
  // after the default.
  static override properties = { xapiActivity: { attribute: false }, progressStore: { attribute: false }, ownCases: { attribute: false } };

  /**
   * The IRI the check's xAPI statements are about: the object of `completed`, `passed` and
   * `failed`, and the parent of each case. The embed page sets it from the launch's
   * `activity_id`. Default: `urn:pekso:check`.
   */
  declare xapiActivity: string;
  /**
   * Where progress is kept between visits, for a host that keeps it itself (SCORM's
   * `cmi.suspend_data`, H5P's state). Default: this device, when `resume` is on.
   */
  declare progressStore: ProgressStore | undefined;
  /** The lecturer's own cases, as the JSON inside the element would give them (for frameworks). */
  declare ownCases: unknown;

  #choices: readonly BundledItem[] = [];
  #pool: BundledCase[] = [];
  #passMark: number | null = 80;
  #store?: ProgressStore;
  #progress: Progress = { attempt: 1, graded: { cases: [], choices: [] } };
  /** The case shown in the current pass; at its end, the result. */
  #index = 0;
  #picked?: string;
  #message = '';
  /** Why the case is its field, after the verdict in #message. */
  #why?: Translated;
  /** Whether the last save was kept on the device: the check then says so. */
  #kept = false;
  #copyStatus = '';
  #showText = false;
  #name = '';
  /** What to focus once rendered: the next legend, the Next button, the result. */
  #focus?: string;

  constructor() {
    super();
    this.xapiActivity = CHECK_ACTIVITY;
  }

  /** Cases answered right in the graded pass so far. */
  get score(): number {
    return this.#answers(this.#progress.graded).filter((answer) => answer.correct).length;
  }

  /** Cases asked in the graded pass. */
  get max(): number {
    return this.#progress.graded.cases.length;
  }

  /** Starts again from a first attempt, and forgets the saved progress. */
  reset(): void {
    this.#store?.clear();
    this.#begin(1, false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || (['fields', 'count', 'pass', 'shuffle', 'seed', 'cases', 'resume', 'progressStore', 'ownCases'] as const).some((key) => changed.has(key))) this.#configure();
  }

  /** The fields, the pool and the store the settings name; then the saved progress, or a first draw. */
  #configure(): void {
    const { pass, shuffle, seed, cases, resume } = this.settings;
    this.#choices = shownItems('pekso-check', this.settings, fieldIds()).map((id) => fieldById(id)!);
    this.#passMark = typeof pass === 'number' ? pass : null;
    const shown = this.#choices.map((f) => f.id);
    const own = this.ownCases ?? this.querySelector(':scope > script[type="application/json"]')?.textContent;
    const warn = (message: string) => console.warn(`<${this.localName}> own cases: ${message}`);
    const owned = own == null ? [] : readOwnCases(own, { taken: CONTENT.cases.map((c) => c.id), fields: fieldIds(), warn });
    for (const c of owned) {
      const missing = (['case', 'why'] as const).filter((key) => c[key][this.shownLang] === undefined);
      if (missing.length) warn(`"${c.id}": no ${missing.join(' or ')} in "${this.shownLang}": shown in "${Object.keys(c.case)[0]}"`);
    }
    this.#pool = [...(cases === 'own' ? [] : CONTENT.cases), ...owned].filter((c) => shown.includes(c.answer));
    const place = [...document.querySelectorAll(this.localName)].indexOf(this);
    const key = `pekso-check:${location.pathname}:${place}:${JSON.stringify([shown, this.settings.count, cases, shuffle, seed])}`;
    this.#store = this.progressStore ?? (resume ? deviceStore(key) : undefined);
    const saved = decodeProgress(this.#store?.load(), this.#pool.map((c) => c.id), fieldIds(), this.#store?.maxAgeDays);
    if (saved) {
      const { ended, ...progress } = saved;
      this.#progress = progress;
      this.#index = this.#pass.choices.length;
      this.#kept = !!this.#store?.maxAgeDays;
      this.#message = '';
      this.#why = undefined;
      this.#picked = undefined;
      // The cases left were removed since: the pass is over, and is reported (graded) as such now.
      if (ended) {
        this.#complete(!!progress.practice);
        this.#save();
      }
    } else this.#begin(1, false);
    this.#name = deviceStore(NAME_KEY).load() ?? '';
  }

  /** Graded attempt `attempt`, drawn afresh: from the seed and the attempt, so the first is the same for everyone. */
  #begin(attempt: number, save: boolean): void {
    const { shuffle, seed } = this.settings;
    let count = this.settings.count;
    // The most it can ask is the pool: more is read again against that, to warn.
    if (typeof count === 'number' && count > this.#pool.length) count = this.read('count', this.#pool.length);
    const drawn = drawCases(this.#pool, this.#choices.map((f) => f.id), typeof count === 'number' ? count : this.#pool.length, shuffle ? (seed == null ? null : `${seed}:${attempt}`) : undefined);
    if (shuffle) this.#choices = shuffled(this.#choices, seed == null ? undefined : `${seed}:choices`);
    this.#progress = { attempt, graded: { cases: drawn.map((c) => c.id), choices: [] } };
    this.#start(save);
  }

  #start(save: boolean): void {
    this.#index = 0;
    this.#picked = undefined;
    this.#message = '';
    this.#why = undefined;
    this.#copyStatus = '';
    this.#showText = false;
    if (save) this.#save();
    this.requestUpdate();
  }

  #save(): void {
    this.#kept = this.#store?.save(encodeProgress(this.#progress)) === true;
  }

  /** The pass being answered: the practice retry once begun, else the graded one. */
  get #pass(): Pass {
    return this.#progress.practice ?? this.#progress.graded;
  }

  #case(id: string): BundledCase {
    return this.#pool.find((c) => c.id === id)!;
  }

  #answers(pass: Pass): Answer[] {
    return pass.choices.map((choice, i) => {
      const answer = this.#case(pass.cases[i]).answer;
      return { question: pass.cases[i], choice, answer, correct: choice === answer };
    });
  }

  override render() {
    const lang = this.shownLang;
    const t: Text = (key, vars) => uiText(key, lang, vars);
    const pass = this.#pass;
    const question = pass.cases[this.#index] === undefined ? undefined : this.#case(pass.cases[this.#index]);
    const answer = this.#answers(pass)[this.#index];
    const progress = this.#progress.practice ? 'checkPracticeProgress' : 'checkProgress';
    const body = !this.#pool.length
      ? html`<p class="notice" part="notice">${t('checkNoCases')}</p>`
      : question
        ? html`<div class="question" @change=${this.#handleChange} @keydown=${this.#handleKey}>
            <fieldset class="case" part="case">
              <legend tabindex="-1"><span class="progress">${t(progress, { n: this.#index + 1, count: pass.cases.length })}</span> ${this.#text(question.case)} <strong>${t('checkQuestion')}</strong></legend>
              ${this.#choices.map(
                (field) => html`<label class="choice" part="choice"><input type="radio" name="choice" .value=${field.id} .checked=${(answer?.choice ?? this.#picked) === field.id} ?disabled=${!!answer} />${field.name[lang]}</label>`
              )}
            </fieldset>
            <p class="feedback" part="feedback" role="status">${this.#marked(this.#message)}${this.#why ? [' ', this.#text(this.#why)] : nothing}${answer ? this.#fieldLink(question.answer, lang) : nothing}</p>
            ${answer
              ? html`<button type="button" class="action next" part="action" @click=${this.#handleNext}>${t(this.#index + 1 < pass.cases.length ? 'checkNext' : 'checkFinish')}</button>`
              : html`<button type="button" class="action" part="action" @click=${this.#handleCheck}>${t('checkButton')}</button>`}
            ${this.#kept && this.#progress.graded.choices.length
              ? html`<p class="notice" part="notice">${t('checkKept')} <button type="button" class="link" part="action" @click=${this.#handleStartAgain}>${t('checkStartAgain')}</button></p>`
              : nothing}
          </div>`
        : this.#result(lang, t);
    const print = question ? html`<ol class="print">${pass.cases.map((id) => html`<li>${this.#text(this.#case(id).case)} ${t('checkQuestion')}</li>`)}</ol>` : nothing;
    return html`<div class="root check" lang=${lang} dir=${this.shownDir}>${this.#heading(t('checkTitle'), 0, 'title')}${body}${print}</div>`;
  }

  protected override updated(): void {
    if (!this.#focus) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.#focus);
    // Firefox does not focus an element it has not laid out yet (a legend just rendered in
    // place of the result): asking for its boxes lays it out first.
    target?.getClientRects();
    target?.focus();
    this.#focus = undefined;
  }

  /** The graded pass's score line and verdict, as the result and the copied text say them. */
  #scoreLine(t: Text): string {
    const { score, max } = this;
    const percent = Math.round((score / max) * 100);
    const verdict = this.#passMark === null ? '' : ` ${t(percent >= this.#passMark ? 'checkPassed' : 'checkFailed', { pass: this.#passMark })}`;
    return `${t('checkScore', { score, max, percent })}${verdict}`;
  }

  /** After a retry of the missed: right in either pass, out of the graded cases. */
  #practiceLine(t: Text): string | undefined {
    const practice = this.#progress.practice;
    if (!practice || practice.choices.length < practice.cases.length) return undefined;
    const score = this.score + this.#answers(practice).filter((a) => a.correct).length;
    return t('checkPracticeScore', { score, max: this.max, percent: Math.round((score / this.max) * 100) });
  }

  /** The result as plain text: what "Copy my result" copies and the printed page shows. */
  #resultText(lang: string, t: Text): string {
    const cases = this.#answers(this.#progress.graded).map((a, i) =>
      t(a.correct ? 'checkCaseRight' : 'checkCaseWrong', { n: i + 1, id: a.question, field: fieldById(a.choice)!.name[lang] })
    );
    const date = new Date().toLocaleDateString(lang, { dateStyle: 'long' });
    return [t('checkTitle'), date, this.#name.trim(), this.#scoreLine(t), this.#practiceLine(t), '', ...cases].filter((line) => line !== undefined && line !== null).join('\n').replace(/\n{3,}/g, '\n\n');
  }

  #result(lang: string, t: Text) {
    const missed = this.#answers(this.#progress.graded).filter((answer) => !answer.correct);
    const practiceLine = this.#practiceLine(t);
    return html`<div class="result" part="result" tabindex="-1">
      ${this.#heading(t('checkResult'), 1)}
      <p role="status">${this.#scoreLine(t)}${practiceLine ? html`<br />${practiceLine}` : nothing}</p>
      ${missed.length
        ? html`${this.#heading(t('checkMissed'), 1)}<ul>${missed.map((answer) => {
            const vignette = this.#case(answer.question);
            return html`<li>${this.#text(vignette.case)} ${this.#fieldLink(vignette.answer, lang)}</li>`;
          })}</ul>`
        : nothing}
      ${missed.length && !this.#progress.practice ? html`<button type="button" class="action retry-missed" part="action" @click=${this.#handleRetryMissed}>${t('checkRetryMissed')}</button>` : nothing}
      <button type="button" class="action try-again" part="action" @click=${this.#handleRetry}>${t('checkRetry')}</button>
      <p class="student-name" part="student-name">
        <label>${t('checkName')} <input type="text" class="name" autocomplete="name" .value=${this.#name} @input=${this.#handleName} /></label>
        <label><input type="checkbox" class="keep-name" .checked=${!!deviceStore(NAME_KEY).load()} @change=${this.#handleKeepName} />${t('checkKeepName')}</label>
      </p>
      <button type="button" class="action copy-result" part="action" @click=${this.#handleCopy}>${t('checkCopyResult')}</button>
      <p class="copy-status" role="status">${this.#copyStatus}</p>
      <pre class="result-text" part="result-text" ?hidden=${!this.#showText}>${this.#resultText(lang, t)}</pre>
    </div>`;
  }

  /** A case's text in the language shown, or, for an own case without it, in one it has (marked as such). */
  #text(text: Translated) {
    const lang = text[this.shownLang] === undefined ? Object.keys(text)[0] : this.shownLang;
    return lang === this.shownLang ? this.#marked(text[lang]) : html`<span lang=${lang}>${this.#marked(text[lang])}</span>`;
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
    const target = event.target as HTMLInputElement;
    if (target.type === 'radio') this.#picked = target.value;
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
    const pass = this.#pass;
    const question = this.#case(pass.cases[this.#index]);
    if (!this.#picked) {
      this.#message = uiText('checkChoose', lang);
      this.requestUpdate();
      return;
    }
    const practice = !!this.#progress.practice;
    pass.choices = [...pass.choices, this.#picked];
    const correct = this.#picked === question.answer;
    const field = fieldById(question.answer)!.name[lang];
    this.#message = uiText(correct ? 'checkRight' : 'checkWrong', lang, { field });
    this.#why = question.why;
    this.#focus = '.next';
    this.#emit('pekso-answer', { question: question.id, choice: this.#picked, answer: question.answer, correct, practice });
    this.#emit('pekso-xapi', answeredStatement(this.#statementContext, question, this.#choices, this.#picked, correct, practice));
    if (pass.choices.length === pass.cases.length) this.#complete(practice);
    this.#save();
    this.requestUpdate();
  };

  #complete(practice: boolean): void {
    const { max } = this;
    const score = practice ? this.score + this.#answers(this.#progress.practice!).filter((a) => a.correct).length : this.score;
    const percent = Math.round((score / max) * 100);
    const passed = this.#passMark === null ? null : percent >= this.#passMark;
    this.#emit('pekso-complete', { score, max, percent, passed, practice });
    if (practice) return; // the graded result stays the first pass's
    const name = Object.fromEntries(langs().map((lang) => [lang, uiText('checkTitle', lang)]));
    for (const statement of completionStatements(this.#statementContext, name, score, max, passed)) this.#emit('pekso-xapi', statement);
  }

  #handleNext = (): void => {
    this.#index++;
    this.#picked = undefined;
    this.#message = '';
    this.#why = undefined;
    this.#focus = this.#index < this.#pass.cases.length ? 'legend' : '.result';
    this.requestUpdate();
  };

  #handleRetry = (): void => {
    this.#begin(this.#progress.attempt + 1, true);
    this.#focus = 'legend';
  };

  #handleRetryMissed = (): void => {
    const { shuffle, seed } = this.settings;
    const missed = this.#answers(this.#progress.graded).filter((a) => !a.correct).map((a) => a.question);
    // In a new order: shuffled again, reproducibly with a seed.
    const order = shuffled(missed, shuffle && seed != null ? `${seed}:${this.#progress.attempt}:practice` : undefined);
    this.#progress = { ...this.#progress, practice: { cases: order, choices: [] } };
    this.#start(true);
    this.#focus = 'legend';
  };

  #handleStartAgain = (): void => {
    this.reset();
    this.#focus = 'legend';
  };

  #handleName = (event: Event): void => {
    this.#name = (event.target as HTMLInputElement).value;
    if (deviceStore(NAME_KEY).load() != null) deviceStore(NAME_KEY).save(this.#name);
    this.requestUpdate();
  };

  /** The name is kept on the device only while the box is ticked (UU 27/2022: consent, and only for this). */
  #handleKeepName = (event: Event): void => {
    const store = deviceStore(NAME_KEY);
    if ((event.target as HTMLInputElement).checked) store.save(this.#name);
    else store.clear();
  };

  async #handleCopy(): Promise<void> {
    const lang = this.shownLang;
    const text = this.#resultText(lang, (key, vars) => uiText(key, lang, vars));
    let status = 'checkResultCopied';
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // A sandboxed frame or a browser that refuses: show the text, selected, to copy by hand.
      status = 'checkResultCopyFailed';
      this.#showText = true;
      await this.updateComplete;
      getSelection()?.selectAllChildren(this.renderRoot.querySelector('.result-text')!);
    }
    // Emptied first, so that the same message is announced again.
    this.#copyStatus = '';
    this.requestUpdate();
    await this.updateComplete;
    this.#copyStatus = uiText(status, lang);
    this.requestUpdate();
  }

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
