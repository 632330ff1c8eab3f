import { Contents, Header, Paragraph, Picture, pageNumber, run, Table, type WriteContext } from '../../../src/report-docx/wml/body';

/** A context for blocks written alone: pictures numbered as asked, headings from the list given. */
function context(headings: Paragraph[] = []): WriteContext & { pictures: Uint8Array[] } {
  const pictures: Uint8Array[] = [];
  return {
    pictures,
    picture(png) {
      pictures.push(png);
      return { rId: `rId${pictures.length + 10}`, id: pictures.length };
    },
    bookmark: (p) => (headings.includes(p) ? headings.indexOf(p) + 1 : undefined),
    headings: headings.map((p, n) => ({ level: p.heading!.level, text: p.heading!.text, id: n + 1 })),
  };
}

describe('runs and paragraphs', () => {
  test('text is escaped and characters XML forbids are dropped; a line break comes before the text', () => {
    const xml = run('ก < ข & "ค" \u0001ง', { bold: true, size: 28, color: 'b45f06' }, true).write(context());
    expect(xml).toBe(
      '<w:r><w:rPr><w:b/><w:bCs/><w:color w:val="b45f06"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:br/><w:t xml:space="preserve">ก &lt; ข &amp; &quot;ค&quot; ง</w:t></w:r>',
    );
  });

  test("a paragraph's properties in the schema's order; an empty paragraph is <w:p/>", () => {
    const p = new Paragraph([run('x')], {
      align: 'thaiDistribute',
      indent: { left: 0, firstLine: 709 },
      spacing: { after: 120, before: 0 },
      pageBreakBefore: true,
      keepNext: true,
      bottomBorder: { size: 6, space: 4, color: '000000' },
    });
    expect(p.write(context())).toBe(
      '<w:p><w:pPr><w:keepNext/><w:pageBreakBefore/><w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="6" w:space="4"/></w:pBdr>' +
        '<w:spacing w:after="120" w:before="0"/><w:ind w:left="0" w:firstLine="709"/><w:jc w:val="thaiDistribute"/></w:pPr>' +
        '<w:r><w:t xml:space="preserve">x</w:t></w:r></w:p>',
    );
    expect(new Paragraph([]).write(context())).toBe('<w:p/>');
    expect(new Paragraph([], { spacing: { line: 216 } }).write(context())).toBe('<w:p><w:pPr><w:spacing w:line="216" w:lineRule="auto"/></w:pPr></w:p>');
  });

  test('a section ending in a paragraph takes its properties inside it', () => {
    expect(new Paragraph([run('จบ')], { align: 'center' }).write(context(), '<w:sectPr/>')).toBe(
      '<w:p><w:pPr><w:jc w:val="center"/><w:sectPr/></w:pPr><w:r><w:t xml:space="preserve">จบ</w:t></w:r></w:p>',
    );
  });

  test('the page number is a PAGE field between the two texts', () => {
    const xml = pageNumber('- ', ' -', { size: 32 })
      .map((i) => i.write(context()))
      .join('');
    expect(xml.match(/<w:instrText[^>]*>([^<]*)</)![1]).toBe('PAGE');
    expect([...xml.matchAll(/w:fldCharType="(\w+)"/g)].map((m) => m[1])).toEqual(['begin', 'separate', 'end']);
    expect([...xml.matchAll(/<w:t[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['- ', ' -']);
  });
});

describe('tables', () => {
  test('fixed layout, the grid in twips, a spanning cell as wide as its columns, header and unsplittable rows', () => {
    const cell = (text: string, span?: number) => ({
      blocks: [new Paragraph([run(text)])],
      props: { span, fill: span ? 'DCE6F1' : undefined, vAlign: 'top' as const },
    });
    const xml = new Table([{ header: true, cantSplit: true, cells: [cell('ก'), cell('ข')] }, { cells: [cell('ไม่มีรายการ', 2)] }], {
      columns: [1000, 2000],
      width: 3001,
    }).write(context());
    expect(xml).toContain('<w:tblW w:type="dxa" w:w="3001"/>');
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml).toContain('<w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="2000"/></w:tblGrid>');
    expect(xml).toContain('<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>');
    expect(xml).toContain(
      '<w:tr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="3000"/><w:gridSpan w:val="2"/><w:shd w:fill="DCE6F1" w:color="auto" w:val="clear"/><w:vAlign w:val="top"/></w:tcPr>',
    );
  });

  test('a cell ends with a paragraph: one is added after a nested table, none after a paragraph', () => {
    const inner = new Table([{ cells: [{ blocks: [new Paragraph([run('ใน')])] }] }], { columns: [500], noBorders: true });
    const xml = new Table([{ cells: [{ blocks: [inner] }, { blocks: [new Paragraph([run('x')])] }] }], { columns: [500, 500] }).write(context());
    expect(xml).toContain('</w:tbl><w:p/></w:tc>');
    expect(xml).not.toContain('</w:p><w:p/></w:tc>');
    expect(inner.write(context())).toContain('<w:top w:val="none" w:color="FFFFFF" w:sz="0"/>');
  });
});

describe('pictures and the table of contents', () => {
  test('a picture is drawn at its size in EMU with its description, linked to its relationship', () => {
    const ctx = context();
    const png = new Uint8Array([1, 2, 3]);
    const xml = new Picture(png, 605, 302, { title: 'แผนภูมิที่ ๑', description: '๑ ๙๘.๒๙ & ๒' }).write(ctx);
    expect(ctx.pictures).toEqual([png]);
    expect(xml).toContain('<wp:extent cx="5762625" cy="2876550"/>');
    expect(xml).toContain('<wp:docPr id="1" name="chart" descr="๑ ๙๘.๒๙ &amp; ๒" title="แผนภูมิที่ ๑"/>');
    expect(xml).toContain('<a:blip r:embed="rId11" cstate="none"/>');
  });

  test('contents list the headings in order, each linked to its bookmark, inside one TOC field', () => {
    const h1 = new Paragraph([run('คำนำ')], { style: 'Heading1' }, { level: 1, text: 'คำนำ' });
    const h2 = new Paragraph([run('๑. ผล')], { style: 'Heading2' }, { level: 2, text: '๑. ผล' });
    const ctx = context([h1, h2]);
    const toc = new Contents('สารบัญ', 9072).write(ctx);
    expect([...toc.matchAll(/<w:pStyle w:val="(TOC\d)"\/>.*?w:anchor="(_Toc\d+)"><w:r><w:t xml:space="preserve">([^<]*)</g)].map((m) => m.slice(1))).toEqual([
      ['TOC1', '_Toc1', 'คำนำ'],
      ['TOC2', '_Toc2', '๑. ผล'],
    ]);
    expect(toc.match(/TOC \\h \\o &quot;1-2&quot;/g)).toHaveLength(1);
    expect(toc).toContain('<w:tab w:val="right" w:pos="9072" w:leader="dot"/>');
    expect(h2.write(ctx)).toBe(
      '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:bookmarkStart w:name="_Toc2" w:id="2"/><w:r><w:t xml:space="preserve">๑. ผล</w:t></w:r><w:bookmarkEnd w:id="2"/></w:p>',
    );
    expect(new Contents('สารบัญ', 9072).write(context())).toContain('TOC \\h');
    expect(new Header([]).paragraphs).toEqual([]);
  });
});
