// The script of embed.html: configure the widget from the query string, then keep the
// framing page told of its height.
import { applyQueryConfig } from './query-config.js';
import { observeHeight } from './observe-height.js';
import { heightReporter } from './parent-messages.js';

const widget = document.querySelector('pekso-fields');
applyQueryConfig(widget, location.search);

// The page's title and language follow ?lang= when it names a language we have a title for.
const root = document.documentElement;
const lang = (widget.getAttribute('lang') ?? '').split('-')[0].toLowerCase();
const title = lang && root.getAttribute(`data-title-${lang}`);
if (title) {
  root.lang = lang;
  document.title = title;
}

observeHeight(document.body, heightReporter(window));
