// H5P.PeksoCheck: <pekso-check> as an H5P question. Its library carries the check in every
// language (pekso-check.classic.js, loaded before this script: the `Pekso` global).
//
// - H5P's Question Type contract (getScore, getMaxScore, getAnswerGiven, resetTask,
//   showSolutions, getXAPIData), so that it can sit inside Question Set, Column or
//   Interactive Book.
// - xAPI through H5P's dispatcher, built by the check's own builder (src/elements/check/
//   xapi.ts) with H5P's ids and language keys: `answered` per case, a child of the check
//   (its parent, and `?subContentId=` in its id), then `completed` (and `passed` or
//   `failed`) at the end of the graded pass. Moodle's H5P activity starts an attempt for
//   each top-level `answered` or `completed` and records what getXAPIData() returns: so one
//   pass is one attempt, and a retry of the missed cases, practice, starts none.
// - Resume from H5P's saved state (getCurrentState, and the previousState H5P hands back),
//   never from the device.
import { shownItems } from '../../src/markup/options.ts';
import { decodeProgress } from '../../src/elements/check/progress.ts';
import { CHECK_ACTIVITY, answeredStatement, completionStatements, totalStatement } from '../../src/elements/check/xapi.ts';
import { attachTo, defineContentType, elementFrom } from './content-type.js';
// The heading of the solutions: a word the check's bundle does not carry.
import words from 'pekso:ui/checkAnswers';

/** H5P's extension naming a sub-content, as its Question Set's children carry it. */
const SUB_CONTENT_ID = 'http://h5p.org/x-api/h5p-subContentId';
/** English again as `en-US`: Moodle's report shows that entry, or else the first. */
const ALSO_AS = { 'en-US': 'en' };

/** @returns {import('../../src/content/types.ts').BundledContent} */
const content = () => /** @type {any} */ (window).Pekso.CONTENT;

/**
 * @param {Record<string, unknown>} params the content's parameters (semantics.json)
 * @param {string | number} contentId
 * @param {{previousState?: {progress?: string | null}, subContentId?: string, parent?: object}} [extras]
 */
function PeksoCheck(params, contentId, extras = {}) {
  const H5P = /** @type {any} */ (window).H5P;
  H5P.EventDispatcher.call(this);
  this.contentId = contentId;
  if (extras.subContentId) this.subContentId = extras.subContentId;
  const check = (this.check = /** @type {any} */ (elementFrom('pekso-check', params)));
  // A landmark of its own, named as the check: H5P's frame document has none.
  this.root = document.createElement('section');
  this.root.append(check);
  /**
   * The check's progress as it saved it last (progress.ts), which H5P keeps as this
   * content's state (where the host saves states at all), unless `resume` is off.
   */
  this.resume = params.resume !== false;
  this.saved = (this.resume && extras.previousState?.progress) || null;
  /** The graded pass's answers so far: { question, choice }. */
  this.graded = this.answersIn(this.saved);
  check.progressStore = {
    load: () => this.saved,
    save: (/** @type {string} */ text) => {
      this.saved = text;
      this.graded = this.answersIn(text);
    },
    clear: () => {
      this.saved = null;
      this.graded = [];
    },
  };
  check.addEventListener('pekso-answer', ({ detail }) => {
    // Before the check saves: the end of the pass is reported with its last answer.
    if (!detail.practice) this.graded = [...this.graded, { question: detail.question, choice: detail.choice }];
    this.dispatch('answered', this.answered(detail.question, detail.choice, detail.practice), detail.question);
  });
  check.addEventListener('pekso-complete', ({ detail }) => {
    if (detail.practice) return; // the graded result stays the first pass's: no attempt
    for (const statement of completionStatements(this.context(), this.title(), detail.score, detail.max, detail.passed)) {
      this.dispatch(/** @type {any} */ (statement).verb.id.split('/').pop(), statement);
    }
  });
}

/** H5P calls it with the container to draw into; it may call it again with another. */
PeksoCheck.prototype.attach = function ($container) {
  attachTo(this, $container, this.root);
  this.check.updateComplete.then(() => this.root.setAttribute('aria-label', this.getTitle()));
};

/** The graded pass's answers in saved progress. */
PeksoCheck.prototype.answersIn = function (text) {
  const { cases, fields } = content();
  const progress = decodeProgress(text, cases.map((c) => c.id), fields.map((f) => f.id));
  return progress ? progress.graded.choices.map((choice, i) => ({ question: progress.graded.cases[i], choice })) : [];
};

/**
 * The statements' ids and language keys: the check is H5P's content (or sub-content), each
 * case a sub-content of the same content. H5P appends `?subContentId=` to the content's URL
 * as it is, even one with a query of its own (WordPress's admin-ajax.php?action=…), so the
 * URL is the check's id less its own sub-content part, if any.
 */
PeksoCheck.prototype.context = function () {
  const activity = /** @type {any} */ (this).createXAPIEventTemplate('completed').data.statement.object.id || CHECK_ACTIVITY;
  const own = this.subContentId ? `?subContentId=${this.subContentId}` : '';
  const url = own && activity.endsWith(own) ? activity.slice(0, -own.length) : activity;
  return { activity, lang: this.check.shownLang, caseId: (id) => `${url}?subContentId=${this.caseSubContentId(id)}`, alsoAs: ALSO_AS };
};

