<?php
/**
 * Plugin Name:       Pekso: Bidang Pekerjaan Sosial
 * Plugin URI:        https://www.npmjs.com/package/pekso
 * Description:       The fields of social work practice, in Bahasa Indonesia and English, as an accessible accordion. Shortcodes [pekso_fields] and [pekso_field_card], and the block "Bidang Pekerjaan Sosial".
 * Version:           0.1.0
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

define( 'PEKSO_FIELDS_VERSION', '0.1.0' );
define( 'PEKSO_FIELDS_DIR', plugin_dir_path( __FILE__ ) );

require_once PEKSO_FIELDS_DIR . 'includes/options.php';
require_once PEKSO_FIELDS_DIR . 'includes/tree.php';
require_once PEKSO_FIELDS_DIR . 'includes/render.php';

add_action( 'init', 'pekso_fields_init' );
add_filter( 'wp_kses_allowed_html', 'pekso_fields_allowed_html', 10, 2 );
add_filter( 'no_texturize_tags', 'pekso_fields_no_texturize' );
// After do_shortcode (11): a raw tag written in the post needs the script too.
add_filter( 'the_content', 'pekso_fields_enqueue_for_raw_tags', 20 );

/**
 * Registers the script (enqueued only where a widget renders), and a shortcode and, where
 * the plugin has one, a block for each element of the spec.
 */
function pekso_fields_init() {
	// Translations: languages/pekso-fields-<locale>.mo for PHP and the blocks' titles, and the
	// editor script's JSON, both built from languages/*.po.
	load_plugin_textdomain( 'pekso-fields', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	wp_register_script(
		'pekso-fields',
		plugins_url( 'assets/pekso-fields.classic.js', __FILE__ ),
		array(),
		PEKSO_FIELDS_VERSION,
		true
	);
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
				'render_callback' => function ( $attributes ) use ( $tag ) {
					return pekso_fields_render( $tag, pekso_fields_settings( $tag, $attributes, 'block' ), get_block_wrapper_attributes() );
				},
			)
		);
		$blocks[] = $tag;
	}
	// The editor builds its controls from the same spec, and lists the fields by name.
	wp_add_inline_script(
		'pekso-editor',
		'window.peksoEditor = ' . wp_json_encode(
			array(
				'spec'        => $spec,
				'blocks'      => $blocks,
				'defaultLang' => pekso_fields_default_lang(),
				'panel'       => __( 'Settings', 'pekso-fields' ),
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
 * Enqueues the script for a tag written straight into the post.
 *
 * @param string $content The post content, after shortcodes.
 * @return string The same content.
 */
function pekso_fields_enqueue_for_raw_tags( $content ) {
	foreach ( array_keys( pekso_fields_data( 'spec' )['elements'] ) as $tag ) {
		if ( false !== strpos( $content, '<' . $tag ) ) {
			wp_enqueue_script( 'pekso-fields' );
		}
	}
	return $content;
}
