import JSZip from 'jszip';
import { Contents, Header, Paragraph, Picture, run, Table } from '../../../src/report-docx/wml/body';
import { writePackage, type SectionProps } from '../../../src/report-docx/wml/package';

const portrait: SectionProps = {
  page: { width: 11907, height: 16840, landscape: false, margin: { top: 1418, right: 1134, bottom: 1134, left: 1701, header: 680, footer: 567 } },
};
const landscape: SectionProps = { page: { ...portrait.page, landscape: true, numbers: { start: 1, format: 'thaiNumbers' } }, titlePage: true };

async function files(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files))
    out[name] = name.endsWith('.png') ? `${(await zip.file(name)!.async('uint8array')).length} bytes` : await zip.file(name)!.async('string');
  return out;
}

describe('the package', () => {
  test('sections end inside their last paragraph, or after a table in a paragraph of their own; the last at the end of the body', async () => {
    const header = new Header([new Paragraph([run('หัว')])]);
    const png = new Uint8Array(40).fill(7);
    const picture = new Picture(png, 10, 10, { title: 't', description: 'd' });
    const bytes = writePackage({
      title: 'รายงาน & สรุป',
      creator: 'ทต.ทุ่งผึ้ง',
      description: 'd',
      sections: [
        { properties: portrait, children: [new Paragraph([run('ปก')])] },
        {
          properties: portrait,
          headers: { default: header },
          children: [new Table([{ cells: [{ blocks: [new Paragraph([picture])] }] }], { columns: [1000] })],
        },
        { properties: landscape, headers: { default: header, first: new Header([]) }, children: [new Paragraph([picture])] },
      ],
      styles: '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
      fontTable: '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    });
    const f = await files(bytes);
    const body = f['word/document.xml'].split('<w:body>')[1];
    const sects = [...body.matchAll(/<w:sectPr>(.*?)<\/w:sectPr>/g)].map((m) => m[1]);
    expect(sects).toHaveLength(3);
    expect(body.startsWith('<w:p><w:pPr><w:sectPr>')).toBe(true);
    expect(body).toContain('</w:tbl><w:p><w:pPr><w:sectPr>');
    expect(body.endsWith('</w:sectPr></w:body></w:document>')).toBe(true);
    expect(sects[0]).not.toContain('headerReference');
    // One header part for the sections that share it; the empty first-page header holds an empty paragraph.
    expect(sects[1]).toContain('<w:headerReference w:type="default" r:id="rId4"/>');
    expect(sects[2]).toContain('<w:headerReference w:type="default" r:id="rId4"/><w:headerReference w:type="first" r:id="rId6"/>');
    expect(sects[2]).toContain('<w:pgSz w:w="16840" w:h="11907" w:orient="landscape"/>');
    expect(sects[2]).toContain('<w:pgNumType w:start="1" w:fmt="thaiNumbers"/><w:titlePg/>');
    expect(f['word/header2.xml']).toMatch(/<w:hdr [^>]*><w:p\/><\/w:hdr>$/);
    // The same picture twice is one file and one relationship.
    expect(Object.keys(f).filter((n) => n.startsWith('word/media/'))).toEqual(['word/media/image1.png']);
    expect(f['word/media/image1.png']).toBe('40 bytes');
    expect(f['word/_rels/document.xml.rels'].match(/relationships\/image/g)).toHaveLength(1);
    expect(f['[Content_Types].xml']).toContain('<Override PartName="/word/header2.xml"');
    expect(f['[Content_Types].xml']).toContain('<Default Extension="png" ContentType="image/png"/>');
    expect(f['docProps/core.xml']).toContain('<dc:title>รายงาน &amp; สรุป</dc:title><dc:creator>ทต.ทุ่งผึ้ง</dc:creator>');
    expect(f['word/settings.xml']).toContain('<w:updateFields w:val="true"/>');
  });

  test('headings are bookmarked for the contents only when the document has contents, numbered from 1 in each document', async () => {
    const doc = (withContents: boolean) => {
      const heading = (text: string) => new Paragraph([run(text)], { style: 'Heading1' }, { level: 1, text });
      const children = [...(withContents ? [new Contents('สารบัญ', 9072)] : []), heading('ก'), heading('ข')];
      return writePackage({
        title: 't',
        creator: 'c',
        description: 'd',
        sections: [{ properties: portrait, children }],
        styles: '<w:styles/>',
        fontTable: '<w:fonts/>',
      });
    };
    const withContents = (await files(doc(true)))['word/document.xml'];
    expect([...withContents.matchAll(/<w:bookmarkStart w:name="(_Toc\d+)"/g)].map((m) => m[1])).toEqual(['_Toc1', '_Toc2']);
    expect((await files(doc(true)))['word/document.xml']).toBe(withContents);
    expect((await files(doc(false)))['word/document.xml']).not.toContain('bookmarkStart');
  });
});
