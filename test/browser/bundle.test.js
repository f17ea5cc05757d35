// The shipped bundle in the situations real pages put it in.
import { LitElement, html } from 'lit';
import { expect, fixture, headerButtons } from './helpers.js';
import { CONTENT } from '../../dist/pekso-fields.js';

/** An item's name in English. */
const nameOf = (id) => [...CONTENT.frame, ...CONTENT.fields].find((item) => item.id === id).name.en;

/** Loads a fixture page in an iframe and resolves with the message its probe posts. */
function frameReport(path, kind) {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error(`${path} did not report`)), 8000);
    window.addEventListener('message', function onMessage(event) {
      if (event.data?.pekso !== kind) return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(event.data);
    });
    frame.src = new URL(path, import.meta.url).href;
    document.body.append(frame);
  });
}

describe('the bundle', () => {
  it('can be loaded a second time (another URL, a second copy) without throwing', async () => {
    const errors = [];
    const onError = (e) => errors.push(e.message);
    window.addEventListener('error', onError);
    // A second copy under another URL, as when two plugins each load it.
    const second = await import(/** @type {string} */ ('../../dist/pekso-fields.js?second-copy'));
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(second.PeksoFields).to.not.equal(customElements.get('pekso-fields'));
    const el = await fixture('<pekso-fields fields="casework"></pekso-fields>');
    expect(headerButtons(el)).to.have.length(1);
  });

  it('works beside another Lit-based widget with its own copy of Lit', async () => {
    class OtherWidget extends LitElement {
      /** @override */
      render() {
        return html`<p>other widget</p>`;
      }
    }
    customElements.define('other-lit-widget', OtherWidget);
    const other = await fixture('<other-lit-widget></other-lit-widget>');
    expect(other.shadowRoot.textContent).to.contain('other widget');
    const el = await fixture('<pekso-fields fields="policy"></pekso-fields>');
    expect(headerButtons(el)).to.have.length(1);
  });

  it('renders and toggles under a strict Content-Security-Policy with no violation', async () => {
    const report = await frameReport('./fixtures/csp.html', 'csp');
    expect(report.violations).to.deep.equal([]);
    expect(report.buttons).to.equal(CONTENT.fields.length + CONTENT.frame.length, 'every field and every section of the frame');
    expect(report.styled).to.equal(true);
  });

  it('works as a classic script, loaded twice, with the Pekso global', async () => {
    const report = await frameReport('./fixtures/classic.html', 'classic');
    expect(report.errors).to.deep.equal([]);
    expect(report.names).to.deep.equal(['intro', 'methods', 'casework', 'research', 'glossary', 'references'].map(nameOf));
    expect(report.global).to.equal('function');
  });
});
