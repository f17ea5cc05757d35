// The named examples: the demo page shows them, the tests check each one (axe, both
// languages, both colour schemes), and the README's snippets come from here.
// Markup only, written by us: safe to assign with innerHTML. `pageLang` is the `lang`
// of the page around the example (the widget follows it when it has no `lang` itself).

/** The own-cases example's cases: a lecturer's, set in their own city (the shape of content/check.yaml). */
const OWN_CASES = [{"id": "makassar-1", "answer": "community", "case": {"en": "In a kampung in Makassar, residents and a social worker map the alleys that flood every rainy season, then agree together to ask the kelurahan for drains.", "id": "Di sebuah kampung di Makassar, warga bersama pekerja sosial memetakan lorong yang tergenang setiap musim hujan, lalu bersepakat meminta saluran air kepada kelurahan."}, "why": {"en": "Residents act together on a problem they share.", "id": "Warga bertindak bersama atas masalah yang mereka hadapi bersama."}}, {"id": "makassar-2", "answer": "casework", "case": {"en": "At the dinas sosial in Makassar, a social worker meets a widow and her two children every week to plan how the family will manage.", "id": "Di dinas sosial Makassar, seorang pekerja sosial menemui seorang janda dan kedua anaknya setiap minggu untuk merencanakan cara keluarga itu bertahan."}, "why": {"en": "The help is for one family, face to face.", "id": "Pertolongannya untuk satu keluarga, secara langsung."}}];

export const examples = [
  {
    id: 'default',
    title: 'Default: on a page in Bahasa Indonesia, in the page\'s own colours',
    pageLang: 'id',
    html: '<pekso-fields></pekso-fields>',
  },
  {
    id: 'english',
    title: 'English, one field open',
    html: '<pekso-fields lang="en" open="casework"></pekso-fields>',
  },
  {
    id: 'single',
    title: 'A subset in single mode (one panel open at a time)',
    html: '<pekso-fields lang="en" fields="policy,research,community" open="policy" single></pekso-fields>',
  },
  {
    id: 'fields-only',
    title: 'The fields alone, without the introduction, glossary and references',
    html: '<pekso-fields lang="en" intro="off" glossary="off" references="off" open="policy"></pekso-fields>',
  },
  {
    id: 'frame-open',
    title: 'The teaching frame: the introduction and the references open',
    pageLang: 'id',
    html: '<pekso-fields open="intro,references"></pekso-fields>',
  },
  {
    id: 'card',
    title: 'A standalone card',
    pageLang: 'id',
    html: '<pekso-field-card field="groupwork"></pekso-field-card>',
  },
  {
    id: 'card-expanded',
    title: 'A card that is always open',
    html: '<pekso-field-card field="research" lang="en" expanded heading-level="2"></pekso-field-card>',
  },
  {
    id: 'check',
    title: 'A check of understanding: three cases, in the same shuffled order for everyone',
    html: '<pekso-check lang="en" count="3" shuffle seed="week-2"></pekso-check>',
  },
  {
    id: 'check-practice',
    title: 'A self-check in Bahasa Indonesia on two fields, with no pass mark',
    pageLang: 'id',
    html: '<pekso-check fields="casework,groupwork" pass="none"></pekso-check>',
  },
  {
    id: 'check-own',
    title: "The lecturer's own cases only, in Bahasa Indonesia and English",
    html: `<pekso-check lang="en" cases="own">\n<script type="application/json">\n${JSON.stringify(OWN_CASES, null, 2)}\n</script>\n</pekso-check>`,
  },
  {
    id: 'dark',
    title: 'Built-in dark theme',
    pageLang: 'id',
    html: '<pekso-fields theme="dark" open="community"></pekso-fields>',
  },
  {
    id: 'light',
    title: 'Built-in light theme',
    html: '<pekso-fields lang="en" theme="light" fields="organization,policy"></pekso-fields>',
  },
  {
    id: 'brand',
    title: 'A custom brand through CSS variables, on the light theme',
    html: '<pekso-fields class="brand" theme="light" lang="en" open="groupwork"></pekso-fields>',
    css: `.brand {
  --pekso-accent: #8a2be2;
  --pekso-surface: #faf5ff;
  --pekso-border: #d8c4f0;
  --pekso-radius: 0;
  --pekso-heading-font: Georgia, serif;
}`,
  },
];
