// HTMLPurifier (Debian's php-htmlpurifier, the cleaner Moodle uses) with its default
// configuration. Debian's 4.11 still uses curly-brace string offsets ($s{0}), which
// PHP 8 rejects, so we patch a temporary copy; the system's copy is never touched.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEBIAN_PACKAGES } from './paths.mjs';

const SYSTEM_COPY = '/usr/share/php';
const NEEDS_FIX = ['TagTransform/Font.php', 'Encoder.php', 'ChildDef/Custom.php'];
// $str{$i}, $raw{0}, $attr['size']{0}  →  $str[$i], $raw[0], $attr['size'][0]
const CURLY_OFFSET = /(\$\w+(?:\['\w+'\])?)\{([^{}\n]+)\}/g;

const SCRIPT = `<?php
require 'HTMLPurifier.auto.php';
$config = HTMLPurifier_Config::createDefault();
$config->set('Cache.DefinitionImpl', null); // no cache files; filtering is unchanged
echo (new HTMLPurifier($config))->purify(stream_get_contents(STDIN));
`;

/** Copies and patches HTMLPurifier; returns { purify(html), dispose() }. */
export function setUpPurifier() {
  if (!existsSync(join(SYSTEM_COPY, 'HTMLPurifier.auto.php'))) {
    throw new Error(`HTMLPurifier is missing: apt-get install ${DEBIAN_PACKAGES.htmlpurifier.join(' ')}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'pekso-htmlpurifier-'));
  cpSync(join(SYSTEM_COPY, 'HTMLPurifier'), join(dir, 'HTMLPurifier'), { recursive: true, dereference: true });
  for (const file of ['HTMLPurifier.auto.php', 'HTMLPurifier.autoload.php', 'HTMLPurifier.autoload-legacy.php', 'HTMLPurifier.php']) {
    cpSync(join(SYSTEM_COPY, file), join(dir, file), { dereference: true });
  }
  for (const file of NEEDS_FIX) {
    const path = join(dir, 'HTMLPurifier', file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(CURLY_OFFSET, '$1[$2]'));
  }
  writeFileSync(join(dir, 'purify.php'), SCRIPT);
  return {
    purify: (html) =>
      execFileSync('php', ['-d', `include_path=${dir}`, '-d', 'display_errors=stderr', join(dir, 'purify.php')], {
        input: html,
        encoding: 'utf8',
        stdio: ['pipe', 'pipe', 'ignore'],
      }),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
