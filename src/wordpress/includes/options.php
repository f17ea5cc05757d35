<?php
/**
 * Checks shortcode and block settings. A bad value never breaks the page: it falls back
 * to the default, and the reason is kept as a notice for people who can edit the post.
 *
 * @package pekso-fields
 */

defined( 'ABSPATH' ) || exit;

/**
 * The data generated from content/*.yaml at build time (scripts/build-wordpress.mjs):
 * languages, heading levels, field ids and names, and each field's fallback HTML.
 *
 * @return array
 */
function pekso_fields_data() {
	static $data = null;
	if ( null === $data ) {
		$data = json_decode( (string) file_get_contents( PEKSO_FIELDS_DIR . 'data/fallback.json' ), true );
	}
	return $data;
}

/** @return string[] The field ids, in their usual order. */
function pekso_fields_ids() {
	return wp_list_pluck( pekso_fields_data()['fields'], 'id' );
}

/** @return string The site's language if the widget has it ("en_US" gives "en"), else the first one (Indonesian). */
function pekso_fields_default_lang() {
	$langs   = pekso_fields_data()['langs'];
	$primary = strtolower( substr( get_locale(), 0, 2 ) );
	return in_array( $primary, $langs, true ) ? $primary : $langs[0];
}

/**
 * Checks the settings of one tag.
 *
 * @param string $tag  'pekso-fields' or 'pekso-field-card'.
 * @param array  $atts Raw settings, keyed lang, fields, open, single, field, expanded, heading_level, theme.
 * @return array {
 *     @type array    $attrs   Element attributes, name => string (or true for a boolean attribute).
 *     @type string   $lang    Language of the fallback.
 *     @type int      $level   Heading level of the fallback.
 *     @type string[] $fields  Field ids shown, in order (empty: a card with no valid field).
 *     @type string[] $open    Field ids open at start.
 *     @type string[] $notices What was wrong, for editors.
 * }
 */
function pekso_fields_options( $tag, array $atts ) {
	$data    = pekso_fields_data();
	$ids     = pekso_fields_ids();
	$notices = array();
	$value   = function ( $name ) use ( $atts ) {
		return pekso_fields_text( isset( $atts[ $name ] ) ? $atts[ $name ] : '' );
	};

	$lang   = pekso_fields_choice( 'lang', $value( 'lang' ), $data['langs'], pekso_fields_default_lang(), $notices );
	$levels = array_map( 'strval', $data['headingLevels'] );
	$level  = (int) pekso_fields_choice( 'heading_level', $value( 'heading_level' ), $levels, '3', $notices );
	$theme  = pekso_fields_choice( 'theme', $value( 'theme' ), array( 'light', 'dark', 'auto' ), '', $notices );

	$attrs = array( 'lang' => $lang );
	if ( 'pekso-fields' === $tag ) {
		$chosen = pekso_fields_list( 'fields', $value( 'fields' ), $ids, $notices );
		$fields = $chosen ? $chosen : $ids;
		$open   = pekso_fields_list( 'open', $value( 'open' ), $fields, $notices );
		$single = pekso_fields_flag( 'single', $value( 'single' ), $notices );
		if ( $single ) {
			$open = array_slice( $open, 0, 1 );
		}
		$attrs += array_filter(
			array(
				'fields' => implode( ',', $chosen ),
				'open'   => implode( ',', $open ),
				'single' => $single,
			)
		);
	} else {
		$field    = strtolower( $value( 'field' ) );
		$fields   = in_array( $field, $ids, true ) ? array( $field ) : array();
		$expanded = pekso_fields_flag( 'expanded', $value( 'expanded' ), $notices );
		$is_open  = pekso_fields_flag( 'open', $value( 'open' ), $notices );
		$open     = ( $expanded || $is_open ) ? $fields : array();
		if ( ! $fields ) {
			$notices[] = pekso_fields_invalid( 'field', $value( 'field' ), $ids, __( 'none, so the card is not shown', 'pekso-fields' ) );
		}
		$attrs += array_filter(
			array(
				'field'    => implode( '', $fields ),
				'open'     => $is_open,
				'expanded' => $expanded,
			)
		);
	}
	if ( 3 !== $level ) {
		$attrs['heading-level'] = (string) $level;
	}
	if ( '' !== $theme ) {
		$attrs['theme'] = $theme;
	}
	return compact( 'attrs', 'lang', 'level', 'fields', 'open', 'notices' );
}

/** A setting as trimmed text: true is "true", an array or object is "(list)" (never valid). */
function pekso_fields_text( $value ) {
	if ( is_bool( $value ) ) {
		return $value ? 'true' : 'false';
	}
	return is_scalar( $value ) ? trim( (string) $value ) : '(list)';
}

/** One of $valid (case-insensitive), or $default: empty silently, anything else with a notice. */
function pekso_fields_choice( $name, $value, array $valid, $default, array &$notices ) {
	if ( '' === $value ) {
		return $default;
	}
	if ( in_array( strtolower( $value ), $valid, true ) ) {
		return strtolower( $value );
	}
	$notices[] = pekso_fields_invalid( $name, $value, $valid, $default );
	return $default;
}

/** Ids from a comma-separated list, in order, without duplicates; unknown ones are left out with a notice. */
function pekso_fields_list( $name, $value, array $valid, array &$notices ) {
	$ids = array();
	foreach ( explode( ',', $value ) as $raw ) {
		$id = strtolower( trim( $raw ) );
		if ( '' === $id || in_array( $id, $ids, true ) ) {
			continue;
		}
		if ( in_array( $id, $valid, true ) ) {
			$ids[] = $id;
		} else {
			$notices[] = pekso_fields_invalid( $name, trim( $raw ), $valid, '' );
		}
	}
	return $ids;
}

/** A yes/no setting: true, 1, yes, on; or false, 0, no, off, empty. Anything else is no, with a notice. */
function pekso_fields_flag( $name, $value, array &$notices ) {
	$value = strtolower( $value );
	if ( in_array( $value, array( 'true', '1', 'yes', 'on' ), true ) ) {
		return true;
	}
	if ( ! in_array( $value, array( 'false', '0', 'no', 'off', '' ), true ) ) {
		$notices[] = pekso_fields_invalid( $name, $value, array( 'true', 'false' ), 'false' );
	}
	return false;
}

/** The notice for a bad value: plain text, escaped where it is printed. */
function pekso_fields_invalid( $name, $value, array $valid, $used ) {
	return sprintf(
		/* translators: 1: setting name, 2: the value given, 3: valid values, 4: the value used instead. */
		__( '%1$s="%2$s" is not valid. Valid: %3$s. Using: %4$s.', 'pekso-fields' ),
		$name,
		$value,
		implode( ', ', $valid ),
		'' === $used ? __( 'the default', 'pekso-fields' ) : $used
	);
}
