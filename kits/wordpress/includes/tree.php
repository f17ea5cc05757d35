<?php
/**
 * Writes the markup trees of src/markup/tree.ts, which the build writes to
 * data/fallback.json, as HTML, by the same rules as toHtml there, with the same options: the
 * items shown and their order, the items open, the parts hidden, the heading level, and
 * ids written once per page. A node is a string (text) or an array with optional `tag`
 * (absent: a fragment), `attrs`, `part`, `depth` (headings: levels below the base), `item`,
 * `live` (only in the live widget: left out here) and `children`; `page-url` is the page's
 * address. Every text and attribute is escaped here.
 *
 * @package pekso-fields
 */

defined( 'ABSPATH' ) || exit;

/**
 * The ids already written on this page: each is written once, so two widgets showing one
 * field don't repeat it.
 *
 * @return array<string, true>
 */
function &pekso_fields_used_ids() {
	static $used = array();
	return $used;
}

/**
 * The children to write, in order: an item's nodes only when the item is selected, those of
 * one run of items in the selection's order, and no hidden part.
 *
 * @param array $nodes   Tree nodes.
 * @param array $options See pekso_fields_tree_html().
 * @return array
 */
function pekso_fields_tree_arranged( array $nodes, array $options ) {
	$kept = array_values(
		array_filter( $nodes, fn( $node ) => ! is_array( $node ) || ! isset( $node['part'] ) || ! in_array( $node['part'], $options['hidden'] ?? array(), true ) )
	);
	if ( ! isset( $options['items'] ) ) {
		return $kept;
	}
	$out   = array();
	$count = count( $kept );
	for ( $i = 0; $i < $count; ) {
		if ( ! is_array( $kept[ $i ] ) || ! isset( $kept[ $i ]['item'] ) ) {
			$out[] = $kept[ $i++ ];
			continue;
		}
		$run = array();
		while ( $i < $count && is_array( $kept[ $i ] ) && isset( $kept[ $i ]['item'] ) ) {
			$run[] = $kept[ $i++ ];
		}
		foreach ( $options['items'] as $id ) {
			foreach ( $run as $node ) {
				if ( $node['item'] === $id ) {
					$out[] = $node;
				}
			}
		}
	}
	return $out;
}

/**
 * @param array       $nodes   Tree nodes.
 * @param array       $options headingLevel (int, 2 to 6), and optionally items (string[]:
 *                             shown, in order), open (string[]), hidden (string[]: parts).
 * @param string|null $item    The item the nodes belong to.
 * @return string HTML.
 */
function pekso_fields_tree_html( array $nodes, array $options, $item = null ) {
	$allowed_tags = array( 'div', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'i', 'cite', 'details', 'summary', 'span', 'h' );
	$used         = &pekso_fields_used_ids();
	$html         = '';
	foreach ( pekso_fields_tree_arranged( $nodes, $options ) as $node ) {
		if ( is_string( $node ) ) {
			$html .= esc_html( $node );
			continue;
		}
		if ( ! is_array( $node ) || ! empty( $node['live'] ) ) {
			continue; // Live-only nodes (a copy button, a live region) are left out.
		}
		$inner = $node['item'] ?? $item;
		if ( ! isset( $node['tag'] ) ) {
			$html .= pekso_fields_tree_html( (array) ( $node['children'] ?? array() ), $options, $inner );
			continue;
		}
		if ( 'page-url' === $node['tag'] ) {
			// The address of the page, for the widget's citation.
			$url   = function_exists( 'get_permalink' ) ? get_permalink() : false;
			$html .= $url ? ' ' . esc_html( $url ) : '';
			continue;
		}
		if ( ! in_array( $node['tag'], $allowed_tags, true ) ) {
			continue;
		}
		$tag        = 'h' === $node['tag'] ? 'h' . min( 6, (int) $options['headingLevel'] + (int) ( $node['depth'] ?? 0 ) ) : $node['tag'];
		$attributes = '';
		foreach ( (array) ( $node['attrs'] ?? array() ) as $name => $value ) {
			if ( ! preg_match( '/^[a-z][a-z-]*$/', $name ) ) {
				continue;
			}
			if ( 'id' === $name ) {
				if ( isset( $used[ $value ] ) ) {
					continue;
				}
				$used[ $value ] = true;
			}
			$attributes .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
		if ( 'details' === $node['tag'] && null !== $inner && in_array( $inner, $options['open'] ?? array(), true ) ) {
			$attributes .= ' open';
		}
		$children = pekso_fields_tree_html( (array) ( $node['children'] ?? array() ), $options, $inner );
		$html    .= '<' . $tag . $attributes . '>' . $children . '</' . $tag . '>';
	}
	return $html;
}
