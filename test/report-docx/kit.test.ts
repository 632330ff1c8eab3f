import { packDocument } from '../../src/report-docx/document';
import { makeKit, type Cell, type Column } from '../../src/report-docx/kit';
import { readDocx } from './docx-text';

/** word/document.xml of a document holding one table made by the kit (Thai digits, 12 pt headers). */
async function tableXml(columns: Column[], rows: Cell[][]): Promise<string> {
  const table = makeKit('thai').table(columns, rows, { headerSize: 24 });
  return (await readDocx(await packDocument({ title: 't', creator: 't', description: 't', sections: [{ children: [table] }] }))).xml;
}

/** Each run as "size text" (size in half-points, joiners dropped), in the order of the document. */
function runSizes(xml: string): string[] {
  return [...xml.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:sz w:val="(\d+)"\/>(?:(?!<\/w:r>)[\s\S])*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map(
    (m) => `${m[1]} ${m[2].replace(/\u2060/g, '')}`,
  );
}

describe('table cells keep their words whole', () => {
  test('a cell whose listed word cannot fit its column takes a smaller size, never below 12 pt; the others keep theirs', async () => {
    const columns = [
      { header: 'ผู้รับผิดชอบ', width: 2.3 },
      { header: 'ระยะเวลา', width: 2.7 },
      { header: 'หมายเหตุ', width: 4 },
    ];
    const xml = await tableXml(columns, [['ผู้รับผิดชอบ', 'ตลอดปีงบประมาณ', 'ปีงบประมาณ และหน่วยงาน']]);
    // Headers are 12 pt already and stay so (their columns must hold them). ผู้รับผิดชอบ is 2.30 cm at
    // 14 pt: 1.9 cm of room gives 11.6 pt, raised to 12; ปีงบประมาณ is 2.58 cm: 2.3 cm of room gives 12.
    expect(runSizes(xml)).toEqual(['24 ผู้รับผิดชอบ', '24 ระยะเวลา', '24 หมายเหตุ', '24 ผู้รับผิดชอบ', '24 ตลอดปีงบประมาณ', '28 ปีงบประมาณ และหน่วยงาน']);
  });

  test('cell text: listed compounds joined, a year kept with พ.ศ.', async () => {
    const xml = await tableXml([{ header: 'ระยะเวลาดำเนินการ', width: 3 }], [['ตลอดปีงบประมาณ พ.ศ. 2569']]);
    expect(xml).toContain('ตลอดปี\u2060งบ\u2060ประมาณ พ.ศ.\u00a0๒๕๖๙');
    // Two compounds side by side: a break stays possible between them.
    expect(xml).toContain('ระยะ\u2060เวลาดำเนิน\u2060การ');
  });

  test("a Thai parenthesis in a cell may break at its spaces, never after its '(' or before its ')'; a '(' before Thai stays with the word before", async () => {
    const xml = await tableXml([{ header: 'ผลการติดตาม', width: 3 }], [['ความคืบหน้า 50% (ควรถึง 67%)'], ['ผ่านแล้ว (No Gift Policy)']]);
    expect(xml).toContain('๕๐%\u00a0(\u2060ควรถึง ๖๗%\u2060)');
    expect(xml).toContain('ผ่านแล้ว (\u2060No\u00a0Gift\u00a0Policy\u2060)');
  });
});

describe('texts remembered per digit style', () => {
  test('the same text in both styles, asked in turn, keeps each its own digits', () => {
    const thai = makeKit('thai');
    const arabic = makeKit('arabic');
    for (let round = 0; round < 2; round++) {
      expect(thai.digits('ปีงบประมาณ พ.ศ. 2569')).toBe('ปี\u2060งบ\u2060ประมาณ พ.ศ.\u00a0๒๕๖๙');
      expect(arabic.digits('ปีงบประมาณ พ.ศ. 2569')).toBe('ปี\u2060งบ\u2060ประมาณ พ.ศ.\u00a02569');
    }
  });
});
