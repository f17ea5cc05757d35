/** The words of content/ui.yaml the accordion elements show themselves; the build carries only these (build/compose/bundle.ts). */
export const ACCORDION_UI = ['expandAll', 'collapseAll', 'unknownField', 'copied', 'copyFailed'] as const;
