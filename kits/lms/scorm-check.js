// The script of the graded SCORM package's index.html (the overview and the check): reports
// each answer of the check as a SCORM 1.2 interaction, then the score, and passed or
// failed against the pass mark (the manifest's masteryscore), committing after every
// answer and at the end. An attempt with no answer stays "incomplete", with no score.
import { findScormApi } from './scorm-api.js';
import { startScormSession } from './scorm-session.js';

const check = document.querySelector('pekso-check');
const session = startScormSession(findScormApi(window));
const answers = [];

check.addEventListener('pekso-answer', ({ detail }) => {
  answers.push(detail);
  const n = `cmi.interactions.${answers.length - 1}`;
  session.set({
    [`${n}.id`]: detail.question,
    [`${n}.type`]: 'choice',
    [`${n}.student_response`]: detail.choice,
    [`${n}.correct_responses.0.pattern`]: detail.answer,
    [`${n}.result`]: detail.correct ? 'correct' : 'wrong',
    // What was answered, should the learner come back: far under SCORM 1.2's 4,096 characters.
    'cmi.suspend_data': answers.map((a) => `${a.question}=${a.choice}`).join(';'),
  });
});

check.addEventListener('pekso-complete', ({ detail }) => {
  session.set({
    'cmi.core.score.raw': String(detail.percent),
    'cmi.core.score.min': '0',
    'cmi.core.score.max': '100',
    'cmi.core.lesson_status': detail.passed === null ? 'completed' : detail.passed ? 'passed' : 'failed',
  });
});
