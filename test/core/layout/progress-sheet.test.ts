import { progressSheet } from '../../../src/core/layout/progress-sheet';
import { PROGRESS_SHEET } from '../../../src/core/sheet-names';
import { ourSheetKind } from '../../../src/core/our-sheets';
import { followedModel, ADDED_MEASURE, EDUCATION } from '../progress/fixtures';
import { specToGrid } from './sheet-grid';

const grid = (round: Parameters<typeof followedModel>[0]) => specToGrid(progressSheet(followedModel(round), { madeOn: { y: 2026, m: 4, d: 3 } }));
const tableAfter = (g: ReturnType<typeof grid>, header: string) => {
  const at = g.findIndex((r) => r[0] === header);
  const end = g.findIndex((r, k) => k > at && r.every((v) => v === ''));
  return g.slice(at + 1, end < 0 ? undefined : end);
};

describe('the follow-up sheet', () => {
  test('six months: title, counts per division, then the late measures first with both deadlines', () => {
    const g = grid({ kind: 'half' });
    expect(g[0][0]).toBe('ติดตามผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๘ – ๓๑ มีนาคม ๒๕๖๙)');
    expect(g[1][0]).toBe('องค์การบริหารส่วนตำบลบ้านตัวอย่าง · มาตรการประจำปีงบประมาณ พ.ศ. ๒๕๖๙ · จากแผ่นงาน มาตรการ ITA ตามที่หน่วยงานรายงาน ณ วันที่ ๓ เมษายน ๒๕๖๙');
    // ผู้รับผิดชอบ | จำนวน | แล้วเสร็จ | เป็นไปตามกำหนด | เสี่ยงล่าช้า | ล่าช้ากว่ากำหนด | ยกเลิก
    expect(tableAfter(g, 'ผู้รับผิดชอบ').map((r) => r.slice(0, 7))).toEqual([
      ['สำนักปลัด', 10, 2, 4, 1, 3, 0],
      ['กองคลัง', 3, 1, 0, 0, 1, 1],
      [EDUCATION, 1, 0, 0, 0, 1, 0],
      ['รวมทุกหน่วยงาน', 14, 3, 4, 1, 5, 1],
    ]);
    const rows = tableAfter(g, 'ลำดับในแผน');
    expect(rows.map((r) => r[0])).toEqual([5, 8, 9, 13, 14, 7, 2, 12, 1, 6, 3, 10, 11, 4]);
    // no | measure | owner | deadline | new deadline | status | progress | time gone | outcome | why | days late | notes
    expect(rows[0].slice(2)).toEqual([
      'สำนักปลัด',
      { date: '2026-10-31' },
      '',
      '-',
      '',
      46,
      'ล่าช้ากว่ากำหนด',
      'ขั้นตอนที่ ๑–๒ กำหนด ๓๐ พ.ย. ๒๕๖๘ ยังไม่แล้วเสร็จ ความคืบหน้า ๐%',
      121,
      '',
    ]);
    expect(rows[1].slice(5, 11)).toEqual(['กำลังดำเนินการ', 20, 50, 'ล่าช้ากว่ากำหนด', 'ขั้นตอนที่ ๑–๔ กำหนด ๓๑ ธ.ค. ๒๕๖๘ ยังไม่แล้วเสร็จ ความคืบหน้า ๒๐% (ควรถึง ๘๐%)', 90]);
    expect(rows[4].slice(1, 11)).toEqual([
      `${ADDED_MEASURE} (เพิ่มเติมโดยหน่วยงาน)`,
      EDUCATION,
      { date: '2026-02-28' },
      '',
      'กำลังดำเนินการ',
      50,
      100,
      'ล่าช้ากว่ากำหนด',
      'กำหนด ๒๘ ก.พ. ๒๕๖๙ ผ่านไปแล้ว ๓๑ วัน ความคืบหน้า ๕๐%',
      31,
    ]);
    expect(rows[5].slice(3, 11)).toEqual([
      { date: '2026-04-30' },
      { date: '2026-05-31' },
      'กำลังดำเนินการ',
      40,
      71,
      'เสี่ยงล่าช้า (เลื่อนกำหนด)',
      'ผ่านไปแล้ว ๗๑% ของเวลา ความคืบหน้า ๔๐%',
      '',
    ]);
    expect(rows[5][11]).toBe('ปัญหา/อุปสรรค: เลื่อนการจัดเวทีประชาคมเป็นเดือนเมษายน\nข้อเสนอแนะ: ประสานผู้นำชุมชนล่วงหน้า');
    expect(rows[13].slice(5, 10)).toEqual(['ยกเลิก', 0, 46, 'ยกเลิก', 'หน่วยงานแจ้งยกเลิก']);
    expect(rows[13][11]).toBe('ยกเลิกเนื่องจากรวมไว้ในมาตรการที่ ๑');
  });

  test('twelve months and a day in February: other titles and orders; recognised when renamed', () => {
    const year = grid({ kind: 'year' });
    expect(year[0][0]).toBe('ติดตามผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส รอบ ๑๒ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙');
    expect(tableAfter(year, 'ผู้รับผิดชอบ').pop()!.slice(0, 7)).toEqual(['รวมทุกหน่วยงาน', 14, 3, 0, 1, 9, 1]);
    const feb = grid({ kind: 'date', day: { y: 2026, m: 2, d: 10 } });
    expect(feb[0][0]).toBe('ติดตามผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ณ วันที่ ๑๐ กุมภาพันธ์ ๒๕๖๙');
    expect(
      tableAfter(feb, 'ลำดับในแผน')
        .slice(3, 6)
        .map((r) => [r[0], r[8]]),
    ).toEqual([
      [13, 'ล่าช้ากว่ากำหนด'],
      [14, 'เสี่ยงล่าช้า'],
      [7, 'เป็นไปตามกำหนด (เลื่อนกำหนด)'],
    ]); // then the soonest due
    expect(ourSheetKind(PROGRESS_SHEET, feb)).toBe('progress');
    expect(ourSheetKind('ติดตาม ก.พ.', feb)).toBe('progress');
  });

  test('colours: late rows red, at risk amber, done green, cancelled grey', () => {
    const spec = progressSheet(followedModel({ kind: 'half' }), { madeOn: { y: 2026, m: 4, d: 3 } });
    const g = specToGrid(spec);
    const first = g.findIndex((r) => r[0] === 'ลำดับในแผน') + 2; // 1-based row of the first measure
    const fill = (row: number) => spec.styles.filter((s) => s.rect.row === row && s.rect.cols === 12 && s.style.background).map((s) => s.style.background);
    expect([0, 4, 5, 6, 10, 13].map((k) => fill(first + k))).toEqual([['#f4cccc'], ['#f4cccc'], ['#fce5cd'], [], ['#d9ead3'], ['#efefef']]);
  });
});
