<?php
/**
 * Plugin Name:       Pekso: Bidang Pekerjaan Sosial
 * Plugin URI:        https://www.npmjs.com/package/pekso
 * Description:       The fields of social work practice, in Bahasa Indonesia and English, as an accessible accordion. Shortcodes [pekso_fields] and [pekso_field_card], and the block "Bidang Pekerjaan Sosial".
 * Version:           0.2.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Pekso
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       pekso-fields
 * Domain Path:       /languages
 *
 * @package pekso-fields
 */

defined( 'ABSPATH' ) || exit;

define( 'PEKSO_FIELDS_VERSION', '0.2.0' );
define( 'PEKSO_FIELDS_DIR', plugin_dir_path( __FILE__ ) );

require_once PEKSO_FIELDS_DIR . 'includes/options.php';
require_once PEKSO_FIELDS_DIR . 'includes/tree.php';
require_once PEKSO_FIELDS_DIR . 'includes/render.php';
require_once PEKSO_FIELDS_DIR . 'includes/cases.php';

add_action( 'init', 'pekso_fields_init' );
add_filter( 'wp_kses_allowed_html', 'pekso_fields_allowed_html', 10, 2 );
add_filter( 'no_texturize_tags', 'pekso_fields_no_texturize' );
// After do_shortcode (11): a raw tag written in the post needs the script too.
add_filter( 'the_content', 'pekso_fields_enqueue_for_raw_tags', 20 );
// Before the footer's scripts are printed (20): by then every widget of the page has rendered.
add_action( 'wp_footer', 'pekso_fields_enqueue_bundle', 1 );

/**
 * Registers the scripts (one is enqueued only where a widget renders: see
 * pekso_fields_enqueue_bundle()), and a shortcode and, where the plugin has one, a block for
 * each element of the spec.
 */
