import { server } from '../../src/gas/server';
import { GRID_001, GRID_002, scoreGrid, INDICATOR_NAMES } from '../core/examples';
import { installFakeApps, type FakeSpreadsheet, type Recorder } from './fake-sheets';
import { generateAnalysis, insertScoreTemplate } from '../../src/gas/generate';
import { ANALYSIS_SHEET, PLAN_SHEET } from '../../src/core/sheet-names';
import { COL } from '../../src/core/plan';

let ss: FakeSpreadsheet;
let rec: Recorder;
beforeEach(() => ({ ss, rec } = installFakeApps()));

const findRow = (sheet: ReturnType<FakeSpreadsheet['getSheetByName']>, label: string) => {
  for (let r = 1; r <= sheet!.lastRow(); r++) if (sheet!.get(r, 1) === label) return r;
  return -1;
};

describe('generateAnalysis with a recording fake of SpreadsheetApp', () => {
  test('example 001: result data and the two sheets', () => {
    ss.seed('คะแนน ITA', GRID_001);
    const result = generateAnalysis({});
    expect(result).toMatchObject({
      score: 96.47,
      level: 'ผ่านดีเยี่ยม',
      levelEn: 'Pass – excellent',
      passing: 10,
      failing: 0,
      analysisSheet: ANALYSIS_SHEET,
      planSheet: PLAN_SHEET,
    });
    expect(result.measures).toBeGreaterThan(0);
    const analysis = ss.getSheetByName(ANALYSIS_SHEET)!;
    expect(analysis.get(findRow(analysis, 'คะแนนรวม'), 2)).toBe(96.47);
    expect(analysis.charts).toHaveLength(1);
    expect(rec.calls.filter((c) => c === 'Lock.tryLock')).toHaveLength(1);
    expect(rec.calls.filter((c) => c === 'Lock.releaseLock')).toHaveLength(1);
  });

  test('options from the sidebar are validated and used', () => {
    ss.seed('วางรายงาน', GRID_002);
    const r = generateAnalysis({ sourceSheet: 'วางรายงาน', target: 95, planYear: 2570, agency: 'จังหวัดทดสอบ' });
    expect(r.failing).toBe(4);
    expect(() => server.generateAnalysis({ target: 150 })).toThrow(
      'ค่าที่ส่งมาไม่ถูกต้อง: ค่าเป้าหมาย (150) ต้องไม่เกิน 100 / Invalid value: the target (150) must be at most 100',
    );
    expect(() => generateAnalysis({ sourceSheet: 'ไม่มี' })).toThrow('ไม่พบแผ่นงาน "ไม่มี" / Sheet "ไม่มี" not found');
    expect(() => server.generateAnalysis({ evil: 1 })).toThrow('ค่าที่ส่งมาไม่ถูกต้อง: ตัวเลือก มีช่องที่ไม่รู้จัก: evil');
  });

  test("a year after the newest built-in edition: the sidebar's result says which edition was used", () => {
    ss.seed('คะแนน ITA', scoreGrid({ agency: 'เทศบาลตำบลทุ่งผึ้ง', year: 2570, indicators: [98.29, 99.15, 100, 97.95, 100, 96.22, 96.12, 95.17, 90, 100] }));
    const r = generateAnalysis({});
    expect(r.warnings.map((w) => w.th)).toContain(
      'โปรแกรมยังไม่มีเกณฑ์การประเมินของปีงบประมาณ พ.ศ. 2570 จึงวิเคราะห์ด้วยเกณฑ์ พ.ศ. 2569 (ใช้เกณฑ์ปี 2568) ซึ่งเป็นเกณฑ์ล่าสุดที่มี หากเกณฑ์ปี 2570 ต่างออกไป โปรดกำหนดในแผ่นงาน กรอบการประเมิน (คัดลอกเกณฑ์ปี 2570 เป็นจุดตั้งต้นได้จากเมนู หรือคำสั่ง framework --year 2570)',
    );
    expect(r.framework?.th).toBe('เกณฑ์ที่ติดมากับโปรแกรม: เกณฑ์ พ.ศ. 2569 (ใช้เกณฑ์ปี 2568) (ยังไม่มีเกณฑ์ปี 2570)');
  });

  test('a pasted report as people paste it: the total in a sentence, scores as fractions, 036 under indicator 10', () => {
    const names = INDICATOR_NAMES;
    const scores = [92.68, 95.98, 98.84, 90.76, 94.09, 97.18, 95.62, 95.24, 65, 100];
    ss.seed('วางรายงาน', [
      ['การวิเคราะห์ผลการประเมิน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ จังหวัดลำพูน'],
      ['จังหวัดลำพูนมีผลการประเมิน (ITA) ภาพรวมเท่ากับ ร้อยละ ๙๐.๑๔ อยู่ในระดับ “ผ่าน”'],
      ...names.map((n, k) => [k + 1, n, scores[k] / 100]),
      ['ตัวชี้วัดที่ 10 การป้องกันการทุจริต'],
      ['036 แผนปฏิบัติการป้องกันการทุจริต', 1],
    ]);
    const r = generateAnalysis({ sourceSheet: 'วางรายงาน' });
    expect(r.score).toBe(90.14);
    const warnings = r.warnings.map((w) => w.th);
    expect(warnings.some((w) => w.startsWith('แผ่นงาน "วางรายงาน": คะแนนทุกตัวชี้วัดไม่เกิน 1 (เช่น 0.9268 ในเซลล์ C3)'))).toBe(true);
    expect(warnings.join('\n')).not.toContain('มีคะแนนสองค่า');
    expect(warnings.join('\n')).not.toContain('คะแนนรวมที่ประกาศ (90.14) ต่างจาก');
  });

  test('text from the sheet can never become a formula', () => {
    const grid = GRID_002.map((r) => [...r]);
    grid[1][1] = '\'=IMPORTXML("http://x","//a")'; // a text cell, as Sheets holds text typed with a leading apostrophe
    ss.seed('คะแนน ITA', grid);
    generateAnalysis({});
    const analysis = ss.getSheetByName(ANALYSIS_SHEET)!;
    expect(analysis.get(findRow(analysis, 'หน่วยงาน'), 2)).toBe('\'=IMPORTXML("http://x","//a")');
    const written = [...analysis.cells.values()].filter((v) => typeof v === 'string' && /^[=+\-@]/.test(v));
    expect(written).toEqual([]);
  });

  test('a second run keeps what a division typed in the plan', () => {
    ss.seed('คะแนน ITA', GRID_002);
    generateAnalysis({});
    const plan = ss.getSheetByName(PLAN_SHEET)!;
    plan.set(4, COL.status + 1, 'กำลังดำเนินการ');
    plan.set(4, COL.progress + 1, 60);
    plan.set(4, COL.note + 1, 'ส่งร่างคู่มือแล้ว');
    const key = plan.get(4, COL.key + 1);
    generateAnalysis({});
    const row = [...Array(plan.lastRow()).keys()].map((k) => k + 1).find((r) => plan.get(r, COL.key + 1) === key)!;
    expect(plan.get(row, COL.status + 1)).toBe('กำลังดำเนินการ');
    expect(plan.get(row, COL.progress + 1)).toBe(60);
    expect(plan.get(row, COL.note + 1)).toBe('ส่งร่างคู่มือแล้ว');
  });

  test('service calls do not grow with the number of items or measures', () => {
    const count = (grid: ReturnType<typeof scoreGrid>) => {
      ({ ss, rec } = installFakeApps());
      ss.seed('คะแนน ITA', grid);
      const r = generateAnalysis({});
      return { calls: rec.calls.length, measures: r.measures };
    };
    const few = count(GRID_001);
    const manyItems = scoreGrid({
      agency: 'เทศบาลตำบลทดสอบ',
      type: 'เทศบาลตำบล',
      year: 2568,
      indicators: [70, 72, 75, 71, 69, 73, 74, 72, 40, 50],
      items: [
        ...Array.from({ length: 15 }, (_, k) => [`i${k + 1}`, 60] as [string, number]),
        ...Array.from({ length: 9 }, (_, k) => [`e${k + 1}`, 60] as [string, number]),
        ...Array.from({ length: 28 }, (_, k) => [`o${k + 1}`, k % 2 ? 0 : 100] as [string, number]),
      ],
    });
    const many = count(manyItems);
    expect(many.measures).toBeGreaterThan(few.measures);
    expect(many.calls).toBe(few.calls);
    console.log(`Sheets service calls per Generate: ${few.calls} with ${few.measures} measures, ${many.calls} with ${many.measures} measures`);
  });

  test('insertScoreTemplate never writes over a filled sheet', () => {
    ss.seed('คะแนน ITA', GRID_001);
    const t = insertScoreTemplate({ year: 2566 });
    expect(t.sheet).toBe('คะแนน ITA (2)');
    const sheet = ss.getSheetByName('คะแนน ITA (2)')!;
    expect(sheet.validations.length).toBeGreaterThan(0);
    expect(ss.getSheetByName('คะแนน ITA')!.get(2, 2)).toBe('เทศบาลตำบลทุ่งผึ้ง');
  });
});

