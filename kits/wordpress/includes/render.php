<?php
/**
 * Renders an element with its fallback: the same text as headings and <details>, so feeds,
 * e-mail, search engines and readers without JavaScript get it. When the script runs, the
 * element draws itself in its shadow root and the fallback is no longer shown. Everything
 * here follows the spec (data/spec.json): no element is composed by hand.
 *
 * @package pekso-fields
 */

defined( 'ABSPATH' ) || exit;

/**
 * Settings from a shortcode's or a block's own keys ('heading_level', 'headingLevel') by
 * attribute name ('heading-level'), as the spec names them. Absent ones are left out.
 *
 * @param string $tag  An element of the spec.
 * @param array  $raw  The shortcode's or block's settings.
 * @param string $kind 'shortcode' or 'block'.
 * @return array
 */
function pekso_fields_settings( $tag, array $raw, $kind ) {
	$settings = array();
	foreach ( pekso_fields_data( 'spec' )['elements'][ $tag ]['attributes'] as $attribute ) {
		$key = $attribute['names'][ $kind ];
		if ( isset( $raw[ $key ] ) ) {
			$settings[ $attribute['name'] ] = $raw[ $key ];
		}
	}
	return $settings;
}

/**
 * The element for a shortcode or block, and notes which bundle the page needs.
 *
 * @param string $tag                An element of the spec.
 * @param array  $settings           Settings by attribute name; see pekso_fields_check().
 * @param string $wrapper_attributes Extra attributes, already escaped (the block's class).
 * @param string $own_cases          The check's own cases, as JSON (the check block's `ownCases`); empty for none.
 * @return string HTML.
 */
function pekso_fields_render( $tag, array $settings, $wrapper_attributes = '', $own_cases = '' ) {
	$checked = pekso_fields_check( $tag, $settings );
	$values  = $checked['values'];
	$notices = $checked['notices'];
	$own     = pekso_fields_own_cases_html( $own_cases, $notices );
	if ( null === $values['lang'] ) {
		$values['lang'] = pekso_fields_default_lang();
	}
	$options = pekso_fields_markup_options( $tag, $values );
	$element = pekso_fields_data( 'spec' )['elements'][ $tag ];
	if ( ! pekso_fields_shown_items( $tag, $values ) ) {
		// Nothing to show (a card with no field): only a note for editors, naming what to choose.
		foreach ( $element['attributes'] as $attribute ) {
			if ( in_array( $attribute['name'], $element['items'], true ) && null === $values[ $attribute['name'] ] ) {
				$notices[] = pekso_fields_invalid( $attribute['name'], '', $attribute['values'], null );
			}
		}
		return pekso_fields_notice_html( $notices );
	}
	pekso_fields_needs( $element['bundle'], $values['lang'] );
	wp_enqueue_style( 'pekso-fallback' );

	$document = pekso_fields_data( 'fallback' )[ $values['lang'] ][ $element['document'] ];
	return pekso_fields_notice_html( $notices )
		. '<' . $tag . pekso_fields_attributes_html( $tag, $values, $wrapper_attributes ) . '>'
		. $own
		. pekso_fields_tree_html( array( $document ), $options )
		. '</' . $tag . '>';
}

/**
 * A check's own cases as the element reads them: the valid ones in a
 * <script type="application/json">, and what was wrong added to the notices.
 *
 * @param string   $json    The cases as JSON; empty for none.
 * @param string[] $notices The notices so far.
 * @return string HTML: the script element, or nothing.
 */
function pekso_fields_own_cases_html( $json, array &$notices ) {
	if ( '' === trim( (string) $json ) ) {
		return '';
	}
	$read = pekso_fields_own_cases( $json, wp_list_pluck( pekso_fields_data( 'spec' )['fields'], 'id' ) );
	foreach ( $read['problems'] as $problem ) {
		/* translators: %s: what is wrong with one of the lecturer's own cases, in the words the check says it in its console (English). */
		$notices[] = sprintf( __( 'Your own cases: %s', 'pekso-fields' ), $problem );
	}
	if ( ! $read['cases'] ) {
		return '';
	}
	// No "<", ">", "&", "'" or '"' in a text is written as itself, so no text can end the script.
	$cases = wp_json_encode( $read['cases'], JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT );
	// Nor is a "[": do_shortcode runs on block output, and would read one in a text as a
	// shortcode. The list is the only "[" outside a text (a case holds no list).
	return '<script type="application/json">[' . str_replace( '[', '\u005b', substr( $cases, 1 ) ) . '</script>';
}

