// Configures a <pekso-fields> from a page's query string: ?lang=en&fields=casework,policy
// &open=casework&single&theme=dark&accent=%23b5179e (or accent=b5179e). Each value goes to
// the element's attribute of the same name, so a bad one gets the widget's own warning and
// fallback. The accent is the exception: it becomes CSS, so it is checked here first.

const PASSED_THROUGH = ['lang', 'fields', 'open', 'theme', 'heading-level'];

// A colour keyword, a hex colour, or a colour function holding only numbers, units and
// separators. No nested function, so no var(), url(), env() or attr() can ride along.
const COLOUR_SHAPE = /^(#[0-9a-f]{3,8}|[a-z]+|[a-z]{3,5}\([\w\s.,%/+-]*\))$/i;

/** The value as a CSS colour, or undefined. A hex colour may come without its "#". */
export function parseColour(value) {
  const text = value.trim();
  for (const candidate of [text, `#${text}`]) {
    if (COLOUR_SHAPE.test(candidate) && CSS.supports('color', candidate)) return candidate;
  }
  return undefined;
}

/** A flag is on when present, unless it says false, 0 or no. */
const isOn = (value) => value !== null && !['false', '0', 'no'].includes(value.trim().toLowerCase());

/** Applies `search` (a query string) to `element`. */
export function applyQueryConfig(element, search) {
  const params = new URLSearchParams(search);
  for (const name of PASSED_THROUGH) {
    const value = params.get(name);
    if (value !== null) element.setAttribute(name, value);
  }
  element.toggleAttribute('single', isOn(params.get('single')));
  const accent = params.get('accent');
  if (accent === null) return;
  const colour = parseColour(accent);
  if (colour) element.style.setProperty('--pekso-accent', colour);
  else console.warn(`<${element.localName}> accent="${accent}" is not valid. Valid: a CSS colour, such as #1a6e58 or teal.`);
}
