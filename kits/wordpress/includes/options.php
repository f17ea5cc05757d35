<?php
/**
 * Reads shortcode and block settings by the spec the build writes from src/spec.ts
 * (data/spec.json), with the rules of src/attributes.ts (readValue) and
 * src/markup/options.ts (markupOptions): the same types, values, boolean rule and markup
 * options as the element. One table of cases runs against both
 * (test/fixtures/attribute-cases.json). A bad value never breaks the page: it falls back to
 * the default, and the reason is kept as a notice for people who can edit the post.
 *
 * @package pekso-fields
 */

defined( 'ABSPATH' ) || exit;

/**
 * A JSON file of data/, written by the build (build/kits/wordpress.mjs).
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
	return ! in_array( strtolower( trim( (string) $value ) ), pekso_fields_data( 'spec' )['offWords'], true );
}

/** A value as a person would write it, for a notice: `3.0`, `{}`, `[1,2]`. */
function pekso_fields_shown( $value ) {
	return is_string( $value ) ? $value : (string) wp_json_encode( $value );
}

/**
 * Reads one setting as src/attributes.ts's readValue does: the typed value, or the default
 * (null when there is none) with the valid values, for a notice, when it was not valid.
 *
 * @param array $attribute The attribute, from spec.json.
 * @param mixed $input     As written: a string from a shortcode; a string, number, boolean or list from a block; null when absent.
 * @param int   $top       A lower `max` that the content sets.
 * @return array { value: mixed, valid?: string[] (set when $input was not valid), shown?: string[] }
 */
function pekso_fields_read( array $attribute, $input, $top = PHP_INT_MAX ) {
	$fallback = $attribute['default'];
	$valid    = $attribute['values'] ?? array();
	$invalid  = fn( $value, $given, $names ) => array(
		'value' => $value,
		'given' => $given,
		'valid' => $names,
	);
	if ( null === $input ) {
		return array( 'value' => $fallback );
	}
	switch ( $attribute['type'] ) {
		case 'boolean':
			if ( is_bool( $input ) ) {
				return array( 'value' => $input );
			}
			if ( is_string( $input ) ) {
				return array( 'value' => pekso_fields_is_on( $input ) );
			}
			return $invalid( $fallback, $input, array_merge( array( 'true', 'false' ), pekso_fields_data( 'spec' )['offWords'] ) );
		case 'integer':
			$max   = min( $attribute['max'] ?? PHP_INT_MAX, $top );
			$words = $attribute['words'] ?? array();
			$range = array_merge( array( $attribute['min'] . ( PHP_INT_MAX === $max ? '+' : '–' . $max ) ), $words );
			$text  = is_string( $input ) ? strtolower( trim( $input ) ) : null;
			if ( '' === $text ) {
				// Empty means "none" where there is no default, and is a mistake where there is one.
				return null === $fallback ? array( 'value' => null ) : $invalid( $fallback, $input, $range );
			}
			if ( null !== $text && in_array( $text, $words, true ) ) {
				return array( 'value' => $text );
			}
			$number = null;
			if ( is_int( $input ) || ( is_float( $input ) && floor( $input ) === $input ) ) {
				$number = (int) $input;
			} elseif ( null !== $text && preg_match( '/^\d+$/', $text ) ) {
				$number = (int) $text;
			}
			if ( null !== $number && $number >= ( $attribute['min'] ?? 0 ) && $number <= $max ) {
				return array( 'value' => $number );
			}
			return $invalid( $fallback, $input, $range );
		case 'list':
			if ( is_string( $input ) ) {
				$entries = explode( ',', $input );
			} elseif ( is_array( $input ) && array_values( $input ) === $input ) {
				$entries = $input;
			} else {
				return $invalid( array(), $input, $valid );
			}
			$ids = array();
			$bad = array();
			foreach ( $entries as $entry ) {
				$id = is_string( $entry ) ? strtolower( trim( $entry ) ) : null;
				if ( '' === $id || ( null !== $id && in_array( $id, $ids, true ) ) ) {
					continue;
				}
				if ( null !== $id && in_array( $id, $valid, true ) ) {
					$ids[] = $id;
				} else {
					$bad[] = is_string( $entry ) ? trim( $entry ) : pekso_fields_shown( $entry );
				}
			}
			return $bad ? $invalid( $ids, implode( ',', $bad ), $valid ) : array( 'value' => $ids );
		case 'choice':
			if ( ! is_string( $input ) && ! is_int( $input ) && ! is_float( $input ) ) {
				return $invalid( $fallback, $input, $valid );
			}
			$text  = strtolower( trim( (string) $input ) );
			$value = 'languages' === ( $attribute['valuesFrom'] ?? '' ) ? strtok( $text, '-' ) : $text;
			if ( false !== $value && in_array( $value, $valid, true ) ) {
				return array( 'value' => $value );
			}
			if ( '' === $text && null === $fallback ) {
				return array( 'value' => null );
			}
			return $invalid( $fallback, $input, $valid );
		default: // text.
			if ( is_string( $input ) ) {
				return array( 'value' => '' === trim( $input ) ? $fallback : $input );
			}
			if ( is_int( $input ) || is_float( $input ) ) {
				return array( 'value' => (string) $input );
			}
			return $invalid( $fallback, $input, array( 'any text' ) );
	}
}