/**
 * An element's attributes as build/compose/static.ts's elementHtml writes them: those whose
 * checked values differ from their defaults, a flag bare when on and `="off"` when off, a
 * list comma-separated.
 *
 * @param string $tag                An element of the spec.
 * @param array  $values             Checked values by attribute name.
 * @param string $wrapper_attributes Extra attributes, already escaped.
 * @return string
 */
function pekso_fields_attributes_html( $tag, array $values, $wrapper_attributes = '' ) {
	$html = '' === $wrapper_attributes ? '' : ' ' . $wrapper_attributes;
	foreach ( pekso_fields_data( 'spec' )['elements'][ $tag ]['attributes'] as $attribute ) {
		$value = $values[ $attribute['name'] ];
		if ( $value === $attribute['default'] || null === $value || array() === $value ) {
			continue;
		}
		if ( is_bool( $value ) ) {
			$html .= ' ' . $attribute['name'] . ( $value ? '' : '="off"' );
		} else {
			$html .= ' ' . $attribute['name'] . '="' . esc_attr( is_array( $value ) ? implode( ',', $value ) : (string) $value ) . '"';
		}
	}
	return $html;
}

/**
 * Notes that the page shows an element of `bundle` (accordion, check, or all) in `lang`,
 * and returns what the page has asked for so far. At the foot of the page, the plugin
 * enqueues the smallest script that serves them all (pekso_fields_enqueue_bundle()).
 *
 * @param string|null $bundle A bundle of the spec, or null to only read.
 * @param string|null $lang   A language of the content.
 * @return array<string, array<string, true>> Languages by bundle.
 */
function pekso_fields_needs( $bundle = null, $lang = null ) {
	static $needs = array();
	if ( null !== $bundle ) {
		$needs[ $bundle ][ $lang ] = true;
	}
	return $needs;
}

/**
 * The script handle that serves what the page needs: one element group in one language gets
 * that group's bundle in that language, both groups in one language the bundle of every
 * element in it, and two languages the bundle of everything (dist/pekso-fields.js).
 *
 * @param array $needs Languages by bundle, from pekso_fields_needs().
 * @return string|null A handle registered by pekso_fields_init(), or null for none.
 */
function pekso_fields_bundle_handle( array $needs ) {
	if ( ! $needs ) {
		return null;
	}
	$langs = array_keys( array_merge( ...array_values( $needs ) ) );
	// '*': a raw tag in the post, whose language the plugin does not read.
	if ( count( $langs ) > 1 || in_array( '*', $langs, true ) ) {
		return 'pekso-fields';
	}
	$bundle = 1 === count( $needs ) ? array_key_first( $needs ) : 'all';
	return 'pekso-' . ( 'all' === $bundle ? 'fields' : $bundle ) . '-' . $langs[0];
}

/**
 * What was wrong with the settings, shown only to people who can edit the post
 * (and so in the block editor's preview). Visitors see nothing of it.
 *
 * @param string[] $notices Plain-text notices.
 * @return string HTML.
 */
function pekso_fields_notice_html( array $notices ) {
	$post_id  = get_the_ID();
	$can_edit = $post_id ? current_user_can( 'edit_post', $post_id ) : current_user_can( 'edit_posts' );
	if ( ! $notices || ! $can_edit ) {
		return '';
	}
	$items = '';
	foreach ( $notices as $notice ) {
		$items .= '<li>' . esc_html( $notice ) . '</li>';
	}
	return '<div class="pekso-fields-notice" role="note" style="border-left:4px solid #d63638;padding:0.25em 1em">'
		. '<p><strong>' . esc_html__( 'Pekso: some settings were not valid (only people who can edit this post see this).', 'pekso-fields' ) . '</strong></p>'
		. '<ul>' . $items . '</ul></div>';
}
