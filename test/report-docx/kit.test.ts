import { packDocument } from '../../src/report-docx/document';
import { makeKit } from '../../src/report-docx/kit';
import { readDocx } from './docx-text';

/** The sizes (half-points) of each cell's runs, in the order of the document. */
async function cellSizes(columns: { header: string; width: number }[], rows: string[][]): Promise<{ text: string; size: number }[]> {
  const k = makeKit('thai');
  const bytes = await packDocument({ title: 't', creator: 't', description: 't', sections: [{ children: [k.table(columns, rows, { headerSize: 24 })] }] });
  const { xml } = await readDocx(bytes);
  return [...xml.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:sz w:val="(\d+)"\/>(?:(?!<\/w:r>)[\s\S])*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => ({
    text: m[2].replace(/\u2060/g, ''),
    size: Number(m[1]),
  }));
}

describe('table cells keep their words whole', () => {
  test('a cell whose listed word cannot fit its column takes a smaller size, never below 12 pt; the others keep theirs', async () => {
    const sizes = await cellSizes(
      [
        { header: 'ผู้รับผิดชอบ', width: 2.3 },
        { header: 'ระยะเวลา', width: 2.7 },
        { header: 'หมายเหตุ', width: 4 },
      ],
      [['ผู้รับผิดชอบ', 'ตลอดปีงบประมาณ', 'ปีงบประมาณ และหน่วยงาน']],
    );
    expect(sizes).toEqual([
      // The header is 12 pt already: it stays 12 pt (its column must hold it).
      { text: 'ผู้รับผิดชอบ', size: 24 },
      { text: 'ระยะเวลา', size: 24 },
      { text: 'หมายเหตุ', size: 24 },
      // ผู้รับผิดชอบ is 2.30 cm at 14 pt: 1.9 cm of room gives 12 pt (23 half-points, raised to 24).
      { text: 'ผู้รับผิดชอบ', size: 24 },
      // ปีงบประมาณ is 2.58 cm at 14 pt: 2.3 cm of room gives 12 pt (24.96 half-points, rounded down).
      { text: 'ตลอดปีงบประมาณ', size: 24 },
      { text: 'ปีงบประมาณ และหน่วยงาน', size: 28 },
    ]);
  });

  test('cell text: listed compounds joined, a year kept with พ.ศ.', async () => {
    const k = makeKit('thai');
    const bytes = await packDocument({
      title: 't',
      creator: 't',
      description: 't',
      sections: [{ children: [k.table([{ header: 'ระยะเวลาดำเนินการ', width: 3 }], [['ตลอดปีงบประมาณ พ.ศ. 2569']])] }],
    });
    const { xml } = await readDocx(bytes);
    expect(xml).toContain('ตลอดปี\u2060งบ\u2060ประมาณ พ.ศ.\u00a0๒๕๖๙');
    // Two compounds side by side: a break stays possible between them.
    expect(xml).toContain('ระยะ\u2060เวลาดำเนิน\u2060การ');
  });

  test("a Thai parenthesis in a cell may break at its spaces, never after its '(' or before its ')'; its '(' stays with the word before", async () => {
    const k = makeKit('thai');
    const bytes = await packDocument({
      title: 't',
      creator: 't',
      description: 't',
      sections: [{ children: [k.table([{ header: 'ผลการติดตาม', width: 3 }], [['ความคืบหน้า 50% (ควรถึง 67%)'], ['ผ่านแล้ว (No Gift Policy)']])] }],
    });
    const { xml } = await readDocx(bytes);
    expect(xml).toContain('๕๐%\u00a0(\u2060ควรถึง ๖๗%\u2060)');
    expect(xml).toContain('(\u2060No\u00a0Gift\u00a0Policy\u2060)');
  });
});
