/**
 * The block "Bidang Pekerjaan Sosial" in the editor: sidebar controls for the same
 * settings as the shortcode, and a live preview rendered by the server (the same HTML
 * as the page, upgraded by the widget's script). Plain JavaScript on the wp.* globals.
 */
( function ( wp, config ) {
	const el = wp.element.createElement;
	const __ = wp.i18n.__;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, SelectControl, ToggleControl, CheckboxControl } = wp.components;
	const ServerSideRender = wp.serverSideRender;

	const split = ( value ) => ( value ? value.split( ',' ).map( ( id ) => id.trim() ).filter( Boolean ) : [] );

	/** Checkboxes, one per field, writing a comma-separated list in the usual order. */
	function fieldChecklist( { label, help, choices, value, lang, onChange } ) {
		const chosen = split( value );
		return el(
			PanelBody,
			{ title: label, initialOpen: false },
			help && el( 'p', { className: 'components-base-control__help' }, help ),
			choices.map( ( field ) =>
				el( CheckboxControl, {
					key: field.id,
					label: field.name[ lang ],
					checked: chosen.includes( field.id ),
					onChange: ( checked ) => {
						const next = choices
							.map( ( f ) => f.id )
							.filter( ( id ) => ( id === field.id ? checked : chosen.includes( id ) ) );
						onChange( next.join( ',' ) );
					},
				} )
			)
		);
	}

	function Edit( { attributes, setAttributes } ) {
		const lang = attributes.lang || config.defaultLang;
		const shownIds = split( attributes.fields );
		const shown = shownIds.length ? config.fields.filter( ( f ) => shownIds.includes( f.id ) ) : config.fields;
		const set = ( key ) => ( value ) => setAttributes( { [ key ]: value } );

		return el(
			wp.element.Fragment,
			null,
			el(
				InspectorControls,
				null,
				el(
					PanelBody,
					{ title: __( 'Settings', 'pekso-fields' ) },
					el( SelectControl, {
						label: __( 'Language', 'pekso-fields' ),
						value: attributes.lang,
						options: [
							{ label: __( 'Language of the site', 'pekso-fields' ), value: '' },
							{ label: 'Bahasa Indonesia', value: 'id' },
							{ label: 'English', value: 'en' },
						],
						onChange: set( 'lang' ),
					} ),
					el( SelectControl, {
						label: __( 'Heading level', 'pekso-fields' ),
						help: __( 'One below the heading the widget sits under.', 'pekso-fields' ),
						value: String( attributes.headingLevel ),
						options: [ 2, 3, 4, 5, 6 ].map( ( n ) => ( { label: 'H' + n, value: String( n ) } ) ),
						onChange: ( value ) => setAttributes( { headingLevel: Number( value ) } ),
					} ),
					el( SelectControl, {
						label: __( 'Colours', 'pekso-fields' ),
						value: attributes.theme,
						options: [
							{ label: __( 'Fit the page', 'pekso-fields' ), value: '' },
							{ label: __( 'Light', 'pekso-fields' ), value: 'light' },
							{ label: __( 'Dark', 'pekso-fields' ), value: 'dark' },
							{ label: __( "Follow the reader's system", 'pekso-fields' ), value: 'auto' },
						],
						onChange: set( 'theme' ),
					} ),
					el( ToggleControl, {
						label: __( 'One field open at a time', 'pekso-fields' ),
						checked: attributes.single,
						onChange: set( 'single' ),
					} )
				),
				fieldChecklist( {
					label: __( 'Fields shown', 'pekso-fields' ),
					help: __( 'None ticked: all six.', 'pekso-fields' ),
					choices: config.fields,
					value: attributes.fields,
					lang,
					onChange: set( 'fields' ),
				} ),
				fieldChecklist( {
					label: __( 'Open at start', 'pekso-fields' ),
					choices: shown,
					value: attributes.open,
					lang,
					onChange: set( 'open' ),
				} )
			),
			el(
				'div',
				useBlockProps(),
				el( ServerSideRender, { block: 'pekso/fields', attributes } )
			)
		);
	}

	wp.blocks.registerBlockType( 'pekso/fields', {
		edit: Edit,
		save: () => null, // Rendered on the server.
	} );
} )( window.wp, window.peksoFieldsEditor );
