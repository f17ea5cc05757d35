// Runs the WordPress plugin's PHP (kits/wordpress/includes/) outside WordPress, for the
// tests that hold it to the same rules as the element: PHP's own php-cli, the plugin's
// files as they ship, its data/ written by the build for a content folder, and the few
// WordPress functions those files call, defined here as WordPress defines them (escaping,
// plucking, JSON, translation as the identity). The real WordPress runs in the e2e suite.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseSchema } from '../../../build/content/case-schema.mjs';
import { fallbackJson, specJson } from '../../../build/kits/wordpress.mjs';
import { findProgram } from '../../../tools/test-programs.mjs';

const includes = fileURLToPath(new URL('../../../kits/wordpress/includes/', import.meta.url));

const DRIVER = String.raw`<?php
define( 'ABSPATH', '/' );
define( 'PEKSO_FIELDS_DIR', getenv( 'PEKSO_FIELDS_DIR' ) );
function esc_html( $text ) { return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' ); }
function esc_attr( $text ) { return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' ); }
function __( $text, $domain = '' ) { return $text; }
function esc_html__( $text, $domain = '' ) { return esc_html( $text ); }
function wp_json_encode( $value, $flags = 0 ) { return json_encode( $value, $flags ); }
function wp_list_pluck( $list, $field ) { return array_map( fn( $item ) => $item[ $field ], $list ); }
function get_locale() { return getenv( 'PEKSO_LOCALE' ) ?: 'id_ID'; }
function get_the_ID() { return 0; }
function current_user_can( $capability ) { return true; }
function wp_enqueue_style( $handle ) {}
require getenv( 'PEKSO_INCLUDES' ) . 'options.php';
require getenv( 'PEKSO_INCLUDES' ) . 'tree.php';
require getenv( 'PEKSO_INCLUDES' ) . 'render.php';
require getenv( 'PEKSO_INCLUDES' ) . 'cases.php';
$out = array();
foreach ( json_decode( stream_get_contents( STDIN ) ) as $call ) {
	$args  = array_map( fn( $arg ) => is_object( $arg ) ? (array) $arg : $arg, $call->args );
	$out[] = call_user_func_array( $call->fn, $args );
}
echo json_encode( $out, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
`;

/**
 * A PHP runner for `content` (from loadContent()): `run([{ fn, args }])` calls each plugin
 * function with its arguments (objects become PHP arrays; values inside keep their JSON
 * types) and resolves to their results.
 */
export function phpRunner(content) {
  const dir = mkdtempSync(join(tmpdir(), 'pekso-php-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data/spec.json'), JSON.stringify(specJson(content)));
  writeFileSync(join(dir, 'data/fallback.json'), JSON.stringify(fallbackJson(content)));
  writeFileSync(join(dir, 'data/case-schema.json'), JSON.stringify(caseSchema()));
  writeFileSync(join(dir, 'driver.php'), DRIVER);
  const php = findProgram('php') ?? 'php';
  return (calls, { locale = 'id_ID' } = {}) =>
    JSON.parse(
      execFileSync(php, [join(dir, 'driver.php')], {
        input: JSON.stringify(calls),
        encoding: 'utf8',
        env: { ...process.env, PEKSO_FIELDS_DIR: `${dir}/`, PEKSO_INCLUDES: includes, PEKSO_LOCALE: locale },
      })
    );
}
