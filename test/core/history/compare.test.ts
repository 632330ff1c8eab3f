import { compareYears } from '../../../src/core/history/compare';
import { editionForYear } from '../../../src/core/editions';
import type { YearScores } from '../../../src/core/history';
import { runPipeline } from '../../../src/core/pipeline';
import { GRID_003, scoreGrid } from '../examples';
import { LAMPHUN_2566, SHEET_2566, SHEET_2567, SHEET_2568 } from './fixtures';

const threeYears = () =>
  runPipeline({
    grid: SHEET_2568,
    sheetName: '2568',
    others: [
      { name: '2566', grid: SHEET_2566 },
      { name: '2567', grid: SHEET_2567 },
    ],
  }).analysis.history!;
const year = (y: number, indicators: (number | null)[], extra: Partial<YearScores> = {}): YearScores => ({
  year: y,
  indicators,
  tools: {},
  total: null,
  level: null,
  source: { th: '', en: '' },
  ...extra,
});

describe('this year beside the earlier years', () => {
  test('three years: the change from last year per indicator and for the total, the totals and levels computed when not given', () => {
    const h = threeYears();
    expect(h.years).toEqual([2566, 2567, 2568]);
    expect([h.total, ...h.indicators].map((r) => [r.no, r.values, r.change, r.trend])).toEqual([
      [0, [91.29, 93.99, 90.14], -3.85, 'down'],
      [1, [90.12, 91.4, 92.68], 1.28, 'up'],
      [2, [94.5, 95.2, 95.98], 0.78, 'up'],
      [3, [99.9, 99.2, 98.84], -0.36, 'down'],
      [4, [89.6, 88.45, 90.76], 2.31, 'up'],
      [5, [92.3, 93.85, 94.09], 0.24, 'up'],
      [6, [95.4, 96.6, 97.18], 0.58, 'up'],
      [7, [93.1, 94.8, 95.62], 0.82, 'up'],
      [8, [92, 94.1, 95.24], 1.14, 'up'],
      [9, [80, 88, 65], -23, 'down'],
      [10, [96.25, 98.75, 100], 1.25, 'up'],
    ]);
    // 2566 and 2567 gave indicators only: totals under each year's weights, levels from them (every tool ≥ 85).
    expect(h.levels).toEqual(['ผ่านดี', 'ผ่านดี', 'ผ่าน']);
    expect(h.notesTh).toContain('คะแนนรวมของปีงบประมาณ พ.ศ. 2566, 2567 คำนวณจากคะแนนรายตัวชี้วัดหรือรายเครื่องมือตามเกณฑ์ของปีนั้น เนื่องจากไม่ได้ระบุคะแนนรวมที่ประกาศ');
  });

  test('what the plan must answer first: indicator 3 fell two years running, indicator 9 fell below the target', () => {
    const h = threeYears();
    expect(h.rankedUp).toEqual([3, 9]);
    expect(h.indicators.map((r) => [r.no, r.fellTwice, r.fellBelowTarget]).filter(([, a, b]) => a || b)).toEqual([
      [3, true, false],
      [9, false, true],
    ]);
  });

  test('sentences in the formal register: rose, fell, fell again, fell below the target, the total and its level', () => {
    const h = threeYears();
    expect(h.indicators[9].sentenceTh).toBe(
      'ตัวชี้วัดที่ 10 การป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568 ได้ 100.00 คะแนน เพิ่มขึ้น 1.25 คะแนน จากปีงบประมาณ พ.ศ. 2567 (98.75 คะแนน)',
    );
    expect(h.indicators[2].sentenceTh).toBe(
      'ตัวชี้วัดที่ 3 การใช้อำนาจ ประจำปีงบประมาณ พ.ศ. 2568 ได้ 98.84 คะแนน ลดลง 0.36 คะแนน จากปีงบประมาณ พ.ศ. 2567 (99.20 คะแนน) ' +
        'และลดลงต่อเนื่องเป็นปีที่สอง นับจากปีงบประมาณ พ.ศ. 2566 (99.90 คะแนน) มาตรการของตัวชี้วัดนี้จึงจัดไว้ในลำดับต้นของแผน',
    );
    expect(h.indicators[8].sentenceTh).toBe(
      'ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ประจำปีงบประมาณ พ.ศ. 2568 ได้ 65.00 คะแนน ลดลง 23.00 คะแนน จากปีงบประมาณ พ.ศ. 2567 (88.00 คะแนน) ' +
        'ทำให้ต่ำกว่าค่าเป้าหมาย (85 คะแนน) ซึ่งปีก่อนยังผ่านเกณฑ์ มาตรการของตัวชี้วัดนี้จึงจัดไว้ในลำดับต้นของแผน',
    );
    expect(h.total.sentenceTh).toBe(
      'คะแนนรวม ประจำปีงบประมาณ พ.ศ. 2568 ได้ 90.14 คะแนน ลดลง 3.85 คะแนน จากปีงบประมาณ พ.ศ. 2567 (93.99 คะแนน) ' +
        'ระดับผลการประเมินเปลี่ยนจาก “ผ่านดี” เป็น “ผ่าน” และเมื่อเทียบกับปีงบประมาณ พ.ศ. 2566 คะแนนรวมลดลง 1.15 คะแนน',
    );
    expect(h.indicators[2].planNoteTh).toBe('คะแนนลดลงสองปีติดต่อกัน: พ.ศ. 2566 99.90 → พ.ศ. 2567 99.20 → พ.ศ. 2568 98.84 จึงจัดไว้ในลำดับต้น');
    expect(h.indicators[8].planNoteTh).toBe('คะแนนลดลงจนต่ำกว่าค่าเป้าหมาย 85: พ.ศ. 2567 88.00 → พ.ศ. 2568 65.00 จึงจัดไว้ในลำดับต้น');
    expect(h.indicators[0].planNoteTh).toBeNull();
    expect(h.summaryTh).toEqual([
      'เมื่อเทียบกับผลการประเมินของปีก่อน ตัวชี้วัดที่คะแนนเพิ่มขึ้น 8 ตัวชี้วัด ได้แก่ ตัวชี้วัดที่ 1, 2, 4, 5, 6, 7, 8 และ 10 ตัวชี้วัดที่คะแนนลดลง 2 ตัวชี้วัด ได้แก่ ตัวชี้วัดที่ 3 และ 9',
      'ตัวชี้วัดที่คะแนนเพิ่มขึ้นมากที่สุด คือ ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ (เพิ่มขึ้น 2.31 คะแนน)',
      'ตัวชี้วัดที่คะแนนลดลงมากที่สุด คือ ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (ลดลง 23.00 คะแนน)',
      'ตัวชี้วัดที่ 3 และ 9 มีคะแนนลดลงสองปีติดต่อกันหรือลดลงจนต่ำกว่าค่าเป้าหมาย ซึ่งบ่งชี้ว่าปัญหายังไม่ได้รับการแก้ไขหรือมีแนวโน้มรุนแรงขึ้น แผนมาตรการจึงจัดมาตรการของตัวชี้วัดดังกล่าวไว้ในลำดับต้นและควรติดตามผลอย่างใกล้ชิด',
    ]);
  });

  test('a rise back above the target, an unchanged score, a year without that indicator', () => {
    const a = runPipeline({ grid: SHEET_2568, sheetName: '2568' }).analysis;
    const h = compareYears(a, [year(2567, [92.68, 95.98, 98.84, 84.1, null, 97.18, 95.62, 95.24, 65, 100], { total: 89.9, level: 'ผ่าน' })], (y) =>
      editionForYear(y),
    )!;
    expect(h.indicators[3].sentenceTh).toBe(
      'ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ ประจำปีงบประมาณ พ.ศ. 2568 ได้ 90.76 คะแนน เพิ่มขึ้น 6.66 คะแนน จากปีงบประมาณ พ.ศ. 2567 (84.10 คะแนน) จึงผ่านเกณฑ์ค่าเป้าหมาย (85 คะแนน) ซึ่งปีก่อนยังไม่ผ่าน',
    );
    expect(h.indicators[0].sentenceTh).toBe('ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ประจำปีงบประมาณ พ.ศ. 2568 ได้ 92.68 คะแนน เท่ากับปีงบประมาณ พ.ศ. 2567');
    expect(h.indicators[4].sentenceTh).toBe('ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต ประจำปีงบประมาณ พ.ศ. 2568 ได้ 94.09 คะแนน ไม่มีคะแนนของปีก่อนหน้าสำหรับเปรียบเทียบ');
    expect(h.total.sentenceTh).toBe(
      'คะแนนรวม ประจำปีงบประมาณ พ.ศ. 2568 ได้ 90.14 คะแนน เพิ่มขึ้น 0.24 คะแนน จากปีงบประมาณ พ.ศ. 2567 (89.90 คะแนน) คงระดับผลการประเมิน “ผ่าน”',
    );
    expect(h.summaryTh[h.summaryTh.length - 1]).toBe('ไม่มีตัวชี้วัดที่คะแนนลดลงสองปีติดต่อกันหรือลดลงจนต่ำกว่าค่าเป้าหมาย');
  });

  test('a change of edition (2565 → 2566): compared at the indicator and total level, with a note on the tools, weights and levels', () => {
    const phrae2566 = scoreGrid({
      agency: 'องค์การบริหารส่วนจังหวัดแพร่',
      year: 2566,
      published: 94.78,
      indicators: [99.5, 99.8, 100, 98.9, 99.1, 97.2, 96.4, 95.8, 85.0, 95.0],
      tools: [
        ['IIT', 99.46],
        ['EIT ส่วนที่ 1', 96.2],
        ['EIT ส่วนที่ 2', 96.73],
        ['OIT', 90],
      ],
    });
    const run = runPipeline({ grid: phrae2566, sheetName: '2566', others: [{ name: '2565', grid: GRID_003 }] });
    expect(run.analysis.warnings).toEqual([]);
    const h = run.analysis.history!;
    expect(h.years).toEqual([2565, 2566]);
    expect(h.levels).toEqual(['AA', 'ผ่านดี']);
    expect(h.total.values).toEqual([99.76, 94.78]);
    expect(h.indicators[8].values).toEqual([100, 85]);
    expect(h.notesTh[0]).toBe(
      'ผลการประเมินในตารางใช้เกณฑ์ต่างกัน: ปีงบประมาณ พ.ศ. 2565 ใช้เครื่องมือและน้ำหนัก IIT ร้อยละ 30 EIT ร้อยละ 30 OIT ร้อยละ 40 ' +
        'ส่วนปีงบประมาณ พ.ศ. 2566 ใช้เครื่องมือและน้ำหนัก IIT ร้อยละ 30 EIT ส่วนที่ 1 ร้อยละ 15 EIT ส่วนที่ 2 ร้อยละ 15 OIT ร้อยละ 40 ' +
        'และจัดระดับผลการประเมินต่างกัน (ระดับ AA–F และระดับผ่านดีเยี่ยม–ต้องปรับปรุงโดยด่วน) เครื่องมือและน้ำหนักของเครื่องมือที่ต่างกันนี้ทำให้เทียบกันได้เฉพาะคะแนนรายตัวชี้วัด ' +
        '(ตัวชี้วัด 10 ตัวเดิมทุกปี) และคะแนนรวม ซึ่งควรพิจารณาประกอบกับการเปลี่ยนแปลงของเกณฑ์ดังกล่าว',
    );
  });

  test('the same tools and weights but other item lists (2566 beside 2567–2568): the note says the items differ', () => {
    expect(threeYears().notesTh[0]).toBe(
      'ผลการประเมินในตารางใช้เกณฑ์ต่างกัน: ปีงบประมาณ พ.ศ. 2566 ใช้ข้อคำถามและรายการตามเกณฑ์ พ.ศ. 2566 ส่วนปีงบประมาณ พ.ศ. 2567–2568 ใช้ข้อคำถามและรายการตามเกณฑ์ พ.ศ. 2568 ' +
        'ข้อคำถามและรายการตรวจที่ต่างกันนี้ทำให้เทียบกันได้เฉพาะคะแนนรายตัวชี้วัด (ตัวชี้วัด 10 ตัวเดิมทุกปี) และคะแนนรวม ซึ่งควรพิจารณาประกอบกับการเปลี่ยนแปลงของเกณฑ์ดังกล่าว',
    );
  });

  test('a long history: the table keeps the five latest years and says how many are left out', () => {
    const a = runPipeline({ grid: SHEET_2568, sheetName: '2568' }).analysis;
    const h = compareYears(
      a,
      [2561, 2562, 2563, 2564, 2565, 2566, 2567].map((y) => year(y, LAMPHUN_2566)),
      (y) => editionForYear(y),
    )!;
    expect(h.years).toEqual([2564, 2565, 2566, 2567, 2568]);
    expect(h.notesTh).toContain('ตารางแสดงผล 5 ปีล่าสุด (มีผลก่อนหน้านั้นอีก 3 ปี)');
    expect(h.indicators[8].fellTwice).toBe(false); // 80 → 80 → 80 → 80 → 65: one fall
  });
});
