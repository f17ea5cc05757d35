// The WordPress plugin on real WordPresses, driven by headless Chromium: the whole flow
// once per version, 6.1 (Debian's), 6.5.5 and 6.7-alpha (test/e2e/lib/wordpress.mjs).
// Needs `npm run build` first (dist/pekso-fields-wordpress.zip). Run: npm run test:wordpress
// PEKSO_WP_VERSIONS=6.5,6.7 runs only those versions.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe as nodeDescribe, test as nodeTest } from 'node:test';
import { DIST, FRAME_SECTIONS, PLUGIN_ZIP as ZIP, launchChromium, loadContent, staticHtml } from './lib/paths.mjs';
import { targetTest } from './lib/target.mjs';
import { CLASSIC_THEME, WORDPRESS_VERSIONS, startWordPress } from './lib/wordpress.mjs';

const PLUGIN = 'pekso-fields/pekso-fields.php';
const content = loadContent();
const field = (id) => content.fields.find((f) => f.id === id);

/** The viewports of issue 9: a phone and two desktops. */
const VIEWPORTS = [
  { width: 390, height: 844, isMobile: true, hasTouch: true },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
const SCRIPT_TAG = /<script[^>]*\ssrc=["'][^"']*\/pekso-fields\/assets\/pekso-fields\.classic\.js[^"']*["'][^>]*>/g;
const ELEMENTS = 'pekso-fields, pekso-field-card';
/** The fields' header buttons: those with a level badge (the frame's sections have none). */
const FIELD_BUTTONS = 'button[aria-controls]:has([part~="badge"])';
// Every payload calls alert(): a dialog in any page means something injected ran.
const XSS = `[pekso_fields lang='"><script>alert(1)</script>' fields="casework<img src=x onerror=alert(2)>" theme='dark" onmouseover="alert(3)' heading_level="3><svg onload=alert(4)>" open="</pekso-fields><script>alert(5)</script>"]`;

/**
 * A lecturer's own cases whose texts are attacks: a script that ends the one it is in, an
 * event handler, markup, a shortcode, entities. Every payload calls alert() too.
 */
const HOSTILE_CASES = [
  { id: 'hostile-1', answer: 'policy', case: { en: '</script><script>alert(11)</script> A council rewrites its rule on street vendors.' }, why: { en: '<img src=x onerror=alert(12)> The rule is what changes.' } },
  { id: 'hostile-2', answer: 'casework', case: { en: '" onerror="alert(13)" <svg onload=alert(14)> [pekso_fields lang="en"] One family, week by week.' }, why: { en: "&lt;b&gt; it's <b>one</b> family & its worker." } },
];
/** JSON as a page writes it: "<", ">" and "&" as \u003c, \u003e and \u0026, which KSES leaves alone. */
const pageJson = (value) => JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** A block as the editor saves it (serialize_block_attributes: "--", "<", ">" and "&" escaped in its attributes). */
const blockComment = (name, attributes) => `<!-- wp:${name} ${pageJson(attributes).replace(/--/g, '\\u002d\\u002d')} /-->`;

/** The served element tags and their fallback, in page order. */
const servedElements = (html) =>
  [...html.matchAll(/<(pekso-fields|pekso-field-card)(\s[^>]*)?>([\s\S]*?)<\/\1>/g)].map(([, tag, attrs = '', inner]) => ({
    tag,
    attrs: attrs.trim(),
    inner,
  }));

/** After the upgrade the fallback takes no space: only the accordion is seen. */
async function assertFallbackHidden(page) {
  const boxes = await page.$$eval(ELEMENTS, (els) => els.map((el) => el.querySelector('.pekso-static')?.getClientRects().length ?? 0));
  assert.deepEqual(boxes, boxes.map(() => 0), 'the fallback is still laid out after the upgrade');
}

/** Layout shift from page load until now (Chromium's CLS entries). */
const layoutShift = (page) =>
  page.evaluate(
    () =>
      new Promise((done) => {
        let total = 0;
        new PerformanceObserver((list) => {
          // Layout-shift entries: { value, hadRecentInput }.
          for (const entry of /** @type {any[]} */ (list.getEntries())) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done(total), 200);
      })
  );

const headerButtons = (page, index) =>
  page.evaluateHandle(
    (selector, i, buttons) => [...document.querySelectorAll(selector)][i].shadowRoot.querySelectorAll(buttons),
    ELEMENTS,
    index,
    FIELD_BUTTONS
  );

async function buttonStates(page, index) {
  return page.evaluate(
    (selector, i, buttons) =>
      [...[...document.querySelectorAll(selector)][i].shadowRoot.querySelectorAll(buttons)].map((b) => {
        const panel = /** @type {ShadowRoot} */ (b.getRootNode()).getElementById(b.getAttribute('aria-controls'));
        return { expanded: b.getAttribute('aria-expanded'), visible: panel.getClientRects().length > 0 && !panel.hidden };
      }),
    ELEMENTS,
    index,
    FIELD_BUTTONS
  );
}

/** Opens and closes the widget number `index` with the mouse, then Enter, Space and an arrow key. */
async function assertToggles(page, index = 0) {
  const list = await headerButtons(page, index);
  const first = await list.evaluateHandle((buttons) => buttons[0]);
  const start = (await buttonStates(page, index))[0];
  assert.equal(start.visible, start.expanded === 'true');

  await first.click(); // a real mouse click at the button's position
  let now = (await buttonStates(page, index))[0];
  assert.notEqual(now.expanded, start.expanded, 'a click toggles the field');
  assert.equal(now.visible, now.expanded === 'true', 'the panel shows when open');

  await first.focus();
  await page.keyboard.press('Enter');
  now = (await buttonStates(page, index))[0];
  assert.equal(now.expanded, start.expanded, 'Enter toggles the field back');
  await page.keyboard.press('Space');
  now = (await buttonStates(page, index))[0];
  assert.notEqual(now.expanded, start.expanded, 'Space toggles the field');
  assert.equal(now.visible, now.expanded === 'true');

  if ((await list.evaluate((b) => b.length)) > 1) {
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(
      (selector, i) => [...document.querySelectorAll(selector)][i].shadowRoot.activeElement?.id,
      ELEMENTS,
      index
    );
    assert.equal(focused, await list.evaluate((b) => b[1].id), 'ArrowDown moves to the next field');
  }
}

/** What every page with the widget must satisfy. */
async function assertHealthy({ page, html, errors, dialogs }, count) {
  assert.equal((html.match(SCRIPT_TAG) ?? []).length, 1, 'the script tag appears once');
  assert.equal(servedElements(html).length, count, `${count} widget(s) in the served HTML`);
  // A field shown twice on one page keeps its anchor on the first heading only: ids stay unique.
  for (const { inner } of servedElements(html)) assert.match(inner, /^<div class="pekso-static" lang="(id|en)"><h[2-6](?: id="pekso-[\w-]+")?>/);
  const ids = [...html.matchAll(/\sid="(pekso-[\w-]+)"/g)].map((m) => m[1]);
  assert.deepEqual(ids, [...new Set(ids)], 'no id twice on the page');
  assert.equal(await page.$$eval(ELEMENTS, (els) => els.length), count);
  await assertFallbackHidden(page);
  assert.ok((await layoutShift(page)) < 0.05, 'the upgrade does not make the page jump');
  assert.deepEqual(errors, [], 'no console errors');
  assert.deepEqual(dialogs, [], 'nothing injected ran');
}


/** What each version is called in the tests' titles, and the $wp_version it must report. */
const LABELS = {
  '6.1': { label: 'WordPress 6.1 (Debian)', wpVersion: /^6\.1(\.\d+)?$/ },
  '6.5': { label: 'WordPress 6.5.5', wpVersion: /^6\.5\.5$/ },
  '6.7': { label: 'WordPress 6.7-alpha', wpVersion: /^6\.7-alpha/ },
};

/** The whole flow on one version of WordPress, in a describe of its own. */
function wordpressSuite(version) {
  const { label } = LABELS[version];
  /** node:test's, with the version's name in front of each title. */
  const test = (title, ...rest) => nodeTest(`${label}: ${title}`, ...rest);
  const describe = (title, ...rest) => nodeDescribe(`${label}: ${title}`, ...rest);
  const target = (title, fn, options) => targetTest(`${label}: ${title}`, fn, { test: nodeTest, ...options });
  /** The post editor is iframed from 6.3 on, when every block allows it (apiVersion 3). */
  const iframedPostEditor = version !== '6.1';

  let wp;
  let browser;
  let admin; // a browser context logged in as the admin
  let visitor; // a browser context with no cookies
  let before_; // what the database held before the plugin came
  const posts = {};

  /** Creates a post as `user` (login name), with KSES applied as for that user. */
  const insertPost = (user, { title, body, type = 'post', status = 'publish' }) =>
    wp.php(`
      wp_set_current_user(get_user_by('login', ${JSON.stringify(user)})->ID);
      kses_init();
      return wp_insert_post(wp_slash(array('post_title' => ${JSON.stringify(title)}, 'post_content' => ${JSON.stringify(body)},
        'post_type' => '${type}', 'post_status' => '${status}')), true);`);

  /** Everything in the database whose name says "pekso", and the tables. */
  const databaseTraces = () =>
    wp.php(`global $wpdb;
      return array(
        'tables'  => $wpdb->get_col('SHOW TABLES'),
        'options' => $wpdb->get_col("SELECT option_name FROM $wpdb->options WHERE option_name LIKE '%pekso%'"),
        'meta'    => array_merge(
          $wpdb->get_col("SELECT meta_key FROM $wpdb->usermeta WHERE meta_key LIKE '%pekso%'"),
          $wpdb->get_col("SELECT meta_key FROM $wpdb->postmeta WHERE meta_key LIKE '%pekso%'")),
      );`);

  /**
   * Opens `path` in `context` and waits until every widget has drawn itself.
   * Returns the page, the HTML as served, and what went wrong in the console or ran as a dialog.
   */
  async function visit(context, path, { widgets = true } = {}) {
    const page = await context.newPage();
    const errors = [];
    const dialogs = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
    const response = await page.goto(`${wp.url}${path}`, { waitUntil: 'load' });
    assert.equal(response.status(), 200, `${path} answered ${response.status()}`);
    const html = await response.text();
    if (widgets) {
      await page
        .waitForFunction(
          (selector) => {
            const all = [...document.querySelectorAll(selector)];
            return all.length > 0 && all.every((el) => el.shadowRoot?.querySelector('[part~="item"]'));
          },
          { timeout: 10_000 },
          ELEMENTS
        )
        .catch(async (error) => {
          const state = await page.$$eval(ELEMENTS, (els) => els.map((el) => `${el.outerHTML.slice(0, 120)} shadow: ${!!el.shadowRoot}`));
          throw new Error(`${path}: the widgets did not upgrade (${error.message}): ${JSON.stringify({ state, errors })}`);
        });
    }
    return { page, html, errors, dialogs };
  }

  /**
   * Opens a block editor at `path` (post.php, post-new.php or site-editor.php) once its
   * blocks are drawn. Resolves to the page, the frame that holds the blocks (the
   * editor-canvas iframe where there is one, else the page itself), whether it is iframed,
   * and the page's errors.
   */
  async function openEditor(context, path) {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${wp.url}${path}`);
    await page.waitForFunction(
      () => /** @type {any} */ (window).wp?.data?.select('core/block-editor') &&
        (document.querySelector('iframe[name="editor-canvas"]') || document.querySelector('.block-editor-block-list__layout')),
      { timeout: 60_000 }
    );
    const iframe = await page.$('iframe[name="editor-canvas"]');
    const canvas = iframe ? await iframe.contentFrame() : page.mainFrame();
    await canvas.waitForSelector('.block-editor-block-list__layout', { timeout: 60_000 });
    return { page, canvas, iframed: !!iframe, errors };
  }

  /** Opens the inserter, searches for `search`, and clicks the block whose title includes `title`. */
  async function insertFromInserter(page, search, title) {
    // 6.1 names the toggle edit-post-header-toolbar__…, 6.5 on editor-document-tools__….
    const toggle = '.editor-document-tools__inserter-toggle, .edit-post-header-toolbar__inserter-toggle';
    await page.waitForSelector(toggle);
    await page.click(toggle);
    const input = await page.waitForSelector('.block-editor-inserter__search input');
    await input.type(search);
    // The list shows the blocks to browse until the search answers (debounced by 250 ms in
    // 6.5), then the results: take them once the list has not changed for 600 ms.
    const listed = () => page.$$eval('.block-editor-block-types-list__item', (items) => items.map((i) => i.textContent.trim()));
    let titles = await listed();
    for (let changed = Date.now(), end = Date.now() + 15_000; ; ) {
      await new Promise((done) => setTimeout(done, 100));
      const now = await listed();
      if (now.join('\n') !== titles.join('\n')) [titles, changed] = [now, Date.now()];
      else if (Date.now() - changed >= 600 && titles.some((t) => t.includes(title))) break;
      if (Date.now() > end) throw new Error(`"${title}" is not in the inserter for "${search}": ${titles.join(', ')}`);
    }
    const item = await page.evaluateHandle(
      (text) => [...document.querySelectorAll('.block-editor-block-types-list__item')].find((i) => i.textContent.includes(text)),
      title
    );
    const before = await page.evaluate(() => wp.data.select('core/block-editor').getBlocks().length);
    await /** @type {import('puppeteer-core').ElementHandle<Element>} */ (item).click();
    await page.waitForFunction((n) => wp.data.select('core/block-editor').getBlocks().length === n + 1, {}, before);
    return titles;
  }

  /** The widget in the editor's `canvas` frame: its tag is defined there, and the block's preview upgraded (a shadow root with buttons). */
  async function assertUpgradedPreview(canvas, tag) {
    const preview = `.block-editor-block-list__layout ${tag}`;
    // The server's HTML first (ServerSideRender), then the upgrade where the script runs.
    await canvas.waitForSelector(preview, { timeout: 30_000 });
    const defined = await canvas.evaluate((t) => !!customElements.get(t), tag);
    assert.ok(defined, `customElements.get('${tag}') is undefined in the canvas: the widget's script does not run there`);
    await canvas.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelectorAll('button').length > 0, { timeout: 10_000 }, preview);
  }

  /** The served <pekso-check> elements: attributes, the JSON of their own cases (if any), and the fallback. */
  const servedChecks = (html) =>
    [...html.matchAll(/<pekso-check(\s[^>]*)?>(?:<script type="application\/json">([^<]*)<\/script>)?([\s\S]*?)<\/pekso-check>/g)].map(([, attrs = '', json, inner]) => ({
      attrs: attrs.trim(),
      json,
      inner,
    }));

  /**
   * Answers every case the first check on `page` asks, rightly, by its text among `cases`.
   * Resolves to the ids asked, the cases' and feedback's text as shown, the elements in the
   * check's shadow root, and the end's pekso-complete detail.
   */
  const answerOwnCases = (page, cases) =>
    page.evaluate(async (own) => {
      const check = /** @type {any} */ (document.querySelector('pekso-check'));
      const root = check.shadowRoot;
      const seen = { asked: [], legends: [], feedback: [], tags: new Set(), complete: null };
      check.addEventListener('pekso-answer', (/** @type {any} */ e) => seen.asked.push(e.detail.question));
      check.addEventListener('pekso-complete', (/** @type {any} */ e) => (seen.complete = e.detail));
      for (let i = 0; root.querySelector('legend') && i < 10; i++) {
        const legend = root.querySelector('legend').textContent;
        seen.legends.push(legend);
        const { answer } = own.find((c) => legend.includes(c.case.en));
        root.querySelector(`input[type=radio][value="${answer}"]`).click();
        root.querySelector('button.action').click();
        await check.updateComplete;
        seen.feedback.push(root.querySelector('.feedback').textContent);
        for (const el of root.querySelectorAll('*')) seen.tags.add(el.localName);
        root.querySelector('.next').click();
        await check.updateComplete;
      }
      return { ...seen, tags: [...seen.tags] };
    }, cases);

  /**
   * Publishes the post open in `page` as an author would, through the publish panel, and
   * resolves to its id. Gutenberg marks the panel's button aria-disabled while the post is
   * being saved (an autosave, say), and a click then does nothing: wait until it is enabled.
   */
  async function publish(page) {
    await page.click('.editor-post-publish-panel__toggle');
    await (await page.waitForSelector('.editor-post-publish-panel .editor-post-publish-button:not([aria-disabled="true"])')).click();
    await page.waitForFunction(() => wp.data.select('core/editor').isCurrentPostPublished(), { timeout: 30_000 });
    return page.evaluate(() => wp.data.select('core/editor').getCurrentPostId());
  }

  /** Opens the block settings sidebar (core/edit-post before 6.6; its own store after). */
  const openBlockSidebar = (page) =>
    page.evaluate(() => {
      const editPost = wp.data.dispatch('core/edit-post');
      editPost.openGeneralSidebar('edit-post/block');
    });

  nodeDescribe(`the WordPress plugin on ${label}`, { timeout: 900_000 }, () => {
    before(async () => {
      assert.ok(existsSync(ZIP), `${ZIP} is missing: run npm run build first`);
      wp = await startWordPress({ version });
      assert.match(wp.wpVersion, LABELS[version].wpVersion, `${label} reports $wp_version ${wp.wpVersion}`);
      before_ = await databaseTraces();
      // Avatars come from another site, which this test never reaches.
      await wp.php(`return update_option('show_avatars', 0);`);
      browser = await launchChromium();
      admin = await browser.createBrowserContext();
      visitor = await browser.createBrowserContext();
      const login = await admin.newPage();
      await login.goto(`${wp.url}/wp-login.php`);
      // wp-login.php focuses and selects the user name field 200 ms after it loads
      // (wp_attempt_focus): typing before then can be cut into, so wait for it.
      await login.waitForFunction(() => document.activeElement?.id === 'user_login');
      await login.type('#user_login', wp.admin.user);
      await login.type('#user_pass', wp.admin.password);
      await Promise.all([login.waitForNavigation(), login.click('#wp-submit')]);
      assert.match(login.url(), /\/wp-admin\//, 'the admin logs in');
      await login.close();
      // The editors' welcome guides would cover the inserter: off, as for a user who closed them.
      await wp.php(`update_user_meta(1, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array(
        'core/edit-post' => array('welcomeGuide' => false),
        'core/edit-site' => array('welcomeGuide' => false, 'welcomeGuideStyles' => false, 'welcomeGuidePage' => false, 'welcomeGuideTemplate' => false),
        '_modified' => gmdate('c'))); return true;`);
    });

    after(async () => {
      await browser?.close();
      await wp?.stop();
    });

    if (iframedPostEditor) {
      test('without the plugin, the post editor is iframed (every core block is apiVersion 3)', async () => {
        const { page, iframed } = await openEditor(admin, '/wp-admin/post.php?post=1&action=edit');
        const older = await page.evaluate(() => wp.blocks.getBlockTypes().filter((b) => !(b.apiVersion >= 3)).map((b) => b.name));
        await page.close();
        assert.deepEqual(older, [], 'blocks below apiVersion 3');
        assert.ok(iframed, 'iframe[name="editor-canvas"]');
      });
    }

    test('an admin installs the zip through Plugins → Add New → Upload Plugin and activates it', async () => {
      const page = await admin.newPage();
      await page.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`);
      const input = await page.$('#pluginzip');
      await input.uploadFile(ZIP);
      await Promise.all([page.waitForNavigation(), page.click('#install-plugin-submit')]);
      const report = await page.$eval('#wpbody-content', (el) => el.textContent);
      assert.match(report, /Plugin installed successfully/, report);
      await Promise.all([page.waitForNavigation(), page.click('a[href*="action=activate"]')]);
      assert.match(await page.$eval('#wpbody-content', (el) => el.textContent), /Plugin activated/);
      await page.close();
      assert.deepEqual(await wp.php(`return get_option('active_plugins');`), [PLUGIN]);
    });

    describe('with posts by an admin, an author and a contributor', () => {
      before(async () => {
        await wp.php(`
          wp_insert_user(array('user_login' => 'author', 'user_pass' => wp_generate_password(), 'role' => 'author', 'user_email' => 'author@example.com'));
          wp_insert_user(array('user_login' => 'contributor', 'user_pass' => wp_generate_password(), 'role' => 'contributor', 'user_email' => 'c@example.com'));
          return true;`);
        posts.shortcode = await insertPost('admin', {
          title: 'Shortcode',
          body: '<p>Before.</p>\n\n[pekso_fields lang="en" fields="casework,policy" open="casework" single="true" heading_level="3" theme="dark"]\n\n<p>After.</p>',
        });
        posts.block = await insertPost('admin', {
          title: 'Block',
          body: '<!-- wp:pekso/fields {"lang":"en","fields":"community,casework","open":"community","headingLevel":2} /-->',
        });
        posts.badBlock = await insertPost('admin', {
          title: 'Block with unknown values',
          body: '<!-- wp:pekso/fields {"lang":"xx","fields":"casework,astrology"} /-->',
          status: 'draft',
        });
        posts.raw = await insertPost('author', {
          title: 'Raw tag',
          body:
            '<p>Before.</p>\n<pekso-fields lang="en" fields="research,policy" open="research" heading-level="4" theme="light" ' +
            'onclick="alert(6)" style="display:none" data-x="1"></pekso-fields>\n' +
            '<pekso-field-card field="policy" lang="id" open onmouseover="alert(7)"></pekso-field-card>\n<script>alert(8)</script>',
        });
        const pending = await insertPost('contributor', { title: 'Contributor', body: XSS, status: 'pending' });
        // An editor (here the admin) publishes the contributor's pending post as it is.
        await wp.php(`wp_set_current_user(1); kses_init(); return wp_update_post(array('ID' => ${pending}, 'post_status' => 'publish'));`);
        posts.xss = pending;
        posts.three = await insertPost('admin', {
          title: 'Three',
          type: 'page',
          body: [
            '<!-- wp:shortcode -->\n[pekso_fields lang="id" open="casework"]\n<!-- /wp:shortcode -->',
            '<!-- wp:shortcode -->\n[pekso_field_card field="groupwork" lang="id" expanded="true"]\n<!-- /wp:shortcode -->',
            '<!-- wp:pekso/fields {"lang":"en","single":true,"open":"policy"} /-->',
          ].join('\n\n'),
        });
        const paragraph = `<p>${'Social work is practised at several levels, from one person to whole policies. '.repeat(12)}</p>`;
        posts.upgrade = await insertPost('admin', { title: 'Upgrade', body: `${paragraph}\n\n[pekso_fields lang="en"]\n\n${paragraph}` });
        // Own cases whose texts are attacks, written by a contributor in the check block's
        // attribute, as JSON with "<" written \u003c: what KSES lets through whole.
        const ownCases = await insertPost('contributor', {
          title: 'Contributor\'s own cases',
          body: blockComment('pekso/check', { lang: 'en', cases: 'own', ownCases: pageJson(HOSTILE_CASES) }),
          status: 'pending',
        });
        await wp.php(`wp_set_current_user(1); kses_init(); return wp_update_post(array('ID' => ${ownCases}, 'post_status' => 'publish'));`);
        posts.ownCases = ownCases;
        posts.check = await insertPost('admin', {
          title: 'Check',
          body: [
            '<!-- wp:shortcode -->\n[pekso_check lang="en" count="3" pass="none"]\n<!-- /wp:shortcode -->',
            '<!-- wp:pekso/check {"lang":"id","fields":"casework,policy","count":"2"} /-->',
            '<!-- wp:pekso/field-card {"field":"policy","lang":"en","expanded":true} /-->',
          ].join('\n\n'),
        });
        for (const [name, id] of Object.entries(posts)) assert.equal(typeof id, 'number', `post "${name}" was created: ${JSON.stringify(id)}`);
      });

      test('a reader of a shortcode post gets the text in the HTML, then the accordion, by mouse and keyboard', async () => {
        const visit_ = await visit(visitor, `/?p=${posts.shortcode}`);
        const [element] = servedElements(visit_.html);
        assert.equal(element.attrs, 'lang="en" fields="casework,policy" open="casework" single theme="dark"');
        // The citation of the widget names the post, as WordPress links it.
        const pageUrl = await wp.php(`return get_permalink(${posts.shortcode});`);
        const expected = staticHtml(content, { lang: 'en', settings: { fields: ['casework', 'policy'], open: ['casework'] }, pageUrl });
        assert.equal(element.inner, expected, 'the fallback is the same markup as the build renders');
        await assertHealthy(visit_, 1);
        assert.deepEqual(await buttonStates(visit_.page, 0), [
          { expanded: 'true', visible: true },
          { expanded: 'false', visible: false },
        ]);
        await assertToggles(visit_.page);
        await visit_.page.close();
      });

      test('a reader of a block post gets the fields in the chosen order and heading level, and the accordion works', async () => {
        const visit_ = await visit(visitor, `/?p=${posts.block}`);
        const [element] = servedElements(visit_.html);
        assert.equal(element.attrs, 'class="wp-block-pekso-fields" lang="en" fields="community,casework" open="community" heading-level="2"');
        const pageUrl = await wp.php(`return get_permalink(${posts.block});`);
        const expected = staticHtml(content, { lang: 'en', settings: { fields: ['community', 'casework'], open: ['community'], 'heading-level': 2 }, pageUrl });
        assert.equal(element.inner, expected, 'the fallback is served as built: no curled quotes (wptexturize), no <p> or <br> (wpautop)');
        // Each heading's text: the name, then for a field ", " and its level.
        const headings = [...element.inner.matchAll(/<h2 id="pekso-[\w-]+">(.*?)<\/h2>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
        const frame = (id) => content.ui[`${id}Name`].en;
        const named = (id) => `${field(id).name.en}, ${content.ui[field(id).level].en}`;
        assert.deepEqual(headings, [frame('intro'), frame('methods'), named('community'), named('casework'), frame('glossary'), frame('references')]);
        assert.equal((element.inner.match(/<details open>/g) ?? []).length, 1);
        await assertHealthy(visit_, 1);
        const tags = await visit_.page.$eval('pekso-fields', (el) => [...el.shadowRoot.querySelectorAll('h2 [part~="badge"]')].length);
        assert.equal(tags, 2, 'the widget uses <h2> for its fields, as asked');
        await assertToggles(visit_.page);
        await visit_.page.close();
      });

      test("an author's raw <pekso-fields> tag survives saving with its own attributes only, and works", async () => {
        const saved = await wp.php(`return get_post(${posts.raw})->post_content;`);
        assert.match(saved, /<pekso-fields lang="en" fields="research,policy" open="research" heading-level="4" theme="light"><\/pekso-fields>/);
        assert.match(saved, /<pekso-field-card field="policy" lang="id" open><\/pekso-field-card>/);
        assert.doesNotMatch(saved, /onclick|onmouseover|style=|data-x|<script/, 'nothing but the tags and their own attributes');

        const visit_ = await visit(visitor, `/?p=${posts.raw}`);
        assert.equal((visit_.html.match(SCRIPT_TAG) ?? []).length, 1, 'the script is enqueued for a raw tag');
        assert.deepEqual(visit_.errors, []);
        assert.deepEqual(visit_.dialogs, []);
        const names = await visit_.page.$eval('pekso-fields', (el) =>
          [...el.shadowRoot.querySelectorAll('h4 button:has([part~="badge"]) [part~="name"]')].map((n) => n.textContent.trim())
        );
        assert.deepEqual(names, [field('research').name.en, field('policy').name.en]);
        await assertToggles(visit_.page, 0);
        await assertToggles(visit_.page, 1);
        await visit_.page.close();
      });

      test("a contributor's script in shortcode attributes is escaped and never runs, for visitors and editors", async () => {
        for (const context of [visitor, admin]) {
          const visit_ = await visit(context, `/?p=${posts.xss}`);
          const [element] = servedElements(visit_.html);
          assert.equal(element.attrs, 'lang="en"', 'every bad value falls back to the default');
          assert.doesNotMatch(visit_.html, /<(script|img|svg)\b[^>]*>\s*alert|<[^>]*\son(error|load|mouseover)=/);
          await assertHealthy(visit_, 1);
          const notices = await visit_.page.$$eval('.pekso-fields-notice', (els) => els.map((el) => el.textContent));
          if (context === visitor) assert.deepEqual(notices, [], 'visitors see no notice');
          else assert.match(notices.join(''), /lang=".*" is not valid\. Valid: id, en/, 'the editor sees what was wrong');
          await visit_.page.close();
        }
      });

      test('the shortcode escapes a hostile value that reaches it unfiltered', async () => {
        // KSES already mangled the contributor's payload on saving; here it reaches the shortcode whole.
        const out = await wp.php(`wp_set_current_user(1); return do_shortcode(${JSON.stringify(XSS)});`);
        assert.doesNotMatch(out, /<(script|img|svg)\b|<[^>]*\son\w+=/i, 'no tag or event attribute gets through');
        assert.match(out, /lang=&quot;&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;&quot; is not valid/);
        assert.match(out, /<pekso-fields lang="en"><div class="pekso-static" lang="en">/);

        const page = await insertPost('admin', { title: 'Unfiltered', body: XSS });
        const visit_ = await visit(admin, `/?p=${page}`);
        await assertHealthy(visit_, 1);
        await visit_.page.close();
      });

      test('a page with three widgets loads the script once, and each widget works', async () => {
        const visit_ = await visit(visitor, `/?page_id=${posts.three}`);
        await assertHealthy(visit_, 3);
        assert.deepEqual(
          servedElements(visit_.html).map((e) => e.attrs),
          ['lang="id" open="casework"', 'lang="id" field="groupwork" expanded', 'class="wp-block-pekso-fields" lang="en" open="policy" single']
        );
        await assertToggles(visit_.page, 0);
        const card = await visit_.page.$eval('pekso-field-card', (el) => ({
          disabled: el.shadowRoot.querySelector('button').getAttribute('aria-disabled'),
          open: !el.shadowRoot.querySelector('[part~="panel"]').hasAttribute('hidden'),
        }));
        assert.deepEqual(card, { disabled: 'true', open: true }, 'the expanded card stays open: its button is disabled');
        // single: opening another field closes policy.
        const buttons = await headerButtons(visit_.page, 2);
        const policy = content.fields.findIndex((f) => f.id === 'policy');
        assert.equal((await buttonStates(visit_.page, 2))[policy].expanded, 'true');
        await (await buttons.evaluateHandle((b) => b[0])).click();
        const open = (await buttonStates(visit_.page, 2)).map((s) => s.expanded === 'true');
        assert.deepEqual(open, content.fields.map((_, i) => i === 0), 'one field open at a time');
        await visit_.page.close();
      });

      test('the check by shortcode and by block, and the card block: questions first, answers in a closed <details>, then the check works', async () => {
        const visit_ = await visit(visitor, `/?p=${posts.check}`, { widgets: false });
        const checks = [...visit_.html.matchAll(/<pekso-check(\s[^>]*)?>([\s\S]*?)<\/pekso-check>/g)].map(([, attrs = '', inner]) => ({ attrs: attrs.trim(), inner }));
        assert.deepEqual(checks.map((c) => c.attrs), ['lang="en" count="3" pass="none"', 'class="wp-block-pekso-check" lang="id" fields="casework,policy" count="2"']);
        for (const [i, { inner }] of checks.entries()) {
          // Without JavaScript, the whole pool of the fields shown (issue 21): `count` is what the live check draws.
          const shown = [null, ['casework', 'policy']][i];
          const pool = content.check.filter((c) => !shown || shown.includes(c.answer)).length;
          const questions = inner.match(/<ol class="questions">([\s\S]*?)<\/ol>/)[1].match(/<li>/g).length;
          assert.equal(questions, pool, 'the questions: the whole pool of the fields shown');
          assert.match(inner, /<\/ol><details><summary>[^<]+<\/summary><ol class="answers">/, 'then the answers, in a closed <details>');
        }
        const [card] = servedElements(visit_.html).filter((e) => e.tag === 'pekso-field-card');
        assert.equal(card.attrs, 'class="wp-block-pekso-field-card" lang="en" field="policy" expanded');
        assert.equal((visit_.html.match(SCRIPT_TAG) ?? []).length, 1, 'the script tag appears once');
        await visit_.page.waitForFunction(() => [...document.querySelectorAll('pekso-check')].every((el) => el.shadowRoot?.querySelector('legend')));
        const feedback = await visit_.page.evaluate(async () => {
          const check = /** @type {any} */ (document.querySelector('pekso-check'));
          check.shadowRoot.querySelector('input[type=radio]').click();
          check.shadowRoot.querySelector('button.action').click();
          await check.updateComplete;
          return check.shadowRoot.querySelector('.feedback').textContent;
        });
        assert.match(feedback, /^(Right|Not quite)/);
        assert.deepEqual(visit_.errors, []);
        assert.deepEqual(visit_.dialogs, []);
        await visit_.page.close();
      });

      test('an admin types own cases in the check block\'s sidebar and publishes: the page carries them, and the check asks only them, to the score', async () => {
        const own = [
          { id: 'makassar-1', answer: 'policy', case: { en: 'A city council in Makassar rewrites its rule on street vendors.', id: 'Dewan kota Makassar menulis ulang aturannya tentang pedagang kaki lima.' }, why: { en: 'The rule itself is what changes.', id: 'Aturan itu sendiri yang berubah.' } },
          { id: 'casework-2', answer: 'casework', case: { en: 'A social worker meets one family each week.' }, why: { en: 'One family, helped one to one.' } },
          { id: 'Bad Id', answer: 'policy', case: { en: 'Never asked.' }, why: { en: 'Its id is not valid.' } },
        ];
        const { page, canvas, errors } = await openEditor(admin, '/wp-admin/post-new.php');
        try {
          await insertFromInserter(page, 'Social Work Check', 'Social Work Check of Understanding');
          await openBlockSidebar(page);
          const cases = await page.waitForFunction(() =>
            [...document.querySelectorAll('.block-editor-block-inspector select')].find((s) => s.querySelector('option[value="own"]'))
          );
          await /** @type {import('puppeteer-core').ElementHandle<HTMLSelectElement>} */ (cases).select('own');
          const field = await page.waitForSelector('.block-editor-block-inspector textarea');
          const label = await field.evaluate((t) => t.closest('.components-base-control').querySelector('label').textContent);
          assert.equal(label, 'Your own cases');
          assert.match(await field.evaluate((t) => t.closest('.components-base-control').textContent), /"answer":"policy"/, 'the help shows the shape');
          await field.type(JSON.stringify(own));
          // The preview: the server's notice names the bad case, and the check asks the good ones.
          await canvas
            .waitForFunction(() => document.querySelector('.block-editor-block-list__layout .pekso-fields-notice')?.textContent.includes('case 3 ("Bad Id")'), { timeout: 30_000 })
            .catch(async (error) => {
              const block = await canvas.$eval('[data-type="pekso/check"]', (el) => el.textContent.replace(/\s+/g, ' ').slice(0, 600));
              throw new Error(`the preview does not name the bad case (${error.message}): ${block}`);
            });
          const notice = await canvas.$eval('.block-editor-block-list__layout .pekso-fields-notice', (el) => el.textContent);
          assert.match(notice, /Your own cases: case 2 \("casework-2"\): the id is taken: renamed "casework-2-own"/);
          await canvas.waitForFunction(() => document.querySelector('.block-editor-block-list__layout pekso-check')?.shadowRoot?.querySelector('legend'), { timeout: 30_000 });

          const id = await publish(page);
          assert.deepEqual(errors, []);

          const visit_ = await visit(visitor, `/?p=${id}`, { widgets: false });
          const [check] = servedChecks(visit_.html);
          assert.equal(check.attrs, 'class="wp-block-pekso-check" lang="en" cases="own"');
          assert.deepEqual(JSON.parse(check.json), [{ ...own[0] }, { ...own[1], id: 'casework-2-own' }], 'the valid cases, inside the element');
          assert.match(check.inner, /<ol class="questions"><\/ol>/, 'without JavaScript, none of the built-in cases');
          assert.doesNotMatch(visit_.html, /pekso-fields-notice/, 'visitors see no notice');
          await visit_.page.waitForFunction(() => document.querySelector('pekso-check')?.shadowRoot?.querySelector('legend'));
          const answered = await answerOwnCases(visit_.page, own);
          assert.deepEqual(answered.asked.sort(), ['casework-2-own', 'makassar-1'], 'only the own cases, each once');
          assert.deepEqual(answered.complete, { score: 2, max: 2, percent: 100, passed: true, practice: false });
          assert.deepEqual(visit_.errors, []);
          await visit_.page.close();
        } finally {
          await page.close();
        }
      });

      test("a contributor's hostile own cases are texts: no dialog, no injected element, for visitors and editors", async () => {
        const saved = await wp.php(`return parse_blocks(get_post(${posts.ownCases})->post_content)[0]['attrs']['ownCases'];`);
        assert.deepEqual(JSON.parse(saved), HOSTILE_CASES, 'KSES kept the attribute whole');
        for (const context of [visitor, admin]) {
          const visit_ = await visit(context, `/?p=${posts.ownCases}`, { widgets: false });
          const checks = servedChecks(visit_.html);
          assert.equal(checks.length, 1);
          assert.deepEqual(JSON.parse(checks[0].json), HOSTILE_CASES, 'the texts reach the element as written');
          assert.doesNotMatch(checks[0].json, /[<>&']|\[(?!\{)/, 'every "<", ">", "&", "\'" and "[" of a text written as \\u…');
          assert.doesNotMatch(visit_.html, /<(script|img|svg)\b[^>]*>\s*alert|<[^>]*\son(error|load|mouseover)=|<b>one<\/b>/);
          assert.doesNotMatch(visit_.html, /<pekso-fields\b/, 'the shortcode in a text is not run');
          await visit_.page.waitForFunction(() => document.querySelector('pekso-check')?.shadowRoot?.querySelector('legend'));
          const answered = await answerOwnCases(visit_.page, HOSTILE_CASES);
          for (const [i, { case: text, why }] of HOSTILE_CASES.entries()) {
            assert.ok(answered.legends.some((l) => l.includes(text.en)), `case ${i + 1} shows as text`);
            assert.ok(answered.feedback.some((f) => f.includes(why.en)), `why ${i + 1} shows as text`);
          }
          for (const tag of ['script', 'img', 'svg', 'b']) assert.ok(!answered.tags.includes(tag), `no <${tag}> in the check`);
          assert.deepEqual(answered.complete?.score, 2);
          const injected = await visit_.page.evaluate(() => [
            ...[...document.querySelectorAll('img, svg, b')].filter((el) => el.matches('img[src="x"]') || el.hasAttribute('onload') || el.textContent === 'one'),
            ...[...document.scripts].filter((el) => el.type !== 'application/json' && el.textContent.includes('alert(')),
          ].map((el) => el.outerHTML));
          assert.deepEqual(injected, [], 'nothing injected into the page');
          assert.deepEqual(visit_.errors, []);
          assert.deepEqual(visit_.dialogs, [], 'nothing injected ran');
          await visit_.page.close();
        }
      });

      test('the fallback takes the widget\'s height at three viewports, and the upgrade moves nothing for a reader who scrolled there', async () => {
        // Issue 9: the widget minus the fallback, closed, within 8 px either way; CLS below 0.01.
        for (const viewport of VIEWPORTS) {
          const before = await visitor.newPage();
          await before.setViewport(viewport);
          await before.setJavaScriptEnabled(false);
          await before.goto(`${wp.url}/?p=${posts.upgrade}`);
          const fallback = await before.$eval('pekso-fields', (el) => el.getBoundingClientRect().height);
          await before.close();

          // The script is held back until the reader has scrolled to the widget and it has painted.
          const page = await visitor.newPage();
          await page.setViewport(viewport);
          await page.setRequestInterception(true);
          let release = () => {};
          const held = new Promise((done) => (release = () => done(undefined)));
          page.on('request', (request) => (request.url().includes('pekso-fields.classic.js') ? held.then(() => request.continue()) : request.continue()));
          await page.evaluateOnNewDocument(() => {
            /** @type {any} */ (window).__cls = 0;
            new PerformanceObserver((list) => {
              for (const entry of /** @type {any[]} */ (list.getEntries())) if (!entry.hadRecentInput) /** @type {any} */ (window).__cls += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
          });
          // The script is at the end of the body: the page parses and paints up to it, then waits.
          const loaded = page.goto(`${wp.url}/?p=${posts.upgrade}`);
          await page.waitForSelector('pekso-fields + *');
          await page.$eval('pekso-fields', (el) => el.scrollIntoView());
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          const clsBefore = await page.evaluate(() => /** @type {any} */ (window).__cls);
          release();
          await loaded;
          await page.waitForFunction(() => document.querySelector('pekso-fields')?.shadowRoot?.querySelector('[part~="item"]'), { timeout: 15_000 });
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))));
          const widget = await page.$eval('pekso-fields', (el) => el.getBoundingClientRect().height);
          const cls = (await page.evaluate(() => /** @type {any} */ (window).__cls)) - clsBefore;
          await page.close();
          const label = `${viewport.width}×${viewport.height}: fallback ${fallback} px, widget ${widget} px, CLS ${cls.toFixed(4)}`;
          assert.ok(Math.abs(widget - fallback) <= 8, label);
          assert.ok(cls < 0.01, label);
        }
      });

      test('a page without the widget loads no script', async () => {
        const visit_ = await visit(visitor, '/?p=1', { widgets: false });
        assert.equal((visit_.html.match(SCRIPT_TAG) ?? []).length, 0);
        assert.doesNotMatch(visit_.html, /pekso-fallback\.css/, 'nor the fallback\'s stylesheet');
        assert.equal(await visit_.page.evaluate(() => customElements.get('pekso-fields')), undefined);
        await visit_.page.close();
      });

      test('the block editor shows a live preview, the settings in the sidebar, and flags unknown values', async () => {
        const { page, canvas, errors } = await openEditor(admin, `/wp-admin/post.php?post=${posts.badBlock}&action=edit`);
        const preview = '.block-editor-block-list__layout pekso-fields';
        await canvas.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('[part~="item"]'), { timeout: 30_000 }, preview);
        const notice = await canvas.$eval('.block-editor-block-list__layout .pekso-fields-notice', (el) => el.textContent);
        assert.match(notice, /lang="xx" is not valid/);
        assert.match(notice, /fields="astrology" is not valid/);
        assert.equal(await canvas.$eval(preview, (el) => el.getAttribute('fields')), 'casework');

        // Select the block, and change its language in the sidebar: the preview follows.
        await page.evaluate(() => {
          const { clientId } = wp.data.select('core/block-editor').getBlocks()[0];
          wp.data.dispatch('core/block-editor').selectBlock(clientId);
        });
        await openBlockSidebar(page);
        const language = await page.waitForSelector('.block-editor-block-inspector select');
        assert.equal(await language.evaluate((s) => s.closest('.components-base-control').querySelector('label').textContent), 'Language');
        await language.select('en');
        await canvas.waitForFunction((s) => document.querySelector(s)?.getAttribute('lang') === 'en', { timeout: 15_000 }, preview);
        await canvas.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('[part~="item"]'), {}, preview);
        const panel = await page.$eval('.block-editor-block-inspector', (el) => el.textContent);
        assert.match(panel, /Fields shown/);
        assert.match(panel, /Open at start/);
        assert.deepEqual(errors, []);
        await page.close();
      });

      // Targets: what the restructured plugin is to do (apiVersion 3 blocks, the widget's
      // script in the editor canvas). Reported as todo until then: see lib/target.mjs.
      if (iframedPostEditor) {
        target('with the plugin active, the post editor stays iframed (iframe[name="editor-canvas"])', async () => {
          const { page, iframed } = await openEditor(admin, `/wp-admin/post.php?post=${posts.block}&action=edit`);
          try {
            const older = await page.evaluate(() => wp.blocks.getBlockTypes().filter((b) => !(b.apiVersion >= 3)).map((b) => `${b.name} (apiVersion ${b.apiVersion ?? 1})`));
            assert.ok(iframed, `the post editor is not iframed; blocks below apiVersion 3: ${older.join(', ')}`);
          } finally {
            await page.close();
          }
        });

        target('in the post editor\'s canvas iframe, <pekso-fields> is defined and the block\'s preview is the upgraded widget', async () => {
          const { page, canvas, iframed } = await openEditor(admin, `/wp-admin/post.php?post=${posts.block}&action=edit`);
          try {
            assert.ok(iframed, 'the post editor is not iframed, so there is no canvas iframe');
            await assertUpgradedPreview(canvas, 'pekso-fields');
          } finally {
            await page.close();
          }
        });
      }

      target(`in the Site Editor (${WORDPRESS_VERSIONS[version].blockTheme}), the canvas iframe defines <pekso-fields> and the block's preview is the upgraded widget`, async () => {
        const theme = WORDPRESS_VERSIONS[version].blockTheme;
        const { page, canvas, iframed } = await openEditor(admin, `/wp-admin/site-editor.php?postType=wp_template&postId=${encodeURIComponent(`${theme}//index`)}&canvas=edit`);
        try {
          assert.ok(iframed, 'the Site Editor has a canvas iframe');
          await page.waitForFunction(() => wp.data.select('core/block-editor').getBlocks().length > 0, { timeout: 30_000 });
          await page.evaluate(() => {
            wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('pekso/fields', { lang: 'en', fields: 'casework,policy' }));
          });
          await assertUpgradedPreview(canvas, 'pekso-fields');
        } finally {
          await page.close();
        }
      });

      test('a freshly inserted card block asks for its field, with no "is not valid" warning, then previews the card chosen', async () => {
        const { page, canvas } = await openEditor(admin, '/wp-admin/post-new.php');
        try {
          await insertFromInserter(page, 'Social Work Field Card', 'Social Work Field Card');
          const block = '[data-type="pekso/field-card"]';
          // The block's own prompt (a placeholder with the field's control), never the server's notice.
          await canvas.waitForFunction((s) => document.querySelector(s)?.querySelector('.components-placeholder select'), { timeout: 30_000 }, block);
          const text = await canvas.$eval(block, (el) => el.textContent.replace(/\s+/g, ' ').trim());
          assert.doesNotMatch(text, /is not valid/, text.slice(0, 300));
          assert.match(text, /Choose a field/, 'the prompt says what to choose');
          const select = await canvas.$(`${block} .components-placeholder select`);
          await select.select('policy');
          await canvas.waitForFunction((s) => document.querySelector(s)?.querySelector('pekso-field-card[field="policy"]'), { timeout: 30_000 }, block);
        } finally {
          await page.close();
        }
      });

      target(`on a classic theme (${CLASSIC_THEME}), a page without a widget loads no pekso script or stylesheet`, async () => {
        const block = await wp.php(`return get_stylesheet();`);
        await wp.php(`switch_theme('${CLASSIC_THEME}'); return get_stylesheet();`);
        try {
          assert.equal(await wp.php(`return wp_is_block_theme() ? 'block' : 'classic';`), 'classic');
          const visit_ = await visit(visitor, '/?p=1', { widgets: false });
          const assets = [...visit_.html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)=["']([^"']*pekso[^"']*)["']/g)].map((m) => m[1]);
          const inline = [...visit_.html.matchAll(/<(script|style)\b[^>]*\bid=["']([^"']*pekso[^"']*)["']/g)].map((m) => m[2]);
          await visit_.page.close();
          const found = [...assets, ...inline];
          assert.deepEqual(found, [], `pekso assets on a page without a widget: ${found.join(', ')}`);
        } finally {
          await wp.php(`switch_theme(${JSON.stringify(block)}); return get_stylesheet();`);
        }
      });

      test('the static snippets for editors keep all their text and every <details> through wp_kses_post', async () => {
        const page = await visitor.newPage();
        for (const lang of ['id', 'en']) {
          const file = join(DIST, `static/pekso-fields.${lang}.html`);
          // Made by build/kits/lms.mjs; generated here the same way if that step has not run.
          const original = existsSync(file) ? readFileSync(file, 'utf8') : staticHtml(content, { lang });
          const filtered = await wp.php(`return wp_kses_post(${JSON.stringify(original)});`);
          const read = (html) =>
            page.evaluate((h) => {
              document.body.innerHTML = h;
              const details = [...document.querySelectorAll('details')];
              const opens = details.map((d) => {
                /** @type {HTMLElement} */ (d.querySelector(':scope > summary')).click();
                return d.open;
              });
              return { text: document.body.textContent.replace(/\s+/g, ' ').trim(), details: details.length, opens };
            }, html);
          const [before, afterKses] = [await read(original), await read(filtered)];
          assert.equal(afterKses.text, before.text, `all text survives (${lang})`);
          assert.equal(afterKses.details, content.fields.length + FRAME_SECTIONS.length, 'the fields and the frame\'s sections');
          assert.deepEqual(afterKses.opens, afterKses.opens.map(() => true), `every <details> opens (${lang})`);
        }
        await page.close();
      });

      test('on an Indonesian site: Indonesian blocks and sidebar, found by "pekerjaan sosial", and the widget in Indonesian', async () => {
        // WordPress refuses a locale without core's files: Debian's wordpress-l10n has id_ID's
        // (made for 6.1; the builds bring no languages, and their newer strings stay English).
        assert.ok(wp.installLanguages().includes('id_ID.mo'), 'core\'s id_ID.mo is installed');
        await wp.php(`update_option('WPLANG', 'id_ID'); return true;`);
        try {
          assert.equal(await wp.php(`return get_locale();`), 'id_ID');
          const { page, canvas, errors } = await openEditor(admin, '/wp-admin/post-new.php');
          const titles = await insertFromInserter(page, 'pekerjaan sosial', 'Kartu');
          assert.deepEqual(titles.sort(), ['Bidang Praktik Pekerjaan Sosial', 'Kartu Bidang Pekerjaan Sosial', 'Uji Pemahaman Pekerjaan Sosial']);
          const preview = '.block-editor-block-list__layout pekso-field-card';
          await openBlockSidebar(page);
          const labels = await page.waitForFunction(() => {
            const found = [...document.querySelectorAll('.block-editor-block-inspector label')].map((l) => l.textContent);
            return found.includes('Bahasa') && found;
          });
          assert.ok((await labels.jsonValue()).includes('Bidang'), 'the field control is labelled in Indonesian');
          const fieldSelect = await page.evaluateHandle(() =>
            [...document.querySelectorAll('.block-editor-block-inspector select')].find((s) => s.querySelector('option[value="policy"]'))
          );
          await /** @type {import('puppeteer-core').ElementHandle<HTMLSelectElement>} */ (fieldSelect).select('policy');
          await canvas.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('[part~="item"]'), { timeout: 30_000 }, preview);

          const id = await publish(page);
          assert.deepEqual(errors, []);
          await page.close();

          const visit_ = await visit(visitor, `/?p=${id}`);
          await assertHealthy(visit_, 1);
          const [element] = servedElements(visit_.html);
          assert.equal(element.tag, 'pekso-field-card');
          assert.match(element.attrs, /\blang="id"/, 'no language chosen: the site\'s');
          assert.match(element.inner, new RegExp(field('policy').name.id));
          await visit_.page.close();
        } finally {
          await wp.php(`update_option('WPLANG', ''); return true;`);
        }
      });

      test('the plugin writes no PHP warning or notice to the log', () => {
        const ours = wp.debugLog().split('\n').filter((line) => line.includes('/plugins/pekso-fields/'));
        assert.deepEqual(ours, []);
      });
    });

    test('deleting the plugin leaves nothing behind', async () => {
      const result = await wp.php(`
        require_once ABSPATH . 'wp-admin/includes/plugin.php';
        require_once ABSPATH . 'wp-admin/includes/file.php';
        wp_set_current_user(1);
        deactivate_plugins('${PLUGIN}');
        return delete_plugins(array('${PLUGIN}'));`);
      assert.equal(result, true);
      assert.equal(existsSync(join(wp.contentDir, 'plugins/pekso-fields')), false, 'the plugin folder is gone');
      assert.deepEqual(await databaseTraces(), before_, 'no tables, options or meta left');
    });
  });

}

nodeTest('readme.txt says "Tested up to" the newest release this suite runs, not a prerelease', async () => {
  const { unzipSync, strFromU8 } = await import('fflate');
  const readme = strFromU8(unzipSync(readFileSync(ZIP))['pekso-fields/readme.txt']);
  const releases = Object.keys(WORDPRESS_VERSIONS).filter((v) => !WORDPRESS_VERSIONS[v].prerelease);
  const newest = releases.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).at(-1);
  assert.equal(readme.match(/^Tested up to: (.+)$/m)?.[1], newest);
});

const chosen = process.env.PEKSO_WP_VERSIONS ? process.env.PEKSO_WP_VERSIONS.split(',').map((v) => v.trim()) : Object.keys(WORDPRESS_VERSIONS);
for (const version of chosen) wordpressSuite(version);
