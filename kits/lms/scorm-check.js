// The script of the graded SCORM package's index.html (the overview and the check): reports
// each answer of the check as a SCORM 1.2 interaction, then the score, and passed or
// failed against the pass mark (the manifest's masteryscore), committing after every
// answer and at the end. An attempt with no answer stays "incomplete", with no score.
//
// The check keeps its progress in cmi.suspend_data, not on the device: a relaunch resumes
// where the learner left off, on any computer. A retry of the missed cases is practice:
// its answers are interactions of weight 0, and the score and status stay the first pass's.
import { findScormApi } from './scorm-api.js';
import { startScormSession } from './scorm-session.js';

const check = document.querySelector('pekso-check');
const api = findScormApi(window);
const session = startScormSession(api);
// Before the element upgrades: it reads its progress from here. Saved progress comes with
// cmi.core.exit "suspend": without it, many LMSs begin a new attempt at the next launch,
// with empty suspend data (SCORM 1.2 leaves it to them; SCORM 2004 requires it).
check.progressStore = {
  load: () => (api ? String(api.LMSGetValue('cmi.suspend_data')) : null),
  save: (text) => session.set({ 'cmi.suspend_data': text, 'cmi.core.exit': 'suspend' }),
  clear: () => session.set({ 'cmi.suspend_data': '', 'cmi.core.exit': '' }),
};
// Interactions are numbered on from those an earlier session recorded.
let recorded = Number(api?.LMSGetValue('cmi.interactions._count')) || 0;

check.addEventListener('pekso-answer', ({ detail }) => {
  const n = `cmi.interactions.${recorded++}`;
  session.set({
    [`${n}.id`]: detail.question,
    [`${n}.type`]: 'choice',
    [`${n}.student_response`]: detail.choice,
    [`${n}.correct_responses.0.pattern`]: detail.answer,
    [`${n}.result`]: detail.correct ? 'correct' : 'wrong',
    [`${n}.weighting`]: detail.practice ? '0' : '1',
  });
});

check.addEventListener('pekso-complete', ({ detail }) => {
  if (detail.practice) return;
  session.set({
    'cmi.core.score.raw': String(detail.percent),
    'cmi.core.score.min': '0',
    'cmi.core.score.max': '100',
    'cmi.core.lesson_status': detail.passed === null ? 'completed' : detail.passed ? 'passed' : 'failed',
  });
});
