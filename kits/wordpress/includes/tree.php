<?php
/**
 * Serializes the markup trees of src/render/tree.ts, which the build writes to
 * data/fallback.json, as HTML: the same trees the widget renders live, so the fallback
 * and the widget cannot drift apart. A node is a string (text) or an array with `tag`,
 * optional `attrs`, `depth` (headings: levels below the base), `item` (details: the item
 * whose open state it shows), `live` (only in the live widget: left out here) and
 * `children`; `page-url` is the page's address. Every text and attribute is escaped here.
 *
 * @package pekso-fields
 */

defined( 'ABSPATH' ) || exit;

/**
 * @param array    $nodes         Tree nodes.
 * @param int      $heading_level The base heading level, 2 to 6.
 * @param string[] $open          Items shown open.
 * @return string HTML.
 */
function pekso_fields_tree_html( array $nodes, $heading_level, array $open = array() ) {
	$allowed_tags = array( 'div', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'cite', 'details', 'summary', 'span', 'h' );
	$html         = '';
	foreach ( $nodes as $node ) {
		if ( is_string( $node ) ) {
			$html .= esc_html( $node );
			continue;
		}
		// The address of the page, for the widget's citation.
		if ( is_array( $node ) && 'page-url' === ( $node['tag'] ?? '' ) ) {
			$url   = function_exists( 'get_permalink' ) ? get_permalink() : false;
			$html .= $url ? ' ' . esc_html( $url ) : '';
			continue;
		}
		// Live-only nodes (a copy button, a live region) and unknown tags are left out.
		if ( ! is_array( $node ) || ! empty( $node['live'] ) || ! in_array( $node['tag'] ?? '', $allowed_tags, true ) ) {
			continue;
		}
		$tag = 'h' === $node['tag'] ? 'h' . min( 6, (int) $heading_level + (int) ( $node['depth'] ?? 0 ) ) : $node['tag'];
		$attributes = '';
		foreach ( (array) ( $node['attrs'] ?? array() ) as $name => $value ) {
			if ( 'part' !== $name && preg_match( '/^[a-z]+$/', $name ) ) {
				$attributes .= ' ' . $name . '="' . esc_attr( $value ) . '"';
			}
		}
		if ( isset( $node['item'] ) && in_array( $node['item'], $open, true ) ) {
			$attributes .= ' open';
		}
		$children = pekso_fields_tree_html( (array) ( $node['children'] ?? array() ), $heading_level, $open );
		$html    .= '<' . $tag . $attributes . '>' . $children . '</' . $tag . '>';
	}
	return $html;
}
