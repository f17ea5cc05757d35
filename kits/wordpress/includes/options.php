<?php
/**
 * Checks shortcode and block settings against the spec the build writes from src/spec.ts
 * (data/spec.json): the same attributes, types, values and boolean rule as the element.
 * A bad value never breaks the page: it falls back to the default, and the reason is kept
 * as a notice for people who can edit the post.
 *
 * @package pekso-fields
 */

defined( 'ABSPATH' ) || exit;

/**
 * A JSON file of data/, written by the build (scripts/build-wordpress.mjs).
 *
 * @param string $name 'spec' or 'fallback'.
 * @return array
 */
function pekso_fields_data( $name ) {
	static $data = array();
	if ( ! isset( $data[ $name ] ) ) {
		$data[ $name ] = json_decode( (string) file_get_contents( PEKSO_FIELDS_DIR . 'data/' . $name . '.json' ), true );
	}
	return $data[ $name ];
}

/** @return string The site's language if the widget has it ("en_US" gives "en"), else the first one. */
function pekso_fields_default_lang() {
	$langs   = wp_list_pluck( pekso_fields_data( 'spec' )['languages'], 'code' );
	$primary = strtolower( strtok( get_locale(), '_-' ) );
	return in_array( $primary, $langs, true ) ? $primary : $langs[0];
}

/** The boolean rule of src/spec.ts: on when present, unless false, 0, no or off (any case). */
function pekso_fields_is_on( $value ) {
	if ( is_bool( $value ) || null === $value ) {
		return (bool) $value;
	}
	return ! in_array( strtolower( trim( (string) $value ) ), pekso_fields_data( 'spec' )['offWords'], true );
}

/** A setting as trimmed text: true is "true", an array or object is "(list)" (never valid). */
function pekso_fields_text( $value ) {
	if ( is_bool( $value ) ) {
		return $value ? 'true' : 'false';
	}
	return is_scalar( $value ) ? trim( (string) $value ) : '(list)';
}

/**
 * Checks the settings of one element against its attributes in the spec.
 *
 * @param string $tag  An element of the spec, e.g. 'pekso-fields'.
 * @param array  $raw  Settings by attribute name ('heading-level'); absent ones may be null.
 * @return array {
 *     @type array    $values  Checked values by attribute name: a string, a list of strings, a boolean, or null (none).
 *     @type string[] $notices What was wrong, for editors.
 * }
 */
function pekso_fields_check( $tag, array $raw ) {
	$values  = array();
	$notices = array();
	foreach ( pekso_fields_data( 'spec' )['elements'][ $tag ]['attributes'] as $attribute ) {
		$name  = $attribute['name'];
		$given = $raw[ $name ] ?? null;
		if ( 'boolean' === $attribute['type'] ) {
			$values[ $name ] = null === $given ? (bool) $attribute['default'] : pekso_fields_is_on( $given );
			continue;
		}
		$text = null === $given ? '' : pekso_fields_text( $given );
		if ( 'text' === $attribute['type'] ) {
			$values[ $name ] = '' === $text ? $attribute['default'] : $text;
			continue;
		}
		if ( 'integer' === $attribute['type'] ) {
			$values[ $name ] = pekso_fields_integer( $attribute, $text, $notices );
			continue;
		}
		$valid = $attribute['values'];
		if ( 'list' === $attribute['type'] ) {
			$values[ $name ] = array();
			foreach ( explode( ',', $text ) as $part ) {
				$id = strtolower( trim( $part ) );
				if ( '' === $id || in_array( $id, $values[ $name ], true ) ) {
					continue;
				}
				if ( in_array( $id, $valid, true ) ) {
					$values[ $name ][] = $id;
				} else {
					$notices[] = pekso_fields_invalid( $name, trim( $part ), $valid, null );
				}
			}
			continue;
		}
		$choice          = strtolower( $text );
		$values[ $name ] = in_array( $choice, $valid, true ) ? $choice : $attribute['default'];
		if ( '' !== $text && ! in_array( $choice, $valid, true ) ) {
			$notices[] = pekso_fields_invalid( $name, $text, $valid, $attribute['default'] );
		}
	}
	return compact( 'values', 'notices' );
}

/**
 * An integer setting: a whole number from its min to its max, or one of its words; else
 * its default (null when it has none), with a notice when something was given.
 *
 * @return int|string|null
 */
function pekso_fields_integer( array $attribute, $text, array &$notices ) {
	$min   = $attribute['min'] ?? 0;
	$max   = $attribute['max'] ?? PHP_INT_MAX;
	$words = $attribute['words'] ?? array();
	if ( in_array( strtolower( $text ), $words, true ) ) {
		return strtolower( $text );
	}
	if ( preg_match( '/^\d+$/', $text ) && (int) $text >= $min && (int) $text <= $max ) {
		return (int) $text;
	}
	if ( '' !== $text ) {
		$range     = $min . ( PHP_INT_MAX === $max ? '+' : '–' . $max );
		$notices[] = pekso_fields_invalid( $attribute['name'], $text, array_merge( array( $range ), $words ), $attribute['default'] );
	}
	return null === $attribute['default'] ? null : (int) $attribute['default'];
}

/** The notice for a bad value: plain text, escaped where it is printed. */
function pekso_fields_invalid( $name, $value, array $valid, $used ) {
	return sprintf(
		/* translators: 1: setting name, 2: the value given, 3: valid values, 4: the value used instead. */
		__( '%1$s="%2$s" is not valid. Valid: %3$s. Using: %4$s.', 'pekso-fields' ),
		$name,
		$value,
		implode( ', ', $valid ),
		null === $used ? __( 'the default', 'pekso-fields' ) : $used
	);
}
