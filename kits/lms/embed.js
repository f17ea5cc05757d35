// The script of embed.html: show the widget the query string asks for (?view=check for the
// check), configure it from the query string, send the check's xAPI statements to the LRS
// an LMS names, and keep the framing page told of its height.
import { applyQueryConfig } from './query-config.js';
import { observeHeight } from './observe-height.js';
import { heightReporter } from './parent-messages.js';
import { lrsFrom, sendStatementsTo } from './xapi-lrs.js';

const VIEWS = { fields: 'pekso-fields', check: 'pekso-check' };
const params = new URLSearchParams(location.search);
const view = params.get('view') ?? 'fields';
if (!(view in VIEWS)) console.warn(`embed.html view="${view}" is not valid. Valid: ${Object.keys(VIEWS).join(', ')}.`);
let widget = document.querySelector('pekso-fields');
if (VIEWS[view] && VIEWS[view] !== widget.localName) {
  const other = document.createElement(VIEWS[view]);
  widget.replaceWith(other);
  widget = other;
}
applyQueryConfig(widget, location.search);

const lrs = lrsFrom(location.search);
if (lrs) sendStatementsTo(lrs, widget);

// The page's title and language follow ?lang= when it names a language we have a title for.
const root = document.documentElement;
const lang = (widget.getAttribute('lang') ?? '').split('-')[0].toLowerCase();
const title = lang && root.getAttribute(`data-title-${lang}`);
if (title) {
  root.lang = lang;
  document.title = title;
}

observeHeight(document.body, heightReporter(window));