test('text typed beside the analysis, outside its layout, is copied before Generate rewrites the sheet', () => {
  // Earlier years in the file put the history chart's data in columns K–V: still our layout.
  ss.seed('คะแนน ITA', GRID_002);
  ss.seed('2567', scoreGrid({ agency: 'จังหวัดลำพูน', type: 'จังหวัด', year: 2567, indicators: [90, 95, 98, 90, 94, 97, 95, 95, 70, 100] }));
  generateAnalysis({});
  const typed = 'ข้อสังเกตของผู้ประสานงาน: ทบทวนตัวชี้วัดที่ 9';
  const analysis = ss.getSheetByName(ANALYSIS_SHEET)!;
  expect(analysis.lastCol()).toBeGreaterThanOrEqual(20);
  analysis.set(5, analysis.lastCol() + 2, typed);
  const cell = `${String.fromCharCode(64 + analysis.lastCol())}5`;
  rec.reset();
  const r = generateAnalysis({});
  const copies = ss.sheets.filter((s) => s.name !== ANALYSIS_SHEET && [...Array(30).keys()].some((c) => s.get(5, c + 1) === typed));
  expect(copies).toHaveLength(1);
  expect(r.warnings.map((w) => w.th)).toContain(
    `แผ่นงาน "${ANALYSIS_SHEET}" มีข้อความที่พิมพ์ไว้นอกตารางที่โปรแกรมเขียน (เริ่มที่เซลล์ ${cell}) จึงเก็บสำเนาไว้ที่แผ่นงาน "${copies[0].name}" ก่อนเขียนแผ่นงานนี้ใหม่`,
  );
  expect(rec.readsAfterWrites()).toEqual([]);
  expect(generateAnalysis({}).warnings.some((w) => w.th.includes('นอกตารางที่โปรแกรมเขียน'))).toBe(false);
});
