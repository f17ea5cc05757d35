<?php
/**
 * Runs when the plugin is deleted from the Plugins screen. The plugin stores no options,
 * transients, tables, user meta or files outside its own folder, which WordPress removes,
 * so there is nothing to clean up; the end-to-end test checks that this stays true.
 * Posts keep their [pekso_fields] shortcodes and blocks: they are the authors' content.
 *
 * @package pekso-fields
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
