<?php
// Dependencies of editor.js, which is plain JavaScript on the wp.* globals (no build step).
// 'pekso-fields' is the widget itself, so the preview upgrades as on the page.
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render', 'pekso-fields' ),
	'version'      => PEKSO_FIELDS_VERSION,
);
