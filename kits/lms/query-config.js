// Configures a pekso element from a page's query string: ?lang=en&fields=casework,policy
// &open=casework&single&theme=dark&accent=%23b5179e (or accent=b5179e). The parameters are
// the element's attributes, by their query names in the spec; each value goes to its
// attribute as written, so a bad one gets the element's own warning and fallback, and
// flags follow the spec's boolean rule (?single=no is off). The accent is the exception:
// it becomes CSS, so it is checked here first.
import { attributesOf, invalidWarning, namesOf } from '../../src/attributes.ts';

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

/** Applies `search` (a query string) to `element`. */
export function applyQueryConfig(element, search) {
  const params = new URLSearchParams(search);
  for (const attribute of attributesOf(element.localName)) {
    const value = params.get(namesOf(attribute).query);
    if (value !== null) element.setAttribute(attribute.name, value);
  }
  const accent = params.get('accent');
  if (accent === null) return;
  const colour = parseColour(accent);
  if (colour) element.style.setProperty('--pekso-accent', colour);
  else console.warn(`<${element.localName}> accent=${invalidWarning(accent, ['a CSS colour, such as #1a6e58 or teal'])}`);
}
