/** The package's small parts: content types, relationships, properties, settings and the style sheet. */
import { paragraphProps, runProps, type ParagraphProps, type RunProps } from './body';
import { esc } from './xml';

const NS_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CT = 'application/vnd.openxmlformats-officedocument';

export function contentTypes(headers: number, png: boolean): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    (png ? '<Default Extension="png" ContentType="image/png"/>' : '') +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    override('/word/document.xml', `${CT}.wordprocessingml.document.main+xml`) +
    override('/word/styles.xml', `${CT}.wordprocessingml.styles+xml`) +
    override('/word/settings.xml', `${CT}.wordprocessingml.settings+xml`) +
    override('/word/fontTable.xml', `${CT}.wordprocessingml.fontTable+xml`) +
    Array.from({ length: headers }, (_, n) => override(`/word/header${n + 1}.xml`, `${CT}.wordprocessingml.header+xml`)).join('') +
    override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    '</Types>'
  );
}

export function packageRels(): string {
  return (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '</Relationships>'
  );
}

/** Title, author and description as File > Properties shows them; created and modified at `when`. */
export function coreProperties(p: { title: string; creator: string; description: string }, when: Date): string {
  const stamp = `<dcterms:created xsi:type="dcterms:W3CDTF">${when.toISOString()}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when.toISOString()}</dcterms:modified>`;
  return (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(p.title)}</dc:title><dc:creator>${esc(p.creator)}</dc:creator><dc:description>${esc(p.description)}</dc:description>${stamp}` +
    '</cp:coreProperties>'
  );
}

/** Word's layout of its current version (compatibility mode 15), and fields (สารบัญ) updated on opening. */
export const SETTINGS =
  `<w:settings xmlns:w="${NS_W}"><w:defaultTabStop w:val="720"/><w:updateFields w:val="true"/>` +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

export interface StyleDef {
  type: 'paragraph';
  id: string;
  /** The name Word and LibreOffice know the style by ('heading 1', 'toc 1'): the table of contents finds its styles by it. */
  name: string;
  paragraph?: ParagraphProps;
  run?: RunProps;
}

/** The style sheet: document defaults (font, size, language), Word's default table margins, and the styles given. */
export function stylesXml(defaults: { font: string; size: number; lang: string }, styles: readonly StyleDef[]): string {
  const style = (s: StyleDef) => {
    const pPr = s.paragraph ? paragraphProps(s.paragraph) : '';
    return (
      `<w:style w:type="${s.type}" w:styleId="${s.id}"><w:name w:val="${s.name}"/>` +
      '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
      (pPr ? `<w:pPr>${pPr}</w:pPr>` : '') +
      (s.run ? runProps(s.run) : '') +
      '</w:style>'
    );
  };
  return (
    `<w:styles xmlns:w="${NS_W}"><w:docDefaults><w:rPrDefault>${runProps({ font: defaults.font, size: defaults.size, lang: defaults.lang })}</w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    styles.map(style).join('') +
    '</w:styles>'
  );
}
