<?php
/**
 * Renders an element with its fallback: the same text as headings and <details>, so feeds,
 * e-mail, search engines and readers without JavaScript get it. When the script runs, the
 * element draws itself in its shadow root and the fallback is no longer shown.
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
 * The element for a shortcode or block, and enqueues the script (once, however many).
 *
 * @param string $tag                An element of the spec: 'pekso-fields' or 'pekso-field-card'.
 * @param array  $settings           Settings by attribute name; see pekso_fields_check().
 * @param string $wrapper_attributes Extra attributes, already escaped (the block's class).
 * @return string HTML.
 */
function pekso_fields_render( $tag, array $settings, $wrapper_attributes = '' ) {
	$checked = pekso_fields_check( $tag, $settings );
	$values  = $checked['values'];
	$notices = $checked['notices'];
	if ( null === $values['lang'] ) {
		$values['lang'] = pekso_fields_default_lang();
	}
	list( $shown, $open ) = pekso_fields_shown( $tag, $values );
	if ( 'pekso-field-card' === $tag && ! $shown && '' === pekso_fields_text( $settings['field'] ?? '' ) ) {
		$notices[] = pekso_fields_invalid( 'field', '', wp_list_pluck( pekso_fields_data( 'spec' )['fields'], 'id' ), null );
	}
	$notice = pekso_fields_notice_html( $notices );
	if ( ! $shown ) {
		return $notice;
	}
	wp_enqueue_script( 'pekso-fields' );
	wp_enqueue_style( 'pekso-fallback' );

	$attributes = '' === $wrapper_attributes ? '' : ' ' . $wrapper_attributes;
	foreach ( pekso_fields_data( 'spec' )['elements'][ $tag ]['attributes'] as $attribute ) {
		$value = $values[ $attribute['name'] ];
		if ( is_array( $value ) ) {
			$value = implode( ',', $value );
		} elseif ( is_int( $value ) ) {
			$value = (string) $value;
		}
		if ( is_bool( $value ) ) {
			// Only a flag that differs from its default: on as a bare attribute, off as "off".
			if ( $value !== (bool) $attribute['default'] ) {
				$attributes .= ' ' . $attribute['name'] . ( $value ? '' : '="off"' );
			}
		} elseif ( is_string( $value ) && '' !== $value && $value !== $attribute['default'] ) {
			$attributes .= ' ' . $attribute['name'] . '="' . esc_attr( $value ) . '"';
		}
	}
	if ( 'pekso-check' === $tag ) {
		$fallback = pekso_fields_check_fallback( $values['lang'], $shown, $values['count'], (int) $values['heading-level'] );
	} else {
		$frame    = 'pekso-fields' === $tag ? array_values( array_filter( wp_list_pluck( pekso_fields_data( 'spec' )['frame']['sections'], 'id' ), fn( $id ) => $values[ $id ] ) ) : array();
		$fallback = pekso_fields_fallback( $values['lang'], $shown, $frame, $open, (int) $values['heading-level'] );
	}
	return $notice . '<' . $tag . $attributes . '>' . $fallback . '</' . $tag . '>';
}

/**
 * Which fields an element shows, and which of them are open, from its checked values.
 *
 * @return array{0: string[], 1: string[]}
 */
function pekso_fields_shown( $tag, array &$values ) {
	if ( 'pekso-check' === $tag ) {
		return array( $values['fields'] ? $values['fields'] : wp_list_pluck( pekso_fields_data( 'spec' )['fields'], 'id' ), array() );
	}
	if ( 'pekso-field-card' === $tag ) {
		$shown = null === $values['field'] ? array() : array( $values['field'] );
		return array( $shown, ( $values['open'] || $values['expanded'] ) ? $shown : array() );
	}
	$shown          = $values['fields'] ? $values['fields'] : wp_list_pluck( pekso_fields_data( 'spec' )['fields'], 'id' );
	$values['open'] = array_values( array_intersect( $values['open'], $shown ) );
	if ( $values['single'] ) {
		$values['open'] = array_slice( $values['open'], 0, 1 );
	}
	return array( $shown, $values['open'] );
}

/**
 * The fallback: the trees in `lang` of the shown fields, with the frame's shown sections
 * around them, built from content/ at build time, with the heading level and the open
 * items filled in as it is serialized.
 *
 * @param string   $lang          Language.
 * @param string[] $shown         Field ids.
 * @param string[] $frame         The frame's sections shown.
 * @param string[] $open          Items open.
 * @param int      $heading_level Base heading level.
 * @return string HTML.
 */
function pekso_fields_fallback( $lang, array $shown, array $frame, array $open, $heading_level ) {
	$fallback = pekso_fields_data( 'fallback' )[ $lang ];
	$before   = pekso_fields_data( 'spec' )['frame']['beforeFields'];
	$nodes    = array();
	foreach ( array_intersect( $frame, $before ) as $id ) {
		$nodes = array_merge( $nodes, $fallback['frame'][ $id ] );
	}
	foreach ( $shown as $id ) {
		$nodes = array_merge( $nodes, $fallback['fields'][ $id ] );
	}
	foreach ( array_diff( $frame, $before ) as $id ) {
		$nodes = array_merge( $nodes, $fallback['frame'][ $id ] );
	}
	$root = array(
		'tag'      => 'div',
		'attrs'    => $fallback['attrs'],
		'children' => $nodes,
	);
	return pekso_fields_tree_html( array( $root ), $heading_level, $open );
}

/**
 * The check's fallback: the cases of the shown fields (at most `count`), each with its
 * question, then the answers and why in a closed `details`, for readers without JavaScript.
 *
 * @param string   $lang          Language.
 * @param string[] $fields        Field ids.
 * @param int|null $count         How many cases, or null for all.
 * @param int      $heading_level Base heading level.
 * @return string HTML.
 */
function pekso_fields_check_fallback( $lang, array $fields, $count, $heading_level ) {
	$check     = pekso_fields_data( 'fallback' )[ $lang ]['check'];
	$vignettes = array_values( array_filter( $check['vignettes'], fn( $v ) => in_array( $v['answer'], $fields, true ) ) );
	$vignettes = array_slice( $vignettes, 0, null === $count ? null : (int) $count );
	// One list of the questions, one of the answers.
	$list      = fn( $class, $key ) => array(
		'tag'      => 'ol',
		'attrs'    => array( 'class' => $class ),
		'children' => array_map( fn( $v ) => $v[ $key ], $vignettes ),
	);
	$root      = array(
		'tag'      => 'div',
		'attrs'    => pekso_fields_data( 'fallback' )[ $lang ]['attrs'],
		'children' => array_merge(
			$check['head'],
			array(
				$list( 'questions', 'question' ),
				array(
					'tag'      => 'details',
					'children' => array( $check['answersSummary'], $list( 'answers', 'explained' ) ),
				),
			)
		),
	);
	return pekso_fields_tree_html( array( $root ), $heading_level );
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
