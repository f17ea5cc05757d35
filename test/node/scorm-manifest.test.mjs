// Every SCORM 1.2 package that `npm run build` writes (each dist/*scorm12*.zip, found by
// pattern, so a new language's or a new kit's packages are covered with no edit here):
// its imsmanifest.xml is valid against ADL's SCORM 1.2 XSDs (libxml2 as WebAssembly, no
// native build), names only files that are in the zip, and names every file in it.
// The XSDs are copied, unmodified, in test/fixtures/scorm12-xsd/ (its README names their source).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const dist = `${repo}dist/`;
const xsdDir = `${repo}test/fixtures/scorm12-xsd/`;

// The XSDs a SCORM 1.2 manifest is validated with: IMS Content Packaging 1.1.2 (the
// manifest's own namespace), ADL's SCORM extensions (adlcp:scormtype, adlcp:masteryscore…)
// and the xml: attributes that the first imports. IMS meta-data 1.2.1 (imsmd_rootv1p2p1.xsd)
// is not among them: the manifests carry no LOM inline, only a pointer to metadata.xml
// (adlcp:location), and libxml2 will not compile that XSD (its content models break the
// Unique Particle Attribution rule), so metadata.xml is read, not validated. The hashes are
// of the files as published, so a "fix" to one of them fails here.
const XSDS = {
  'imscp_rootv1p1p2.xsd': 'd9ee699094e0db4518cf0143c81873d196b2683cf1c5ed770f108239ee079dda',
  'adlcp_rootv1p2.xsd': '173decaf9cd31ea847e6ff6853c702137974aca6b56567151aa4a885e0aa4883',
  'ims_xml.xsd': '5209ff1d1e89cac16e797a2cdb0d5f345343ad97c1b125483a4bc6fc29319bd5',
};
const xsdFiles = Object.keys(XSDS).map((fileName) => ({ fileName, contents: readFileSync(xsdDir + fileName) }));

// xmllint takes one schema: this one only imports the two namespaces a manifest uses, as
// an xsi:schemaLocation in the manifest would (the manifests have none).
const DRIVER = `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xsd:schema>
`;

/**
 * Validates a manifest's text; resolves to { valid, errors, output }, where errors are
 * libxml2's messages about the manifest, each with its line. (libxml2 also warns, on
 * stderr, that ims_xml.xsd binds the xml namespace as its default one; that is the
 * published file's own fault, does not stop its compiling, and is left out of errors.)
 * A schema that fails to compile rejects.
 */
async function validateManifest(xml) {
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: 'scorm12.xsd', contents: DRIVER }],
    preload: xsdFiles,
  });
  const errors = result.errors.filter((e) => e.loc?.fileName === 'imsmanifest.xml').map((e) => ({ line: e.loc.lineNumber, message: e.message }));
  const stray = result.rawOutput.split('\n').filter((line) => line.startsWith('imsmanifest.xml') && line.trim() !== 'imsmanifest.xml validates');
  return { valid: result.valid && errors.length === 0 && stray.length === 0, errors, output: result.rawOutput };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, isArray: (name) => ['resource', 'file'].includes(name) });

/** The paths a manifest names: each resource's launch href and its <file href>s, decoded, under any xml:base. */
function namedFiles(xml) {
  const { manifest } = parser.parse(xml);
  const base = manifest.base ?? '';
  const resources = manifest.resources?.resource ?? [];
  const resolve = (resource, href) => decodeURI(`${base}${resource.base ?? ''}${href}`);
  return {
    launches: resources.filter((r) => r.href !== undefined).map((r) => resolve(r, r.href)),
    files: resources.flatMap((r) => (r.file ?? []).map((f) => resolve(r, f.href))),
  };
}

/** What is wrong between a manifest's files and a zip's entries: a list of sentences, empty when nothing is. */
function listingProblems(xml, entryNames) {
  const inZip = new Set(entryNames.filter((name) => !name.endsWith('/')));
  const { launches, files } = namedFiles(xml);
  const listed = new Set(files);
  return [
    ...launches.filter((href) => !inZip.has(href)).map((href) => `resource href "${href}" is not in the zip`),
    ...files.filter((href) => !inZip.has(href)).map((href) => `<file href="${href}"> is not in the zip`),
    ...[...inZip].filter((name) => name !== 'imsmanifest.xml' && !listed.has(name)).map((name) => `"${name}" is in the zip but no <file> lists it`),
  ];
}

const lomParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: '#text', alwaysCreateTextNode: false });

const zips = (existsSync(dist) ? readdirSync(dist) : []).filter((name) => /scorm12.*\.zip$/.test(name)).sort();

describe('the SCORM 1.2 XSDs', () => {
  it('are the published files, unmodified', () => {
    for (const [name, sha256] of Object.entries(XSDS)) {
      assert.equal(createHash('sha256').update(readFileSync(xsdDir + name)).digest('hex'), sha256, name);
    }
  });
});

