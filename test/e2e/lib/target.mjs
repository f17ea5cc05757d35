// Tests of what the plugin is to do but does not do yet: they describe the target, are
// reported as todo, and do not fail CI while the target is not met.
//
// node:test itself lets a failing todo test pass the run, but tools/run-node-tests.mjs
// (which npm test and .ci/run count with) counts every `test:fail` event, todo or not, as a
// failure. So a target test catches its own failure and prints it as a diagnostic under
// the test ("not met yet: …"), or says "met" once it passes: the spec reporter shows both.
//
// When the plugin meets its targets, set TARGET_TODO to '' (or replace targetTest with
// test): each becomes a plain test that fails as any other.
import { test } from 'node:test';

export const TARGET_TODO = '';

/**
 * A test of a target. `fn` gets node:test's context.
 * @param {string} title
 * @param {(t: import('node:test').TestContext) => Promise<void>} fn
 * @param {{ test?: typeof test, timeout?: number }} [options] test: the test() to register with
 */
export function targetTest(title, fn, { test: register = test, timeout = 120_000 } = {}) {
  if (!TARGET_TODO) return register(title, { timeout }, fn);
  // Its own time limit, inside node's: a todo test that node times out counts as failed.
  return register(title, { todo: TARGET_TODO, timeout: timeout + 30_000 }, async (t) => {
    let timer;
    const limit = new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`timed out after ${timeout / 1000} s`)), timeout);
    });
    try {
      await Promise.race([fn(t), limit]);
    } catch (error) {
      t.diagnostic(`not met yet: ${String(error?.message ?? error).split('\n').slice(0, 4).join(' ')}`);
      return;
    } finally {
      clearTimeout(timer);
    }
    t.diagnostic('met: this target passes now (see test/e2e/lib/target.mjs)');
  });
}
