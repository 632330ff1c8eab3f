import { selectSources, type Sheet } from '../../src/cli/sources';
import { ItaError } from '../../src/core/errors';
import { type Grid, isFormulaValue } from '../../src/core/grid';
import { runPipeline } from '../../src/core/pipeline';
import { SETTINGS_HEADER } from '../../src/core/settings';
import { GRID_001, GRID_002 } from '../core/examples';

const generated: Sheet[] = runPipeline({ grid: GRID_001, sheetName: 'คะแนน ITA' }).model.sheets.map((s) => ({
  name: s.name,
  grid: s.rows.map((r) => r.map((v) => (isFormulaValue(v) ? null : v))) as Grid,
}));
const plan = generated.find((s) => s.name === 'มาตรการ ITA')!;
const SETTINGS: Grid = [SETTINGS_HEADER, [2570, 2566, 30, 15, 15, 40]];

function thrown(fn: () => unknown): ItaError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ItaError);
    return e as ItaError;
  }
  throw new Error('no error');
}

describe('selectSources', () => {
  test('our own workbook: only its score sheet, even with renamed and per-division sheets', () => {
    const sheets: Sheet[] = [
      { name: 'คะแนน ITA', grid: GRID_001 },
      ...generated.map((s) => (s === plan ? { ...s, name: 'แผนของกอง' } : s)),
      { name: 'มาตรการ ITA - กองคลัง', grid: [plan.grid[2].slice(0, 12), ['ไม่มีมาตรการของหน่วยงานนี้']] },
      { name: 'น้ำหนักปี 70', grid: SETTINGS },
    ];
    const s = selectSources(sheets, 'ours.xlsx');
    expect(s.sources.map((x) => x.name)).toEqual(['คะแนน ITA']);
    expect(s.ours).toBe(true);
    expect(s.skipped).toEqual([]);
    expect(s.settings).toBe(SETTINGS);
  });

  test('a province file: complete sheets, a sheet with a missing score kept (to report it), notes skipped by name', () => {
    const missing = GRID_002.map((r) => (r[0] === 4 ? [4, r[1], null] : r));
    const s = selectSources(
      [
        { name: 'ทุ่งผึ้ง', grid: GRID_001 },
        { name: 'ลำพูน', grid: missing },
        { name: 'หมายเหตุ', grid: [['ส่งภายใน 30 วัน']] },
      ],
      'province.xlsx',
    );
    expect(s.sources.map((x) => x.name)).toEqual(['ทุ่งผึ้ง', 'ลำพูน']);
    expect(s.skipped).toEqual(['หมายเหตุ']);
    expect(s.ours).toBe(false);
  });

  test('a sheet with a value the reader rejects is kept, so the cell at fault is reported', () => {
    const bad = GRID_002.map((r) => (r[0] === 3 ? [3, r[1], 150] : r));
    expect(selectSources([{ name: 'ลำพูน', grid: bad }], 'x.xlsx').sources).toHaveLength(1);
  });

  test('--sheet: by name, trimmed; an unknown one lists the sheets there are; one of ours is refused', () => {
    const sheets: Sheet[] = [{ name: 'คะแนน ', grid: GRID_001 }, ...generated];
    expect(selectSources(sheets, 'x.xlsx', 'คะแนน').sources[0].name).toBe('คะแนน ');
    const unknown = thrown(() => selectSources(sheets, 'x.xlsx', 'Sheet1'));
    expect(unknown.th).toContain('ไม่พบแผ่นงานชื่อ "Sheet1" ในไฟล์ x.xlsx');
    expect(unknown.en).toContain('"คะแนน ", "หน่วยงานภายใน", "การวิเคราะห์ผล ITA"');
    const ours = thrown(() => selectSources(sheets, 'x.xlsx', 'การวิเคราะห์ผล ITA'));
    expect(ours.th).toBe('แผ่นงาน "การวิเคราะห์ผล ITA" ในไฟล์ x.xlsx เป็นแผ่นงานการวิเคราะห์ผลที่โปรแกรมสร้างขึ้น ไม่ใช่แผ่นงานคะแนน โปรดระบุแผ่นงานคะแนนด้วย --sheet');
  });

  test("one agency's sheets of several years: the latest is the source, the earlier ones its history; the ผลย้อนหลัง sheet is never a source", () => {
    const earlier = GRID_002.map((r) => (r[0] === 'ปีงบประมาณที่ประเมิน (พ.ศ.)' ? [r[0], 2567] : r));
    const sel = selectSources(
      [
        { name: 'ลำพูน 2567', grid: earlier },
        { name: 'ทุ่งผึ้ง', grid: GRID_001 },
        { name: 'ลำพูน 2568', grid: GRID_002 },
        {
          name: 'ผลย้อนหลัง',
          grid: [
            ['ปีงบประมาณ (พ.ศ.)', 'คะแนนรวม', 'ระดับผลการประเมิน', '1. การปฏิบัติหน้าที่'],
            [2566, 91.29, 'ผ่านดี', 90.12],
          ],
        },
      ],
      'province.xlsx',
    );
    expect(sel.sources.map((x) => x.name)).toEqual(['ทุ่งผึ้ง', 'ลำพูน 2568']);
    expect(sel.earlier).toEqual([{ sheet: 'ลำพูน 2567', of: 'ลำพูน 2568' }]);
    expect(sel.skipped).toEqual([]);
  });
});
