// Rollup plugin: squeezes the white space out of our Lit `html` and `css` templates.
// Terser leaves template text alone, and indentation is a sizeable part of what we ship.
// It only touches the static text of a template, never its ${expressions}.

const TEMPLATE_START = /\b(css|html)\s*`/g;

function squeezeHtml(text) {
  // A line break inside a tag separates attributes (keep one space); next to a tag
  // boundary it is layout-only white space (drop it).
  return text.replace(/\s*\n\s*/g, (gap, at, all) =>
    all[at - 1] === '>' || all[at + gap.length] === '<' ? '' : ' ');
}

export function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>/])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s+!/g, '!')
    .replace(/([\s:,(-])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}');
}

/** Reads one template from just after its opening backtick; returns [text, index after it]. */
function readTemplate(code, i, kind) {
  const squeeze = kind === 'css' ? squeezeCss : squeezeHtml;
  let out = '';
  let chunk = '';
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      chunk += c + code[i + 1];
      i += 2;
    } else if (c === '`') {
      return [out + squeeze(chunk) + '`', i + 1];
    } else if (c === '$' && code[i + 1] === '{') {
      let depth = 1;
      let j = i + 2;
      for (; depth > 0 && j < code.length; j++) {
        if (code[j] === '{') depth++;
        else if (code[j] === '}') depth--;
      }
      out += squeeze(chunk) + '${' + minifyTemplates(code.slice(i + 2, j - 1)) + '}';
      chunk = '';
      i = j;
    } else {
      chunk += c;
      i++;
    }
  }
  throw new Error('unterminated template literal');
}

export function minifyTemplates(code) {
  let out = '';
  let i = 0;
  for (;;) {
    TEMPLATE_START.lastIndex = i;
    const match = TEMPLATE_START.exec(code);
    if (!match) return out + code.slice(i);
    out += code.slice(i, TEMPLATE_START.lastIndex);
    const [text, end] = readTemplate(code, TEMPLATE_START.lastIndex, match[1]);
    out += text;
    i = end;
  }
}

export function minifyLitTemplates() {
  return {
    name: 'pekso-minify-lit-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)\s*`/.test(code)) return null;
      return { code: minifyTemplates(code), map: null };
    },
  };
}
