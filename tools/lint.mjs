// The static checks of `npm test`, each reported as one check: ESLint over the whole tree
// (typescript-eslint, eslint-plugin-lit, eslint-plugin-wc), lit-analyzer in strict mode on
// the elements' templates, TypeScript over the tests and build scripts (checkJs), and the
// package as its consumers see it (publint, and are-the-types-wrong for an ESM-only
// package). The last two pack the build: run `npm run build` first.
// `node tools/lint.mjs` ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => `${repo}node_modules/.bin/${name}`;

/** package.json's subpath patterns (./check/*), one entry point per language of the content. */
function patternEntrypoints() {
  const { exports } = JSON.parse(readFileSync(`${repo}package.json`, 'utf8'));
  const langs = parse(readFileSync(`${repo}content/languages.yaml`, 'utf8')).map((l) => l.code);
  return Object.keys(exports).filter((key) => key.endsWith('/*')).flatMap((key) => langs.map((lang) => key.replace('*', lang)));
}

export const CHECKS = [
  { name: 'ESLint', command: bin('eslint'), args: ['.'] },
  // Its CSS vocabulary predates color-scheme and content-visibility: CSS is checked by the browsers' tests.
  { name: 'lit-analyzer (strict)', command: bin('lit-analyzer'), args: ['src', '--strict', '--rules.no-invalid-css', 'off'] },
  { name: 'TypeScript: tests and scripts', command: bin('tsc'), args: ['-p', 'tsconfig.tests.json'] },
  { name: 'publint', command: bin('publint'), args: [] },
  // Each per-language pattern (./accordion/*) checked for every language the content has; the stylesheet is no module.
  { name: 'are-the-types-wrong', command: bin('attw'), args: ['--pack', '.', '--profile', 'esm-only', '--include-entrypoints', ...patternEntrypoints(), '--exclude-entrypoints', './pekso-fallback.css'] },
];

/** Runs every check, printing its output; returns { passed, failed }. */
export function runChecks() {
  const counts = { passed: 0, failed: 0 };
  for (const { name, command, args } of CHECKS) {
    const { status } = spawnSync(command, args, { cwd: repo, stdio: 'inherit' });
    console.log(`${status === 0 ? '✔' : '✖'} ${name}`);
    counts[status === 0 ? 'passed' : 'failed']++;
  }
  return counts;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { passed, failed } = runChecks();
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