/** A case's sub-content id: its own id, under the check's when the check is itself one (in a Question Set). */
PeksoCheck.prototype.caseSubContentId = function (id) {
  return encodeURIComponent(this.subContentId ? `${this.subContentId}-${id}` : id);
};

PeksoCheck.prototype.title = function () {
  return content().ui.checkTitle;
};

/** The `answered` statement of one case. */
PeksoCheck.prototype.answered = function (question, choice, practice = false) {
  const { cases, fields } = content();
  const vignette = cases.find((c) => c.id === question);
  const choices = shownItems('pekso-check', this.check.settings, fields.map((f) => f.id)).map((id) => fields.find((f) => f.id === id));
  return answeredStatement(this.context(), vignette, choices, choice, choice === vignette.answer, practice);
};

/**
 * The statement as an H5P xAPI event (actor, verb and H5P's own extensions from H5P's
 * template, the rest from the check's builder), for H5P to dispatch. `caseId`: the case it
 * is about, a sub-content.
 */
PeksoCheck.prototype.event = function (verb, statement, caseId) {
  const event = /** @type {any} */ (this).createXAPIEventTemplate(verb);
  const template = event.data.statement;
  const extensions = { ...template.object?.definition?.extensions, ...(caseId && { [SUB_CONTENT_ID]: decodeURIComponent(this.caseSubContentId(caseId)) }) };
  template.object = { ...statement.object, definition: { ...statement.object.definition, extensions } };
  if (statement.result) template.result = statement.result;
  const contextActivities = { ...template.context?.contextActivities, ...statement.context?.contextActivities };
  template.context = { ...template.context, ...statement.context, contextActivities };
  return event;
};

PeksoCheck.prototype.dispatch = function (verb, statement, caseId) {
  /** @type {any} */ (this).trigger(this.event(verb, statement, caseId));
};

// H5P's Question Type contract.

/** Cases answered right in the graded pass. */
PeksoCheck.prototype.getScore = function () {
  return this.check.score;
};

/** Cases asked in the graded pass. */
PeksoCheck.prototype.getMaxScore = function () {
  return this.check.max;
};

PeksoCheck.prototype.getAnswerGiven = function () {
  return this.graded.length > 0;
};

PeksoCheck.prototype.getTitle = function () {
  return this.title()[this.check.shownLang];
};

/** Starts again from a first attempt, and forgets the saved progress. */
PeksoCheck.prototype.resetTask = function () {
  this.root.querySelector('.h5p-pekso-solutions')?.remove();
  this.check.reset();
};

/** The check's total so far, `answered` (as H5P's questions report it), with each case of the graded pass as a child. */
PeksoCheck.prototype.getXAPIData = function () {
  const score = this.getScore();
  const max = this.getMaxScore();
  const pass = this.check.settings.pass;
  const complete = max > 0 && this.graded.length === max;
  const passed = complete && typeof pass === 'number' ? Math.round((score / max) * 100) >= pass : null;
  const total = totalStatement(this.context(), this.title(), score, max, passed, complete);
  return {
    statement: this.event('answered', total).data.statement,
    children: this.graded.map((answer) => ({ statement: this.event('answered', this.answered(answer.question, answer.choice), answer.question).data.statement })),
  };
};

/** Each case of the graded pass answered so far, with its field and why, after the check. */
PeksoCheck.prototype.showSolutions = function () {
  const { cases, fields, languages } = content();
  const lang = this.check.shownLang;
  const terms = languages.find((l) => l.code === lang)?.terms;
  const level = Math.min(6, this.check.shownHeadingLevel + 1);
  const section = document.createElement('section');
  section.className = 'h5p-pekso-solutions';
  section.lang = lang;
  const heading = document.createElement(`h${level}`);
  heading.textContent = words.checkAnswers[lang];
  section.append(heading);
  const list = document.createElement('ol');
  for (const { question } of this.graded) {
    const vignette = cases.find((c) => c.id === question);
    const item = document.createElement('li');
    const field = document.createElement('strong');
    field.textContent = fields.find((f) => f.id === vignette.answer).name[lang];
    item.append(...marked(vignette.case[lang], terms), ' ', field, '. ', ...marked(vignette.why[lang], terms));
    list.append(item);
  }
  section.append(list);
  this.root.querySelector('.h5p-pekso-solutions')?.remove();
  this.root.append(section);
};

/** H5P saves it as the content's state, and hands it back as `previousState`; nothing with `resume` off. */
PeksoCheck.prototype.getCurrentState = function () {
  return this.resume ? { progress: this.saved } : undefined;
};

/** `text` as nodes, its terms (`_term_`) in italics in the language they are in: text only, never markup. */
function marked(text, lang) {
  return text.split(/_([^_]+)_/).map((part, i) => {
    if (!(i % 2)) return part;
    const term = document.createElement('i');
    if (lang) term.lang = lang;
    term.textContent = part;
    return term;
  });
}

defineContentType('PeksoCheck', PeksoCheck);
