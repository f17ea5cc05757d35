/**
 * citeproc's output as tree nodes (a string is text; an element is `i`, `span` or `a`).
 *
 * citeproc writes through an output format: a table of what to put around italic text, a
 * link and so on. The one here puts control characters around them, which reference text
 * cannot hold (its text_escape takes them out of every text citeproc writes), and
 * `toNodes` reads them back as elements. No HTML is written or parsed on the way: a title
 * with `<script>` in it stays text, as do its `&` and quotes.
 */
import CSL from 'citeproc';

/**
 * @typedef {string | RefElement} RefNode
 * @typedef {{ tag: 'i' | 'span' | 'a', attrs?: Record<string, string>, children: RefNode[] }} RefElement
 */

const OPEN = '\u0001';
const NAME_END = '\u0002';
const CLOSE = '\u0003';
// Control characters but tab, line feed and carriage return.
const CONTROLS = /[^\P{Cc}\t\n\r]/gu;

const around = (/** @type {string} */ name) => `${OPEN}${name}${NAME_END}%%STRING%%${CLOSE}`;
// citeproc gives links (URL and DOI alike) to its @DOI decoration, with the address as the text.
const link = (/** @type {unknown} */ _state, /** @type {string} */ text) => `${OPEN}a${NAME_END}${text}${CLOSE}`;

/** The name of the output format, for engine.setOutputFormat(). */
export const FORMAT = 'pekso-tree';

// Plain text but for italics, upright text inside italics, and links: APA uses no other
// decoration, and any that a title's own markup asks for (bold, small caps) is left as text.
CSL.Output.Formats[FORMAT] = {
  ...CSL.Output.Formats.text,
  text_escape: (/** @type {string | undefined} */ text) => (text ?? '').replace(CONTROLS, ''),
  '@font-style/italic': around('i'),
  '@font-style/oblique': around('i'),
  '@font-style/normal': around('upright'),
  '@URL/true': link,
  '@DOI/true': link,
  '@bibliography/entry': (/** @type {unknown} */ _state, /** @type {string} */ text) => text,
};

/** @param {readonly RefNode[]} nodes @returns {string} */
export const textOf = (nodes) => nodes.map((node) => (typeof node === 'string' ? node : textOf(node.children))).join('');

/** `nodes` with neighbouring strings joined and empty ones left out. @param {RefNode[]} nodes */
export function tidy(nodes) {
  /** @type {RefNode[]} */
  const out = [];
  for (const node of nodes) {
    if (node === '') continue;
    const last = out.at(-1);
    if (typeof node === 'string' && typeof last === 'string') out[out.length - 1] = last + node;
    else out.push(node);
  }
  return out;
}

/**
 * A marked element as a node: a link only to an http(s) address (anything else stays its
 * text), upright text as a `span` with class `upright`.
 * @param {string} name @param {RefNode[]} children @returns {RefNode[]}
 */
function element(name, children) {
  if (name === 'i') return [{ tag: 'i', children }];
  if (name === 'upright') return [{ tag: 'span', attrs: { class: 'upright' }, children }];
  const href = textOf(children);
  return /^https?:\/\/[^\s]+$/i.test(href) ? [{ tag: 'a', attrs: { href }, children }] : children;
}

/** citeproc's output, written in FORMAT, as nodes. @param {string} marked @returns {RefNode[]} */
export function toNodes(marked) {
  /** @type {{ name: string, children: RefNode[] }[]} */
  const stack = [{ name: '', children: [] }];
  let text = '';
  const flush = () => {
    if (text) stack[stack.length - 1].children.push(text);
    text = '';
  };
  for (let i = 0; i < marked.length; i++) {
    const char = marked[i];
    if (char === OPEN) {
      flush();
      const end = marked.indexOf(NAME_END, i);
      stack.push({ name: marked.slice(i + 1, end), children: [] });
      i = end;
    } else if (char === CLOSE) {
      flush();
      const { name, children } = /** @type {{ name: string, children: RefNode[] }} */ (stack.pop());
      stack[stack.length - 1].children.push(...element(name, tidy(children)));
    } else text += char;
  }
  flush();
  if (stack.length !== 1) throw new Error('build/references: citeproc output not closed');
  return tidy(stack[0].children);
}
