// The script of the SCORM package's index.html: report to the LMS, if there is one,
// that the learner has opened every field the page shows (its `fields` attribute,
// written from the content at build time).
import { whenAllOpened } from './opened-all.js';
import { findScormApi } from './scorm-api.js';
import { startScormSession } from './scorm-session.js';

const widget = document.querySelector('pekso-fields');
const ids = widget.getAttribute('fields').split(',').map((id) => id.trim());
const session = startScormSession(findScormApi(window));
whenAllOpened(widget, ids, () => session.complete());
