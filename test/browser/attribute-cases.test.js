// The elements read attributes and properties by the table the WordPress plugin follows
// too (test/fixtures/attribute-cases.json; the PHP runs it in test/node/attribute-cases.test.mjs).
// A string is written as the attribute; any other value is set as the property, as
// frameworks set it.
import { captureWarnings, expect } from './helpers.js';

const { cases } = await (await fetch('/test/fixtures/attribute-cases.json')).json();
const propertyName = (attribute) => attribute.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

describe('the elements read settings by the table the WordPress plugin follows', () => {
  for (const { tag, attribute, input, value, warns } of cases) {
    it(`<${tag}> ${attribute}=${JSON.stringify(input)} is ${JSON.stringify(value)}${warns ? ', with a warning' : ''}`, async () => {
      const el = document.createElement(tag);
      if (typeof input === 'string') el.setAttribute(attribute, input);
      else el[propertyName(attribute)] = input;
      const warnings = await captureWarnings(async () => {
        document.body.append(el);
        await el.updateComplete;
      });
      try {
        expect(el.settings[attribute]).to.deep.equal(value);
        const about = warnings.filter((w) => w.startsWith(`<${tag}> ${attribute}=`));
        expect(about.length, warnings.join('; ')).to.equal(warns ? 1 : 0);
      } finally {
        el.remove();
      }
    });
  }
});