function pekso_fields_init() {
	// Translations: languages/pekso-fields-<locale>.mo for PHP and the blocks' titles, and the
	// editor script's JSON, both built from languages/*.po.
	load_plugin_textdomain( 'pekso-fields', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	// Every element in every language, and per language: every element, the accordion elements, the check.
	wp_register_script( 'pekso-fields', plugins_url( 'assets/pekso-fields.classic.js', __FILE__ ), array(), PEKSO_FIELDS_VERSION, true );
	foreach ( wp_list_pluck( pekso_fields_data( 'spec' )['languages'], 'code' ) as $lang ) {
		foreach ( array( 'fields', 'accordion', 'check' ) as $bundle ) {
			$handle = 'pekso-' . $bundle . '-' . $lang;
			wp_register_script( $handle, plugins_url( 'assets/pekso-' . $bundle . '.' . $lang . '.classic.js', __FILE__ ), array(), PEKSO_FIELDS_VERSION, true );
		}
	}
	// The fallback's layout: the widget's height before the script arrives, so the page does not move.
	wp_register_style( 'pekso-fallback', plugins_url( 'assets/pekso-fallback.css', __FILE__ ), array(), PEKSO_FIELDS_VERSION );
	// One editor script for every block; 'pekso-fields' is the widget itself, so previews upgrade as on the page.
	wp_register_script(
		'pekso-editor',
		plugins_url( 'blocks/editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render', 'pekso-fields' ),
		PEKSO_FIELDS_VERSION,
		true
	);
	$spec   = pekso_fields_data( 'spec' );
	$blocks = array();
	foreach ( $spec['elements'] as $tag => $element ) {
		add_shortcode(
			$element['shortcode'],
			function ( $atts ) use ( $tag ) {
				return pekso_fields_render( $tag, pekso_fields_settings( $tag, pekso_fields_shortcode_atts( $atts ), 'shortcode' ) );
			}
		);
		if ( ! is_dir( PEKSO_FIELDS_DIR . 'blocks/' . $tag ) ) {
			continue;
		}
		register_block_type(
			PEKSO_FIELDS_DIR . 'blocks/' . $tag,
			array(
				// The check block's own cases are a block attribute, not an element's: written
				// inside the element by PHP, for authors whose <script> KSES would strip.
				'render_callback'      => function ( $attributes ) use ( $tag ) {
					return pekso_fields_render( $tag, pekso_fields_settings( $tag, $attributes, 'block' ), get_block_wrapper_attributes(), $attributes['ownCases'] ?? '' );
				},
				// The editor's canvas: an iframe (the Site Editor always, the post editor with
				// apiVersion 3 blocks), which gets block.json's `script` and `editorStyle` handles
				// and not `editorScript`. The widget and the fallback's stylesheet go there so
				// that the preview is the upgraded widget. Only in the admin: on a classic theme,
				// WordPress enqueues every block's `script` on every front-end page, and a page
				// without a widget loads no pekso script (the front end enqueues from the render
				// callback, pekso_fields_needs()). Set here rather than on enqueue_block_assets,
				// which WordPress 6.1 does not bring into the Site Editor's iframe.
				'script_handles'       => is_admin() ? array( 'pekso-fields' ) : array(),
				'editor_style_handles' => array( 'pekso-fallback' ),
			)
		);
		$blocks[] = $tag;
	}
	// The editor builds its controls from the same spec, and lists the fields by name; the
	// check block's own cases, a block attribute of the plugin alone, get a field of their own.
	$example = '[{"id":"makassar-1","answer":"policy","case":{"id":"…","en":"…"},"why":{"id":"…","en":"…"}}]';
	wp_add_inline_script(
		'pekso-editor',
		'window.peksoEditor = ' . wp_json_encode(
			array(
				'spec'        => $spec,
				'blocks'      => $blocks,
				'defaultLang' => pekso_fields_default_lang(),
				'panel'       => __( 'Settings', 'pekso-fields' ),
				'ownCases'    => array(
					'block' => $spec['elements']['pekso-check']['block'],
					'label' => __( 'Your own cases', 'pekso-fields' ),
					'help'  => sprintf(
						/* translators: 1: an example, in JSON (not translated), 2: the fields' ids. */
						__( 'A JSON list of cases, in the shape of content/check.yaml, for example %1$s. The answer is one of %2$s; the case and why, in one language or more. Problems are shown above the preview. "Cases" chooses whether the built-in cases are asked too.', 'pekso-fields' ),
						$example,
						implode( ', ', wp_list_pluck( $spec['fields'], 'id' ) )
					),
				),
			)
		) . ';',
		'before'
	);
	wp_set_script_translations( 'pekso-editor', 'pekso-fields', PEKSO_FIELDS_DIR . 'languages' );
}

/**
 * A shortcode's attributes, with bare flags as on: [pekso_fields single] means single="true".
 *
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return array
 */
function pekso_fields_shortcode_atts( $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) && is_string( $value ) ) {
			$atts[ strtolower( $value ) ] = 'true';
		}
	}
	return $atts;
}

/**
 * Lets authors without unfiltered_html keep a raw element tag in a post: the elements of
 * the spec, with their own attributes and nothing else.
 *
 * @param array  $tags    Allowed tags and their attributes.
 * @param string $context The kses context.
 * @return array
 */
function pekso_fields_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( pekso_fields_data( 'spec' )['elements'] as $tag => $element ) {
		$tags[ $tag ] = array_fill_keys( wp_list_pluck( $element['attributes'], 'name' ), true );
	}
	return $tags;
}

/**
 * Leaves the fallback inside the elements as the build wrote it: wptexturize would curl its
 * quotes and dashes (block output passes through it; shortcode output comes after it).
 *
 * @param string[] $tags Elements wptexturize leaves alone.
 * @return string[]
 */
function pekso_fields_no_texturize( $tags ) {
	return array_merge( $tags, array_keys( pekso_fields_data( 'spec' )['elements'] ) );
}

/**
 * Notes that a tag written straight into the post needs the script: the one with every
 * element in every language, as its language is not read here.
 *
 * @param string $content The post content, after shortcodes.
 * @return string The same content.
 */
function pekso_fields_enqueue_for_raw_tags( $content ) {
	foreach ( array_keys( pekso_fields_data( 'spec' )['elements'] ) as $tag ) {
		if ( false !== strpos( $content, '<' . $tag ) ) {
			pekso_fields_needs( 'all', '*' );
		}
	}
	return $content;
}

/** Enqueues the one script that serves every widget the page rendered, if it rendered any. */
function pekso_fields_enqueue_bundle() {
	$handle = pekso_fields_bundle_handle( pekso_fields_needs() );
	if ( $handle ) {
		wp_enqueue_script( $handle );
	}
}
