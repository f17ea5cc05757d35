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
  it('installs from its tarball and type-checks from TypeScript: both accordion tags, the check, and the exports', () => {
    const tarball = npm(['pack', '--silent', '--pack-destination', project], repo).trim().split('\n').at(-1);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    npm(['install', '--prefer-offline', '--no-save', join(project, tarball)], project);
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM', 'DOM.Iterable'], skipLibCheck: false } })
    );
    writeFileSync(
      join(project, 'index.ts'),
      `import { CONTENT, FIELD_IDS, PeksoCheck, PeksoFieldCard, PeksoFields, type PeksoCompleteDetail, type PeksoToggleDetail } from 'pekso';
const fields: PeksoFields = document.createElement('pekso-fields');
const card: PeksoFieldCard = document.createElement('pekso-field-card');
const check: PeksoCheck = document.createElement('pekso-check');
fields.expandAll();
card.show();
check.reset();
const score: number = check.score + check.max;
const ids: readonly string[] = FIELD_IDS;
const lang: string = fields.shownLang;
fields.addEventListener('pekso-toggle', (event) => { const detail: PeksoToggleDetail = event.detail; void detail; });
check.addEventListener('pekso-complete', (event) => { const detail: PeksoCompleteDetail = event.detail; void detail.passed; });
void [score, ids, lang, CONTENT.languages.length];
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
