<?php
/**
 * A lecturer's own cases, read as the check reads them (src/elements/check/own-cases.ts):
 * each case checked against the case schema (data/case-schema.json, written by the build
 * from build/content/case-schema.mjs) by the same small interpreter as
 * src/elements/check/schema.ts, in the same words, and against the fields there are; a bad
 * case left out with a problem that names the case and the key; an id already taken
 * renamed. One table of cases runs against both (test/fixtures/own-cases.json).
 *
 * @package pekso-fields
 */

defined( 'ABSPATH' ) || exit;

/**
 * Reads a lecturer's own cases, given as JSON text.
 *
 * @param string   $json   A JSON list of cases, in the shape of content/check.yaml.
 * @param string[] $fields The fields' ids: an answer must be one of them.
 * @return array {
 *     @type array[]  $cases    The valid cases (id, answer, case, why), ids already taken renamed.
 *     @type string[] $problems What was wrong, in the element's words: "case 2 ("x"): why.en: expected a text: left out".
 * }
 */
function pekso_fields_own_cases( $json, array $fields ) {
	$own      = pekso_fields_data( 'spec' )['ownCases'];
	$cases    = array();
	$problems = array();
	$list     = json_decode( (string) $json );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		$problems[] = 'not valid JSON: ' . json_last_error_msg();
		return compact( 'cases', 'problems' );
	}
	if ( ! is_array( $list ) ) {
		$problems[] = 'expected a list of cases, in the shape of content/check.yaml';
		return compact( 'cases', 'problems' );
	}
	if ( count( $list ) > $own['max'] ) {
		$problems[] = count( $list ) . ' cases: only the first ' . $own['max'] . ' are asked';
	}
	$taken = array_fill_keys( $own['taken'], true );
	foreach ( array_slice( $list, 0, $own['max'] ) as $i => $item ) {
		$name  = 'case ' . ( $i + 1 ) . ( is_object( $item ) && isset( $item->id ) && is_string( $item->id ) ? ' ("' . $item->id . '")' : '' );
		$found = pekso_fields_schema_problems( pekso_fields_data( 'case-schema' ), $item );
		if ( ! $found ) {
			if ( ! in_array( $item->answer, $fields, true ) ) {
				$found[] = 'answer: "' . $item->answer . '" is not valid. Valid: ' . implode( ', ', $fields ) . '.';
			}
			foreach ( array( 'case', 'why' ) as $key ) {
				if ( ! get_object_vars( $item->$key ) ) {
					$found[] = $key . ': no text in any language';
				}
			}
		}
		if ( $found ) {
			foreach ( $found as $problem ) {
				$problems[] = $name . ': ' . $problem . ': left out';
			}
			continue;
		}
		$id = $item->id;
		for ( $n = 1; isset( $taken[ $id ] ); $n++ ) {
			$id = $item->id . '-own' . ( $n > 1 ? '-' . $n : '' );
		}
		if ( $id !== $item->id ) {
			$problems[] = $name . ': the id is taken: renamed "' . $id . '"';
		}
		$taken[ $id ] = true;
		$cases[]      = array(
			'id'     => $id,
			'answer' => $item->answer,
			'case'   => $item->case,
			'why'    => $item->why,
		);
	}
	return compact( 'cases', 'problems' );
}

/**
 * What is wrong with `value` against `schema`, as src/elements/check/schema.ts's
 * schemaProblems says it: "key: problem" (the key left out at the top). Reads the keywords
 * the case schema uses, with JavaScript's rules where PHP's differ: a string's length in
 * UTF-16 units, `$` only at the very end, JavaScript's white space, and an object's keys in
 * JavaScript's order.
 *
 * @param array  $schema A schema, decoded as arrays.
 * @param mixed  $value  A value decoded from JSON with objects as objects (json_decode's default).
 * @param string $path   Where the value is: "case.en", "refs[2]"; empty at the top.
 * @return string[]
 */