/**
 * Checks the settings of one element against its attributes in the spec.
 *
 * @param string $tag An element of the spec, e.g. 'pekso-fields'.
 * @param array  $raw Settings by attribute name ('heading-level'); absent ones may be null.
 * @return array {
 *     @type array    $values  Checked values by attribute name: a string, a list of strings, a number, a boolean, or null (none).
 *     @type string[] $notices What was wrong, for editors.
 * }
 */
function pekso_fields_check( $tag, array $raw ) {
	$values  = array();
	$notices = array();
	foreach ( pekso_fields_data( 'spec' )['elements'][ $tag ]['attributes'] as $attribute ) {
		$read                          = pekso_fields_read( $attribute, $raw[ $attribute['name'] ] ?? null );
		$values[ $attribute['name'] ] = $read['value'];
		if ( isset( $read['valid'] ) ) {
			$notices[] = pekso_fields_invalid( $attribute['name'], pekso_fields_shown( $read['given'] ), $read['valid'], $read['value'] );
		}
	}
	return compact( 'values', 'notices' );
}

/**
 * What an element's checked values choose of its markup, by the spec's rules alone, as
 * src/markup/options.ts's markupOptions: the items of the element's `items` in order (none
 * where an attribute turns them off), the items open, the parts hidden, and the heading level.
 *
 * @param string $tag    An element of the spec.
 * @param array  $values Checked values by attribute name.
 * @return array { items: string[], open: string[], hidden: string[], headingLevel: int }
 */
function pekso_fields_markup_options( $tag, array $values ) {
	$attributes = array_column( pekso_fields_data( 'spec' )['elements'][ $tag ]['attributes'], null, 'name' );
	$off        = false;
	foreach ( $values as $name => $value ) {
		$off = $off || ( 'itemsOff' === ( $attributes[ $name ]['option'] ?? null ) && $attributes[ $name ]['when'] === $value );
	}
	$items   = $off ? array() : pekso_fields_shown_items( $tag, $values );
	$open    = array();
	$level   = 3;
	$hidden  = array();
	$single  = false;
	foreach ( $values as $name => $value ) {
		$option = $attributes[ $name ]['option'] ?? null;
		if ( 'open' === $option ) {
			$open = is_array( $value ) ? array_values( array_intersect( $value, $items ) ) : ( $value ? $items : $open );
		} elseif ( 'headingLevel' === $option && is_int( $value ) ) {
			$level = $value;
		} elseif ( 'single' === $option ) {
			$single = true === $value;
		}
		if ( ! empty( $attributes[ $name ]['hides'] ) && false === $value ) {
			$hidden = array_merge( $hidden, $attributes[ $name ]['hides'] );
		}
	}
	return array(
		'items'        => $items,
		'open'         => $single ? array_slice( $open, 0, 1 ) : $open,
		'hidden'       => $hidden,
		'headingLevel' => $level,
	);
}

/**
 * The items an element shows, in order, as src/markup/options.ts's shownItems: those its
 * `items` attributes choose. A boolean names one item of its own name, shown when on; a
 * list of fields shows them, all of them when it is empty; a choice shows the one it names.
 *
 * @param string $tag    An element of the spec.
 * @param array  $values Checked values by attribute name.
 * @return string[]
 */
function pekso_fields_shown_items( $tag, array $values ) {
	$spec       = pekso_fields_data( 'spec' );
	$attributes = array_column( $spec['elements'][ $tag ]['attributes'], null, 'name' );
	$items      = array();
	foreach ( $spec['elements'][ $tag ]['items'] as $name ) {
		$value = $values[ $name ] ?? null;
		$type  = $attributes[ $name ]['type'];
		if ( 'boolean' === $type ) {
			$items = array_merge( $items, $value ? array( $name ) : array() );
		} elseif ( 'list' === $type ) {
			$items = array_merge( $items, is_array( $value ) && $value ? $value : wp_list_pluck( $spec['fields'], 'id' ) );
		} elseif ( is_string( $value ) ) {
			$items[] = $value;
		}
	}
	return $items;
}

/** The notice for a bad value: plain text, escaped where it is printed. */
function pekso_fields_invalid( $name, $value, array $valid, $used ) {
	if ( is_array( $used ) ) {
		$used = $used ? implode( ',', $used ) : null;
	}
	return sprintf(
		/* translators: 1: setting name, 2: the value given, 3: valid values, 4: the value used instead. */
		__( '%1$s="%2$s" is not valid. Valid: %3$s. Using: %4$s.', 'pekso-fields' ),
		$name,
		$value,
		implode( ', ', $valid ),
		null === $used ? __( 'the default', 'pekso-fields' ) : ( is_bool( $used ) ? ( $used ? 'true' : 'false' ) : $used )
	);
}
