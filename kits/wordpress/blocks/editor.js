/**
 * The plugin's blocks in the editor, one per element that has a block: a sidebar control
 * for each attribute of the element, made from the spec the plugin passes in
 * (window.peksoEditor, from data/spec.json), the check block's own cases (a block attribute
 * of the plugin alone), and a live preview rendered by the server (the same HTML as the
 * page, upgraded by the widget's script). Plain JavaScript on the wp.* globals.
 */
( function ( wp, config ) {
	const el = wp.element.createElement;
	const __ = wp.i18n.__;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, Placeholder, SelectControl, ToggleControl, CheckboxControl, TextControl, TextareaControl } = wp.components;

	const split = ( value ) => ( value ? value.split( ',' ).map( ( id ) => id.trim() ).filter( Boolean ) : [] );

	/** A value's label: a language's own name, a field's name, or the spec's label for it. */
	function optionLabel( attribute, value, lang ) {
		if ( attribute.valuesFrom === 'languages' ) {
			return config.spec.languages.find( ( l ) => l.code === value ).name;
		}
		if ( attribute.valuesFrom === 'fields' || attribute.valuesFrom === 'items' ) {
			const item = config.spec.fields.concat( config.spec.frame.sections ).find( ( f ) => f.id === value );
			return item.name[ lang ];
		}
		return attribute.options && attribute.options[ value ] ? __( attribute.options[ value ], 'pekso-fields' ) : value;
	}

	/** Checkboxes, one per value, writing a comma-separated list in the usual order. */
	function checklist( attribute, value, lang, onChange ) {
		const chosen = split( value );
		return el(
			PanelBody,
			{ key: attribute.name, title: __( attribute.label, 'pekso-fields' ), initialOpen: false },
			attribute.values.map( ( option ) =>
				el( CheckboxControl, {
					key: option,
					label: optionLabel( attribute, option, lang ),
					checked: chosen.includes( option ),
					onChange: ( checked ) =>
						onChange( attribute.values.filter( ( v ) => ( v === option ? checked : chosen.includes( v ) ) ).join( ',' ) ),
				} )
			)
		);
	}

	function control( attribute, attributes, setAttributes, lang ) {
		const key = attribute.names.block;
		const onChange = ( value ) => setAttributes( { [ key ]: value } );
		const label = __( attribute.label, 'pekso-fields' );
		if ( attribute.type === 'boolean' ) {
			return el( ToggleControl, { key, label, checked: !! attributes[ key ], onChange } );
		}
		if ( attribute.type === 'list' ) {
			return null; // in their own panels, below
		}
		if ( attribute.type === 'integer' || attribute.type === 'text' ) {
			return el( TextControl, { key, label, help: attribute.doc, value: String( attributes[ key ] ?? '' ), onChange } );
		}
		const options = attribute.values.map( ( value ) => ( { label: optionLabel( attribute, value, lang ), value } ) );
		if ( attribute.default === null ) {
			options.unshift( { label: __( attribute.none, 'pekso-fields' ), value: '' } );
		}
		return el( SelectControl, { key, label, value: String( attributes[ key ] ?? '' ), options, onChange } );
	}

	/**
	 * What the element must be told before it can show anything (a card's field: the
	 * element's items with no default, but a list, which shows every field when empty) and
	 * is not yet: the block asks for it instead of previewing a notice.
	 */
	const missing = ( element, attributes ) =>
		element.attributes.find(
			( a ) => element.items.includes( a.name ) && a.default === null && a.type !== 'list' && ! attributes[ a.names.block ]
		);

	/** The check's own cases: JSON, checked by the server, whose problems the preview shows. */
	function ownCasesControl( attributes, setAttributes ) {
		const { label, help } = config.ownCases;
		return el( TextareaControl, {
			key: 'ownCases',
			label,
			help,
			rows: 8,
			value: attributes.ownCases || '',
			onChange: ( value ) => setAttributes( { ownCases: value } ),
		} );
	}

	function Edit( { name, attributes, setAttributes } ) {
		const element = Object.values( config.spec.elements ).find( ( e ) => e.block === name );
		const lang = attributes.lang || config.defaultLang;
		const lists = element.attributes.filter( ( a ) => a.type === 'list' );
		const required = missing( element, attributes );
		const own = name === config.ownCases.block;
		// Own cases can be long: POST, which has no limit on the length of an address.
		const preview = required
			? el(
					Placeholder,
					{ label: __( required.label, 'pekso-fields' ), instructions: __( required.none, 'pekso-fields' ) },
					control( required, attributes, setAttributes, lang )
			  )
			: el( wp.serverSideRender, { block: name, attributes, httpMethod: own ? 'POST' : 'GET' } );
		return el(
			wp.element.Fragment,
			null,
			el(
				InspectorControls,
				null,
				el(
					PanelBody,
					{ title: config.panel },
					element.attributes.map( ( attribute ) => control( attribute, attributes, setAttributes, lang ) ),
					own && ownCasesControl( attributes, setAttributes )
				),
				lists.map( ( attribute ) =>
					checklist( attribute, attributes[ attribute.names.block ], lang, ( value ) =>
						setAttributes( { [ attribute.names.block ]: value } )
					)
				)
			),
			el( 'div', useBlockProps(), preview )
		);
	}

	for ( const tag of config.blocks ) {
		wp.blocks.registerBlockType( config.spec.elements[ tag ].block, {
			edit: Edit,
			save: () => null, // Rendered on the server.
		} );
	}
} )( window.wp, window.peksoEditor );
