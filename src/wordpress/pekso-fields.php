<?php
/**
 * Plugin Name:       Pekso: Bidang Pekerjaan Sosial
 * Plugin URI:        https://www.npmjs.com/package/pekso
 * Description:       The six fields of social-work practice, in Bahasa Indonesia and English, as an accessible accordion. Shortcodes [pekso_fields] and [pekso_field_card], and the block "Bidang Pekerjaan Sosial".
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Pekso
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       pekso-fields
 *
 * @package pekso-fields
 */

defined( 'ABSPATH' ) || exit;

define( 'PEKSO_FIELDS_VERSION', '0.1.0' );
define( 'PEKSO_FIELDS_DIR', plugin_dir_path( __FILE__ ) );

require_once PEKSO_FIELDS_DIR . 'includes/options.php';
require_once PEKSO_FIELDS_DIR . 'includes/render.php';

add_action( 'init', 'pekso_fields_init' );
add_filter( 'wp_kses_allowed_html', 'pekso_fields_allowed_html', 10, 2 );
// After do_shortcode (11): a raw tag written in the post needs the script too.
add_filter( 'the_content', 'pekso_fields_enqueue_for_raw_tags', 20 );

/** Registers the script (enqueued only where a widget renders), the shortcodes and the block. */
function pekso_fields_init() {
	wp_register_script(
		'pekso-fields',
		plugins_url( 'assets/pekso-fields.classic.js', __FILE__ ),
		array(),
		PEKSO_FIELDS_VERSION,
		true
	);
	add_shortcode( 'pekso_fields', 'pekso_fields_shortcode' );
	add_shortcode( 'pekso_field_card', 'pekso_field_card_shortcode' );

	register_block_type( PEKSO_FIELDS_DIR . 'block', array( 'render_callback' => 'pekso_fields_render_block' ) );
	// The block's controls list the fields by name, from the same generated data as the fallback.
	$data = pekso_fields_data();
	wp_add_inline_script(
		generate_block_asset_handle( 'pekso/fields', 'editorScript' ),
		'window.peksoFieldsEditor = ' . wp_json_encode(
			array(
				'fields'      => $data['fields'],
				'defaultLang' => pekso_fields_default_lang(),
			)
		) . ';',
		'before'
	);
}

/**
 * [pekso_fields lang="en" fields="casework,policy" open="casework" single="true" heading_level="3" theme="dark"]
 *
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return string
 */
function pekso_fields_shortcode( $atts ) {
	$atts = pekso_fields_shortcode_atts(
		array(
			'lang'          => '',
			'fields'        => '',
			'open'          => '',
			'single'        => '',
			'heading_level' => '',
			'theme'         => '',
		),
		$atts,
		'pekso_fields'
	);
	return pekso_fields_render( 'pekso-fields', $atts );
}

/**
 * [pekso_field_card field="groupwork" lang="id" expanded="true"]
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function pekso_field_card_shortcode( $atts ) {
	$atts = pekso_fields_shortcode_atts(
		array(
			'field'         => '',
			'lang'          => '',
			'open'          => '',
			'expanded'      => '',
			'heading_level' => '',
			'theme'         => '',
		),
		$atts,
		'pekso_field_card'
	);
	return pekso_fields_render( 'pekso-field-card', $atts );
}

/**
 * shortcode_atts(), plus bare flags: [pekso_fields single] means single="true".
 * Unknown attribute names are dropped by shortcode_atts().
 */
function pekso_fields_shortcode_atts( array $defaults, $atts, $tag ) {
	$atts = is_array( $atts ) ? $atts : array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) && is_string( $value ) && array_key_exists( strtolower( $value ), $defaults ) ) {
			$atts[ strtolower( $value ) ] = 'true';
		}
	}
	return shortcode_atts( $defaults, $atts, $tag );
}

/**
 * The block: same settings as the shortcode, camelCase as block attributes are.
 *
 * @param array $attributes Block attributes, as saved in the post (not trusted).
 * @return string
 */
function pekso_fields_render_block( $attributes ) {
	$atts = array();
	foreach ( array( 'lang', 'fields', 'open', 'single', 'theme' ) as $key ) {
		$atts[ $key ] = isset( $attributes[ $key ] ) ? $attributes[ $key ] : '';
	}
	$atts['heading_level'] = isset( $attributes['headingLevel'] ) ? $attributes['headingLevel'] : '';
	return pekso_fields_render( 'pekso-fields', $atts, get_block_wrapper_attributes() );
}

/**
 * Lets authors without unfiltered_html keep a raw <pekso-fields> or <pekso-field-card>
 * tag in a post: the two tags, with their own attributes and nothing else.
 *
 * @param array  $tags    Allowed tags and their attributes.
 * @param string $context The kses context.
 * @return array
 */
function pekso_fields_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	$common                   = array(
		'lang'          => true,
		'heading-level' => true,
		'theme'         => true,
	);
	$tags['pekso-fields']     = $common + array(
		'fields' => true,
		'open'   => true,
		'single' => true,
	);
	$tags['pekso-field-card'] = $common + array(
		'field'    => true,
		'open'     => true,
		'expanded' => true,
	);
	return $tags;
}

/**
 * Enqueues the script for a tag written straight into the post.
 *
 * @param string $content The post content, after shortcodes.
 * @return string The same content.
 */
function pekso_fields_enqueue_for_raw_tags( $content ) {
	if ( false !== strpos( $content, '<pekso-field' ) ) {
		wp_enqueue_script( 'pekso-fields' );
	}
	return $content;
}
