// One SCORM 1.2 session: LMSInitialize at start, values set and committed as the learner
// goes, LMSFinish when the page goes away (pagehide: browsers block unload in LMS frames).
// Without an API every step does nothing.

const STATUS = 'cmi.core.lesson_status';

export function startScormSession(api, win = window) {
  if (!api || String(api.LMSInitialize('')) !== 'true') return { complete() {}, set() {} };

  // A first visit is "incomplete" until the learner is done; a finished one stays finished.
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
    /** Marks the lesson completed, once. */
    complete() {
      if (completed || finished) return;
      completed = true;
      api.LMSSetValue(STATUS, 'completed');
      api.LMSCommit('');
    },
    /** Sets each value, in order, then commits: never only at page exit. */
    set(values) {
      if (finished) return;
      for (const [name, value] of Object.entries(values)) api.LMSSetValue(name, value);
      api.LMSCommit('');
    },
  };
}
