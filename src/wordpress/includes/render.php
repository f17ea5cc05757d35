<?php
/**
 * Renders the element with its fallback: the same text as headings and <details>, so
 * feeds, e-mail, search engines and readers without JavaScript get it. When the script
 * runs, the element draws itself in its shadow root and the fallback is no longer shown.
 *
 * @package pekso-fields
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element for a shortcode or block, and enqueues the script (once, however many).
 *
 * @param string $tag                'pekso-fields' or 'pekso-field-card'.
 * @param array  $atts               Raw settings; see pekso_fields_options().
 * @param string $wrapper_attributes Extra attributes, already escaped (the block's class).
 * @return string HTML.
 */
function pekso_fields_render( $tag, array $atts, $wrapper_attributes = '' ) {
	$options = pekso_fields_options( $tag, $atts );
	$notice  = pekso_fields_notice_html( $options['notices'] );
	if ( ! $options['fields'] ) {
		return $notice;
	}
	wp_enqueue_script( 'pekso-fields' );

	$attributes = '' === $wrapper_attributes ? '' : ' ' . $wrapper_attributes;
	foreach ( $options['attrs'] as $name => $value ) {
		$attributes .= true === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return $notice . '<' . $tag . $attributes . '>' . pekso_fields_fallback( $options ) . '</' . $tag . '>';
}

/**
 * The fallback, assembled from fragments generated at build time from content/*.yaml.
 *
 * @param array $options From pekso_fields_options().
 * @return string HTML.
 */
function pekso_fields_fallback( array $options ) {
	$html  = pekso_fields_data()['html'][ $options['lang'] ][ $options['level'] ];
	$parts = array();
	foreach ( $options['fields'] as $id ) {
		$part = $html[ $id ];
		if ( in_array( $id, $options['open'], true ) ) {
			// The fragment's first <details> is the field's own: its text is escaped.
			$part = preg_replace( '/<details>/', '<details open>', $part, 1 );
		}
		$parts[] = $part;
	}
	return '<div class="pekso-static" lang="' . esc_attr( $options['lang'] ) . '">' . implode( "\n", $parts ) . '</div>';
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
