// The script of the SCORM package's index.html: report to the LMS, if there is one,
// that the learner has opened every field the page shows.
import { whenAllOpened } from './opened-all.js';
import { findScormApi } from './scorm-api.js';
import { startScormSession } from './scorm-session.js';

const widget = document.querySelector('pekso-fields');
const session = startScormSession(findScormApi(window));
customElements
  .whenDefined('pekso-fields')
  .then(() => widget.updateComplete)
  .then(() => whenAllOpened(widget, widget.shownFields, () => session.complete()));
