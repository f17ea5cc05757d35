// The script of embed.html: show the element the query string asks for (?view=check for the
// check), configure it from the query string, load the bundle of that element in that
// language, send the check's xAPI statements to the LRS an LMS names, and keep the framing
// page told of its height.
import { invalidWarning, primaryLang } from '../../src/attributes.ts';
import { EMBED_PARAMETERS, ELEMENTS } from '../../src/spec.ts';
import { observeHeight } from './observe-height.js';
import { heightReporter } from './parent-messages.js';
import { applyQueryConfig } from './query-config.js';
import { lrsFrom, sendStatementsTo } from './xapi-lrs.js';

const params = new URLSearchParams(location.search);
const viewParameter = EMBED_PARAMETERS.find((p) => p.name === 'view');
let view = params.get('view') ?? viewParameter.default;
if (!(/** @type {readonly string[]} */ (viewParameter.values)).includes(view)) {
  console.warn(`embed.html view=${invalidWarning(view, viewParameter.values)}`);
  view = viewParameter.default;
}
// The view names the element: fields is <pekso-fields>, check is <pekso-check>.
const widget = document.createElement(`pekso-${view}`);
document.querySelector('[data-pekso-widget]').replaceWith(widget);
applyQueryConfig(widget, location.search);

// The page carries the languages it was built with; a language it lacks gets the element's
// own warning, and the first one.
const root = document.documentElement;
const langs = root.dataset.langs.split(' ');
const asked = primaryLang(widget.getAttribute('lang'));
const lang = langs.includes(asked) ? asked : langs[0];
const script = document.createElement('script');
script.src = `pekso-${ELEMENTS[widget.localName].bundle}.${lang}.classic.js`;
// A lecturer's own cases, from a JSON file on this site, go inside the check before it upgrades.
const casesUrl = params.get('cases-url');
(casesUrl ? loadOwnCases(casesUrl) : Promise.resolve()).then(() => document.head.append(script));

/** Puts the cases at `address` (same origin only) into the check; says so in the page when it cannot. */
async function loadOwnCases(address) {
  try {
    const url = new URL(address, location.href);
    if (url.origin !== location.origin) throw new Error(`${url.origin} is not this site`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const json = document.createElement('script');
    json.type = 'application/json';
    json.textContent = await response.text();
    widget.append(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(`embed.html cases-url="${address}": ${reason}`);
    const notice = document.createElement('p');
    notice.className = 'notice';
    notice.setAttribute('role', 'alert');
    notice.textContent = (root.getAttribute(`data-cases-failed-${lang}`) ?? '{reason}').replace('{reason}', reason);
    widget.before(notice);
  }
}

const lrs = lrsFrom(location.search);
if (lrs) sendStatementsTo(lrs, widget);

// The page's title and language follow the language shown.
root.lang = lang;
root.dir = root.getAttribute(`data-dir-${lang}`) ?? 'ltr';
document.title = root.getAttribute(`data-title-${lang}`) ?? document.title;

observeHeight(document.body, heightReporter(window));
