// The npm package as its consumers get it: packed with `npm pack`, installed into a new
// project, and imported from TypeScript, whose `tsc --noEmit` must find every element's
// class and tag types. (publint and are-the-types-wrong run in the static checks.)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const project = mkdtempSync(join(tmpdir(), 'pekso-consumer-'));
after(() => rmSync(project, { recursive: true, force: true }));

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });

describe('the npm package, as a consumer installs it', { timeout: 180_000 }, () => {
  it('installs from its tarball and type-checks from TypeScript: the elements, their typed properties, every entry and the exports', () => {
    const tarball = npm(['pack', '--silent', '--pack-destination', project], repo).trim().split('\n').at(-1);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    npm(['install', '--prefer-offline', '--no-save', join(project, tarball)], project);
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM', 'DOM.Iterable'], skipLibCheck: false } })
    );
    writeFileSync(
      join(project, 'index.ts'),
      `import { CONTENT, PeksoCheck, PeksoFieldCard, PeksoFields, type PeksoCompleteDetail, type PeksoToggleDetail } from 'pekso';
import { PeksoCheck as CheckOnly } from 'pekso/check/en';
import { PeksoFieldCard as CardOnly } from 'pekso/accordion/id';
import { PeksoFields as Unregistered } from 'pekso/classes';
const fields: PeksoFields = document.createElement('pekso-fields');
const card: PeksoFieldCard = document.createElement('pekso-field-card');
const check: PeksoCheck = document.createElement('pekso-check');
// Typed properties, as frameworks set them.
fields.headingLevel = 2;
fields.fields = ['casework', 'policy'];
fields.single = true;
card.expanded = true;
check.count = 3;
check.pass = 'none';
fields.expandAll();
card.show();
check.reset();
const score: number = check.score + check.max;
const ids: readonly string[] = CONTENT.fields.map((f) => f.id);
const lang: string = fields.shownLang;
const used: Readonly<Record<string, unknown>> = fields.settings;
fields.addEventListener('pekso-toggle', (event) => { const detail: PeksoToggleDetail = event.detail; void detail; });
check.addEventListener('pekso-complete', (event) => { const detail: PeksoCompleteDetail = event.detail; void detail.passed; });
Unregistered.define('my-fields', new CustomElementRegistry());
void [score, ids, lang, used, CONTENT.languages.length, CheckOnly.tag, CardOnly.tag];
`
    );
    const tsc = join(repo, 'node_modules/typescript/bin/tsc');
    const output = (() => {
      try {
        return execFileSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
      } catch (error) {
        return error.stdout;
      }
    })();
    assert.equal(output, '', 'tsc --noEmit finds every type');
  });
});