describe('the SCORM 1.2 packages', () => {
  it('are built: dist/ has at least one *scorm12*.zip', () => {
    assert.ok(zips.length > 0, `no dist/*scorm12*.zip in ${dist}: run \`npm run build\` first`);
  });

  for (const zipName of zips) {
    describe(zipName, () => {
      const entries = unzipSync(readFileSync(dist + zipName));
      const xml = entries['imsmanifest.xml'] ? strFromU8(entries['imsmanifest.xml']) : undefined;

      it('has an imsmanifest.xml at its root, valid against the SCORM 1.2 XSDs', async () => {
        assert.ok(xml !== undefined, `${zipName} has no imsmanifest.xml at its root`);
        const { valid, errors, output } = await validateManifest(xml);
        assert.deepEqual(errors, [], output);
        assert.ok(valid, output);
      });

      it('names its meta-data file (adlcp:location), in LOM: the title and language of the package, and its licences', () => {
        assert.ok(xml !== undefined);
        const { manifest } = parser.parse(xml);
        const location = manifest.metadata?.location;
        assert.equal(location, 'metadata.xml');
        assert.ok(entries[location], `${location} is in the zip`);
        const { lom } = lomParser.parse(strFromU8(entries[location]));
        assert.equal(lom?.xmlns, 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'the LOM root, in IMS meta-data 1.2.1');
        const title = manifest.organizations.organization.title;
        assert.equal(lom.general.title.langstring['#text'], title, 'the title is the organisation\'s');
        assert.equal(lom.general.language, lom.general.title.langstring['xml:lang']);
        assert.match(zipName, new RegExp(`\\.${lom.general.language}\\.zip$`), 'the language is the one in the file name');
        assert.equal(lom.rights.copyrightandotherrestrictions.value.langstring['#text'], 'yes');
        assert.match(lom.rights.description.langstring['#text'], /CC BY 4\.0.*MIT/s);
      });

      it('names only files that are in the zip, and every file in it but the manifest', () => {
        assert.ok(xml !== undefined);
        assert.ok(namedFiles(xml).files.length > 0, 'the manifest names some files');
        assert.deepEqual(listingProblems(xml, Object.keys(entries)), []);
      });
    });
  }
});

// The same checks fail, and say why, on a broken manifest and a mismatched zip.
describe('the checks, on a broken package', () => {
  const good = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="broken" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>A title</title>
      <item identifier="item" identifierref="sco">
        <title>A title</title>
        <adlcp:masteryscore>80</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
      <file href="index.html"/>
      <file href="a%20b.js"/>
    </resource>
  </resources>
</manifest>
`;
  const lineOf = (xml, text) => xml.split('\n').findIndex((line) => line.includes(text)) + 1;

  it('the unbroken manifest validates (so what follows fails for its one fault)', async () => {
    const { valid, output } = await validateManifest(good);
    assert.ok(valid, output);
  });

  it('an element in the wrong order: <resources> before <organizations>', async () => {
    const organizations = good.slice(good.indexOf('  <organizations'), good.indexOf('  <resources>'));
    const broken = good.replace(organizations, '').replace('</resources>\n', `</resources>\n${organizations}`);
    const { valid, errors } = await validateManifest(broken);
    assert.equal(valid, false);
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.match(errors[0].message, /Element '\{http:\/\/www\.imsproject\.org\/xsd\/imscp_rootv1p1p2\}resources': This element is not expected\. Expected is \( \{[^}]+\}organizations \)/);
    assert.equal(errors[0].line, lineOf(broken, '<resources>'));
  });

  it('a missing required attribute: a <resource> without type', async () => {
    const broken = good.replace(' type="webcontent"', '');
    const { valid, errors } = await validateManifest(broken);
    assert.equal(valid, false);
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.match(errors[0].message, /Element '\{[^}]+\}resource': The attribute 'type' is required but missing/);
    assert.equal(errors[0].line, lineOf(broken, '<resource '));
  });

  it('a value outside ADL\'s set: adlcp:scormtype="SCO"', async () => {
    const { valid, errors } = await validateManifest(good.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="SCO"'));
    assert.equal(valid, false);
    assert.match(errors[0].message, /attribute '\{http:\/\/www\.adlnet\.org\/xsd\/adlcp_rootv1p2\}scormtype': \[facet 'enumeration'\] The value 'SCO' is not an element of the set \{'asset', 'sco'\}/);
  });

  it('a zip that lacks a listed file and holds an unlisted one', () => {
    assert.deepEqual(listingProblems(good, ['imsmanifest.xml', 'index.html', 'a b.js']), [], 'the good listing passes, %20 decoded');
    assert.deepEqual(listingProblems(good.replace('<file href="index.html"/>', ''), ['imsmanifest.xml', 'index.html', 'a b.js', 'extra.css', 'dir/']), [
      '"index.html" is in the zip but no <file> lists it',
      '"extra.css" is in the zip but no <file> lists it',
    ]);
    assert.deepEqual(listingProblems(good, ['imsmanifest.xml', 'a b.js']), [
      'resource href "index.html" is not in the zip',
      '<file href="index.html"> is not in the zip',
    ]);
  });
});
