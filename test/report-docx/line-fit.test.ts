import { fitLines, glued, keepWords, textWidth, WHOLE_WORDS, widestWhole } from '../../src/report-docx/line-fit';

describe('fitting a signer line to its cell', () => {
  test('a line that fits stays one line', () => {
    expect(fitLines('(นางสาวสมใจ ใจดี)', 6, 28)).toEqual(['(นางสาวสมใจ ใจดี)']);
  });

  test('a long position breaks after the role and after the agency type, never inside a word', () => {
    expect(fitLines('ตำแหน่ง ปลัดองค์การบริหารส่วนตำบลบ้านตัวอย่าง', 5.9, 28)).toEqual(['ตำแหน่ง ปลัด', 'องค์การบริหารส่วนตำบล', 'บ้านตัวอย่าง']);
    expect(fitLines('ตำแหน่ง ปลัดเทศบาลตำบลทุ่งผึ้ง', 6, 32)).toEqual(['ตำแหน่ง ปลัด', 'เทศบาลตำบลทุ่งผึ้ง']);
    expect(fitLines('ตำแหน่ง นักวิเคราะห์นโยบายและแผน', 5.9, 28)).toEqual(['ตำแหน่ง นักวิเคราะห์นโยบาย', 'และแผน']);
  });

  test('width: each letter its own advance, marks above and below none, bold 5% wider', () => {
    // 14 pt = 0.494 cm an em; ก 0.58 em; ่ and ์ add nothing.
    expect(textWidth('กก', 28)).toBeCloseTo(0.573, 3);
    expect(textWidth('ก่ก์', 28)).toBeCloseTo(0.573, 3);
    // Laksaman's advances add up to 2.61 cm for ปีงบประมาณ and 2.07 cm for ผู้รับผิดชอบ in bold at 12 pt.
    expect(textWidth('ปีงบประมาณ', 28)).toBeCloseTo(2.58, 2);
    expect(textWidth('ผู้รับผิดชอบ', 24, true)).toBeCloseTo(2.07, 2);
    expect(textWidth('ผู้รับผิดชอบ', 24)).toBeCloseTo(1.97, 2);
  });

  test('glued text: word joiners between clusters, no-break spaces, marks left on their base', () => {
    expect(glued('นายก อบต.')).toBe('น\u2060า\u2060ย\u2060ก\u00a0\u2060อ\u2060บ\u2060ต\u2060.');
    expect(glued('น้ำ')).toBe('น้ำ');
  });
});

describe('keeping words whole in running text and table cells', () => {
  const J0 = '\u2060';

  test('the same text gives the same words, asked once or many times', () => {
    const text = 'มอบหมายผู้รับผิดชอบจัดทำรายงานตลอดปีงบประมาณ พ.ศ. 2569';
    const joined = `มอบ${J0}หมายผู้${J0}รับ${J0}ผิด${J0}ชอบจัด${J0}ทำรายงานตลอดปี${J0}งบ${J0}ประมาณ พ.ศ.\u00a02569`;
    expect(keepWords(text)).toBe(joined);
    for (let k = 0; k < 9000; k++) expect(keepWords(`ข้อ ${k}`)).toBe(`ข้อ ${k}`);
    expect(keepWords(text)).toBe(joined);
    expect(keepWords(`${text} `)).toBe(`${joined} `);
  });

  test('the widest whole piece at any size: its width in em remembered, scaled to the size and weight', () => {
    const text = `ผู้รับผิดชอบ ${'\u2060'}ดำเนินการ 2,500,000 บาท`;
    expect(widestWhole(text, 24, true)).toBeCloseTo(textWidth('ผู้รับผิดชอบ', 24, true), 10);
    expect(widestWhole(text, 28)).toBe(textWidth('ผู้รับผิดชอบ', 28));
    expect(widestWhole('2,500,000,000,000 บาท', 28)).toBe(textWidth('2,500,000,000,000', 28));
    expect(widestWhole('ไม่มีคำที่ต้องคงไว้', 28)).toBe(0);
  });

  const J = '\u2060';

  test('a listed compound is joined between its words; the text around it is left to the word processor', () => {
    expect(keepWords('ภายในหน่วยงาน')).toBe(`ภายในหน่วย${J}งาน`);
    expect(keepWords('ตลอดปีงบประมาณ พ.ศ. 2569')).toBe(`ตลอดปี${J}งบ${J}ประมาณ พ.ศ.\u00a02569`);
    expect(keepWords('มอบหมายผู้รับผิดชอบ')).toBe(`มอบ${J}หมายผู้${J}รับ${J}ผิด${J}ชอบ`);
    // The longest listed word wins: ปีงบประมาณ, not งบประมาณ inside it.
    expect(keepWords('ปีงบประมาณ').split(J)).toEqual(['ปี', 'งบ', 'ประมาณ']);
    expect(keepWords('คำถาม ๑๐ ข้อ')).toBe('คำถาม ๑๐ ข้อ');
    // ผู้ never ends a line: joined to the word it makes a noun of.
    expect(keepWords('ข้อมูลของผู้แจ้งเบาะแส')).toBe(`ข้อมูลของผู้${J}แจ้งเบาะแส`);
  });

  test("every break the dictionary finds inside a listed word is joined, and each part is one of the dictionary's words", () => {
    // ICU's Thai dictionary: LibreOffice breaks lines with it, Node segments with it.
    const words = new (
      Intl as unknown as { Segmenter: new (l: string, o: object) => { segment(t: string): Iterable<{ segment: string; index: number }> } }
    ).Segmenter('th', {
      granularity: 'word',
    });
    for (const entry of WHOLE_WORDS) {
      const word = entry.replace(/\|/g, '');
      const ours = new Set<number>();
      let at = 0;
      for (const part of entry.split('|')) {
        expect([...words.segment(part)].map((s) => s.segment)).toEqual([part]);
        at += part.length;
        ours.add(at);
      }
      for (const s of words.segment(word)) if (s.index > 0) expect(ours).toContain(s.index);
    }
  });

  test('the widest piece no line can break: a listed word, or a number or Latin word', () => {
    expect(widestWhole('ตลอดปีงบประมาณ พ.ศ. 2569', 28)).toBeCloseTo(textWidth('ปีงบประมาณ', 28), 5);
    expect(widestWhole(`E-Service ไม่มีคำในรายการ`, 28)).toBeCloseTo(textWidth('E-Service', 28), 5);
    expect(widestWhole(keepWords('ผู้รับผิดชอบ'), 24, true)).toBeCloseTo(2.07, 2);
    expect(widestWhole('สำนักปลัด', 28)).toBe(0);
  });
});