function pekso_fields_schema_problems( array $schema, $value, $path = '' ) {
	$problem = fn( $text ) => array( '' === $path ? $text : $path . ': ' . $text );
	$types   = array(
		'object' => 'keys and values',
		'array'  => 'a list',
		'string' => 'a text',
	);
	$type    = $schema['type'] ?? null;
	if ( $type && ! ( 'object' === $type ? is_object( $value ) : ( 'array' === $type ? is_array( $value ) : is_string( $value ) ) ) ) {
		return $problem( 'expected ' . $types[ $type ] );
	}
	if ( is_string( $value ) ) {
		$pattern = $schema['pattern'] ?? null;
		// JavaScript's \s: ASCII white space, no-break spaces, the Unicode spaces and the byte order mark.
		$text = '\S' === $pattern ? preg_match( '/[^\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]/u', $value ) : 1;
		if ( ( ! empty( $schema['minLength'] ) && pekso_fields_js_length( $value ) < $schema['minLength'] ) || ! $text ) {
			return $problem( 'expected a non-empty text' );
		}
		if ( isset( $schema['maxLength'] ) && pekso_fields_js_length( $value ) > $schema['maxLength'] ) {
			return $problem( 'longer than ' . $schema['maxLength'] . ' characters' );
		}
		if ( null !== $pattern && '\S' !== $pattern && ! pekso_fields_js_test( $pattern, $value ) ) {
			$about = isset( $schema['description'] ) ? ': ' . preg_replace( '/\.$/D', '', $schema['description'] ) : '';
			return $problem( '"' . $value . '" is not valid' . $about );
		}
		return array();
	}
	if ( is_array( $value ) ) {
		$count = count( $value );
		if ( ! empty( $schema['minItems'] ) && $count < $schema['minItems'] ) {
			return $problem( $count ? 'needs at least ' . $schema['minItems'] . ' items, has ' . $count : 'list is empty' );
		}
		$found = array();
		foreach ( $value as $i => $item ) {
			$found = array_merge( $found, isset( $schema['items'] ) ? pekso_fields_schema_problems( $schema['items'], $item, $path . '[' . ( $i + 1 ) . ']' ) : array() );
		}
		return $found;
	}
	if ( ! is_object( $value ) ) {
		return array();
	}
	$known = $schema['properties'] ?? array();
	$found = array();
	foreach ( $schema['required'] ?? array() as $key ) {
		if ( ! property_exists( $value, $key ) ) {
			$found[] = ( '' === $path ? $key : $path . '.' . $key ) . ': missing';
		}
	}
	foreach ( pekso_fields_js_entries( $value ) as list( $key, $item ) ) {
		$at    = '' === $path ? $key : $path . '.' . $key;
		$names = $schema['propertyNames']['pattern'] ?? null;
		$more  = $schema['additionalProperties'] ?? null;
		if ( isset( $known[ $key ] ) ) {
			$found = array_merge( $found, pekso_fields_schema_problems( $known[ $key ], $item, $at ) );
		} elseif ( null !== $names && ! pekso_fields_js_test( $names, $key ) ) {
			$found[] = $at . ': "' . $key . '" is not valid as a key';
		} elseif ( false === $more ) {
			$found[] = $at . ': unknown key (valid: ' . implode( ', ', array_map( fn( $name ) => '"' . $name . '"', array_keys( $known ) ) ) . ')';
		} elseif ( is_array( $more ) ) {
			$found = array_merge( $found, pekso_fields_schema_problems( $more, $item, $at ) );
		}
	}
	return $found;
}

/** A string's length as JavaScript counts it: in UTF-16 units, two for a character beyond U+FFFF. */
function pekso_fields_js_length( $text ) {
	return preg_match_all( '/./su', $text ) + preg_match_all( '/[\x{10000}-\x{10FFFF}]/u', $text );
}

/** Whether a schema's pattern matches, as `new RegExp( pattern, 'u' )` does: `$` is the end, never before a final newline. */
function pekso_fields_js_test( $pattern, $text ) {
	return 1 === preg_match( '/' . str_replace( '/', '\/', $pattern ) . '/Du', (string) $text );
}

/**
 * An object's keys and values in JavaScript's order (Object.entries): the keys that are
 * array indexes first, in ascending order, then the others as written.
 *
 * @param object $value Decoded from JSON.
 * @return array[] [ key, value ] pairs, each key a string.
 */
function pekso_fields_js_entries( $value ) {
	$entries = get_object_vars( $value );
	$keys    = array_map( 'strval', array_keys( $entries ) );
	$indexes = array_filter( $keys, fn( $key ) => preg_match( '/^(0|[1-9]\d*)$/D', $key ) && (float) $key < 4294967295 );
	sort( $indexes, SORT_NUMERIC );
	return array_map( fn( $key ) => array( $key, $entries[ $key ] ), array_merge( $indexes, array_diff( $keys, $indexes ) ) );
}
