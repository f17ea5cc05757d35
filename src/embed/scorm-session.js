// One SCORM 1.2 session: LMSInitialize at start, lesson_status "completed" when told,
// LMSFinish when the page goes away. Without an API every step does nothing.

const STATUS = 'cmi.core.lesson_status';

export function startScormSession(api, win = window) {
  if (!api || String(api.LMSInitialize('')) !== 'true') return { complete() {} };

  // A first visit is "incomplete" until the learner has seen every field; a finished one stays finished.
  if (['not attempted', ''].includes(String(api.LMSGetValue(STATUS)))) {
    api.LMSSetValue(STATUS, 'incomplete');
    api.LMSCommit('');
  }

  let finished = false;
  win.addEventListener('pagehide', () => {
    if (finished) return;
    finished = true;
    api.LMSFinish('');
  });

  let completed = false;
  return {
    complete() {
      if (completed || finished) return;
      completed = true;
      api.LMSSetValue(STATUS, 'completed');
      api.LMSCommit('');
    },
  };
}
