/** Each place a coordinator keeps earlier years, read through the pipeline as the add-on and the CLI run it. */
import { gatherYears } from '../../../src/core/history/collect';
import { historyTemplate } from '../../../src/core/layout/history-template';
import type { Grid } from '../../../src/core/grid';
import { runPipeline } from '../../../src/core/pipeline';
import { readScoreSheet } from '../../../src/core/sheet-input';
import { GRID_001, scoreGrid } from '../examples';
import { specToGrid } from '../layout/sheet-grid';
import { LAMPHUN_2566, LAMPHUN_2567, LAMPHUN_2568, SHEET_2566, SHEET_2567, SHEET_2568, YEAR_COLUMNS } from './fixtures';

const historyOf = (grid: Grid, others: { name: string; grid: Grid }[] = [], sheetName = '2568') => runPipeline({ grid, sheetName, others }).analysis;
const totals = (a: ReturnType<typeof historyOf>) => a.history?.total.values;

describe('earlier years, wherever they are kept', () => {
  test('one score sheet per year in the same file', () => {
    const a = historyOf(SHEET_2568, [
      { name: '2566', grid: SHEET_2566 },
      { name: '2567', grid: SHEET_2567 },
    ]);
    expect(a.history?.years).toEqual([2566, 2567, 2568]);
    expect(totals(a)).toEqual([91.29, 93.99, 90.14]);
    expect(a.history?.indicators[9].values).toEqual([96.25, 98.75, 100]);
    expect(a.notes.map((n) => n.th)).toEqual(['ผลการประเมินปีงบประมาณ พ.ศ. 2566 อ่านจากแผ่นงาน "2566"', 'ผลการประเมินปีงบประมาณ พ.ศ. 2567 อ่านจากแผ่นงาน "2567"']);
    expect(a.warnings).toEqual([]);
  });

  test("a sheet with its year in C.E. and its agency abbreviated is still the same agency's earlier year", () => {
    const ce = SHEET_2567.map((r) => (r[0] === 'ปีงบประมาณที่ประเมิน (พ.ศ.)' ? [r[0], '2024'] : r[0] === 'ชื่อหน่วยงาน' ? [r[0], 'จังหวัด ลำพูน'] : r));
    const a = historyOf(SHEET_2568, [{ name: 'ปีก่อน', grid: ce }]);
    expect(a.history?.years).toEqual([2567, 2568]);
    const tambon = (name: string, year: number, indicators: number[]) =>
      scoreGrid({
        agency: name,
        year,
        indicators,
        tools: [
          ['IIT', 97],
          ['EIT ส่วนที่ 1', 96],
          ['EIT ส่วนที่ 2', 96],
          ['OIT', 95],
        ],
      });
    const b = historyOf(tambon('องค์การบริหารส่วนตำบลบ้านใหม่', 2568, LAMPHUN_2568), [{ name: '2567', grid: tambon('อบต.บ้านใหม่', 2567, LAMPHUN_2567) }]);
    expect(b.history?.years).toEqual([2567, 2568]);
  });

  test('extra year columns in the indicator table (พ.ศ. in Thai digits)', () => {
    const a = historyOf(YEAR_COLUMNS, [], 'Sheet1');
    expect(a.year).toBe(2568);
    expect(a.officialTotal).toBe(90.14);
    expect(a.history?.years).toEqual([2566, 2567, 2568]);
    expect(a.history?.indicators[8].values).toEqual([80, 88, 65]);
    expect(totals(a)).toEqual([91.29, 93.99, 90.14]);
  });

  test("the ผลย้อนหลัง sheet, and the same year given twice: the year's own sheet wins, the difference is named", () => {
    const history = specToGrid(
      historyTemplate(2568, [
        { year: 2565, indicators: [...LAMPHUN_2566], tools: {}, total: 91.29, level: 'A', source: { th: '', en: '' } },
        { year: 2567, indicators: LAMPHUN_2567.map((v, k) => (k === 3 ? 87.45 : v)), tools: {}, total: null, level: null, source: { th: '', en: '' } },
      ]),
    );
    const a = historyOf(SHEET_2568, [
      { name: 'ผลย้อนหลัง', grid: history },
      { name: '2567', grid: SHEET_2567 },
    ]);
    expect(a.history?.years).toEqual([2565, 2567, 2568]);
    expect(a.history?.indicators[3].values).toEqual([89.6, 88.45, 90.76]);
    expect(a.warnings.map((w) => w.th)).toEqual([
      'ผลการประเมินปีงบประมาณ พ.ศ. 2567 ในแผ่นงาน "ผลย้อนหลัง" แถว 5 ไม่ตรงกับแผ่นงาน "2567": ตัวชี้วัดที่ 4 87.45 กับ 88.45 จึงใช้ค่าจากแผ่นงาน "2567" โปรดตรวจสอบว่าค่าใดถูกต้อง',
    ]);
    expect(a.notes.map((n) => n.th)).toEqual([
      'ผลการประเมินปีงบประมาณ พ.ศ. 2565 อ่านจากแผ่นงาน "ผลย้อนหลัง" แถว 4',
      'ผลการประเมินปีงบประมาณ พ.ศ. 2567 อ่านจากแผ่นงาน "2567" และแผ่นงาน "ผลย้อนหลัง" แถว 5',
    ]);
  });

  test("another agency's sheet is left alone; a later year of the same agency is named, not compared", () => {
    const a = historyOf(
      SHEET_2567,
      [
        { name: 'ทุ่งผึ้ง', grid: GRID_001 },
        { name: '2568', grid: SHEET_2568 },
      ],
      '2567',
    );
    expect(a.history).toBeUndefined();
    expect(a.warnings.map((w) => w.th)).toContain(
      'แผ่นงาน "2568" เป็นผลการประเมินปีงบประมาณ พ.ศ. 2568 ซึ่งใหม่กว่าปีที่วิเคราะห์ (พ.ศ. 2567) จึงไม่นำมาเปรียบเทียบ หากต้องการวิเคราะห์ผลปี 2568 โปรดเลือกแผ่นงานนั้นเป็นแผ่นงานคะแนน',
    );
  });

  test('unnamed sheets go with a named one only in a file that names no other agency', () => {
    const unnamed = SHEET_2567.map((r) => (r[0] === 'ชื่อหน่วยงาน' ? [r[0], ''] : r));
    const source = readScoreSheet(SHEET_2568, '2568');
    expect(gatherYears(source, 2568, [{ name: 'Sheet2', grid: unnamed }]).years.map((y) => y.year)).toEqual([2567]);
    expect(
      gatherYears(source, 2568, [
        { name: 'Sheet2', grid: unnamed },
        { name: 'ทุ่งผึ้ง', grid: GRID_001 },
      ]).years,
    ).toEqual([]);
  });

  test('our generated sheets are never an earlier year (the analysis sheet repeats the ten scores)', () => {
    const first = runPipeline({ grid: SHEET_2567, sheetName: '2567' });
    const analysisSheet = specToGrid(first.model.sheets.find((s) => s.name === 'การวิเคราะห์ผล ITA')!);
    expect(historyOf(SHEET_2568, [{ name: 'การวิเคราะห์ผล ITA', grid: analysisSheet }]).history).toBeUndefined();
  });

  test('no earlier year: no comparison, nothing noted', () => {
    const a = historyOf(SHEET_2568);
    expect(a.history).toBeUndefined();
    expect(a.notes).toEqual([]);
  });
});
