import { toArabicDigits } from '../../../src/core/numbers';
import { COL, OBSOLETE_MARK, PLAN_COLUMNS } from '../../../src/core/plan';
import type { Grid } from '../../../src/core/grid';
import { officialFigures, timeframeText } from '../../../src/core/report';
import { analyse } from '../../../src/core/analysis';
import { readScoreSheet } from '../../../src/core/sheet-input';
import { GRID_001, GRID_002 } from '../examples';
import { GRID_FAILING, reportOf } from './fixtures';

describe('report model', () => {
  test('example 001: figures, indicators, measures from the plan sheet, blank signers', () => {
    const m = reportOf(GRID_001);
    expect(m).toMatchObject({
      agency: 'เทศบาลตำบลทุ่งผึ้ง',
      year: 2568,
      planYear: 2569,
      total: 96.47,
      level: 'ผ่านดีเยี่ยม',
      form: 'report',
      digits: 'thai',
      measuresItem: 'o27',
    });
    expect(m.indicators.map((r) => r.score)).toEqual([98.29, 99.15, 100, 97.95, 100, 96.22, 96.12, 95.17, 90, 100]);
    expect(m.indicators.every((r) => r.pass)).toBe(true);
    expect(m.tools.map((t) => [t.id, t.weight, t.score])).toEqual([
      ['IIT', 30, 99.08],
      ['EIT1', 15, 95.37],
      ['EIT2', 15, 96.3],
      ['OIT', 40, 95],
    ]);
    expect(m.measures).toHaveLength(8); // 7 for the findings and the routine ITA measure
    expect(m.measures[0]).toMatchObject({ no: 1, owner: 'สำนักปลัด' });
    expect(m.measures.map((r) => r.timeframe)).toContain('ตลอดปีงบประมาณ พ.ศ. 2569');
    expect(m.preparer).toEqual({ name: '', position: '' });
    expect(m.levels[0]).toEqual({ level: 'ผ่านดีเยี่ยม', min: 95, max: 100, everyTool: 95 });
  });

  test('failing indicators and items: weaknesses, low items with advice, the path, the level', () => {
    const m = reportOf(GRID_FAILING);
    expect(m.total).toBe(89.41);
    expect(m.level).toBe('ผ่าน');
    expect(m.weaknesses).toEqual([9, 1]);
    expect(m.indicators.filter((r) => !r.pass).map((r) => r.no)).toEqual([1, 9]);
    expect(m.lowItems.map((i) => i.code)).toEqual(expect.arrayContaining(['i1', 'i2', 'o6', 'o10']));
    expect(m.lowItems.find((i) => i.code === 'i1')!.advice).not.toBe('');
    expect(m.paths?.[0].target).toBe(85);
    // The plan's cells carry Thai digits; the document writes them in its own digits.
    expect(m.measures.some((r) => /ข้อ o6 /.test(toArabicDigits(r.analysis)))).toBe(true);
    expect(m.measures.some((r) => toArabicDigits(r.analysis).startsWith('ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (65.00 คะแนน)'))).toBe(true);
  });

  test('the plan as people left it: edited owner and dates, rows added by hand, obsolete and blank rows left out', () => {
    const m = reportOf(GRID_001, {
      edit: (plan) => {
        plan[3][COL.owner] = 'กองช่าง';
        plan[3][COL.start] = { date: '2025-11-01' };
        plan[3][COL.deadline] = { date: '2026-03-31' };
        plan[4][COL.note] = `${OBSOLETE_MARK} ไม่ต้องดำเนินการแล้ว`;
        const mine: Grid[number] = new Array(PLAN_COLUMNS.length).fill('');
        mine[COL.measure] = 'อบรมจริยธรรมพนักงานใหม่';
        mine[COL.steps] = '1. จัดอบรม';
        mine[COL.owner] = 'กองการศึกษา';
        mine[COL.start] = { date: '2026-01-01' };
        mine[COL.deadline] = { date: '2026-01-31' };
        mine[COL.followUp] = 'รายงานในที่ประชุมประจำเดือน';
        mine[COL.status] = 'ยังไม่เริ่ม';
        mine[COL.progress] = 0;
        plan.push(new Array(PLAN_COLUMNS.length).fill(null), mine);
      },
    });
    expect(m.measures).toHaveLength(8); // 8 − 1 obsolete + 1 by hand; the blank row is gone
    expect(m.measures[0]).toMatchObject({ owner: 'กองช่าง', timeframe: 'พฤศจิกายน 2568 – มีนาคม 2569' });
    expect(m.measures[7]).toMatchObject({ no: 8, measure: 'อบรมจริยธรรมพนักงานใหม่', owner: 'กองการศึกษา', timeframe: 'มกราคม 2569', analysis: '' });
  });

  test('fields from the ข้อมูลรายงาน sheet: labels found by text, date cells, prefixes kept once', () => {
    const m = reportOf(GRID_001, {
      fields: [
        ['ข้อมูลสำหรับรายงาน'],
        ['ชื่อผู้จัดทำ', 'นางสาวสมใจ ใจดี'],
        ['ตำแหน่งผู้จัดทำ :', 'นักวิเคราะห์นโยบายและแผน'],
        ['ผู้บริหาร', 'นายสมชาย รักดี'],
        ['ตำแหน่งผู้บริหาร', 'นายกเทศมนตรีตำบลทุ่งผึ้ง'],
        ['อำเภอ', 'แจ้ห่ม'],
        ['จังหวัด', 'ลำปาง'],
        ['วันที่', { date: '2025-11-20' }],
      ],
    });
    expect(m.preparer).toEqual({ name: 'นางสาวสมใจ ใจดี', position: 'นักวิเคราะห์นโยบายและแผน' });
    expect(m.executive).toEqual({ name: 'นายสมชาย รักดี', position: 'นายกเทศมนตรีตำบลทุ่งผึ้ง' });
    expect(m.proposer).toEqual({ name: '', position: '' });
    expect([m.district, m.province]).toEqual(['แจ้ห่ม', 'ลำปาง']);
    expect(m.issued).toEqual({ d: 20, m: 11, y: 2568 });
  });

  test('a plan sheet whose header was deleted is named in the error', () => {
    expect(() => reportOf(GRID_001, { edit: (plan) => plan.splice(2, 1) })).toThrow(
      /แผ่นงาน "มาตรการ ITA": ไม่พบแถวหัวตารางของแผนมาตรการ.* \/ sheet "มาตรการ ITA": the plan's header row/,
    );
  });

  test('the document states the official (published) figures: 90.14 for example 002, recomputed 90.15', () => {
    const a = analyse(readScoreSheet(GRID_002, 'คะแนน'));
    expect(officialFigures(a)).toEqual({ total: 90.14, level: 'ผ่าน' });
  });
});

describe('timeframeText', () => {
  const d = (iso: string) => ({ date: iso });
  test.each([
    [d('2025-10-01'), d('2026-09-30'), 'ตลอดปีงบประมาณ พ.ศ. 2569'],
    // Its last step reports on the year: due in October after it (issue 21).
    [d('2025-10-01'), d('2026-10-31'), 'ตลอดปีงบประมาณ พ.ศ. 2569 และรายงานผลภายในเดือนตุลาคม 2569'],
    [d('2025-10-01'), d('2025-12-31'), 'ตุลาคม – ธันวาคม 2568'],
    [d('2025-10-01'), d('2026-03-31'), 'ตุลาคม 2568 – มีนาคม 2569'],
    [d('2025-11-01'), d('2025-11-30'), 'พฤศจิกายน 2568'],
    [d('2025-10-01'), d('2025-11-15'), '1 ตุลาคม 2568 – 15 พฤศจิกายน 2568'],
    ['', d('2025-11-30'), 'ภายในเดือนพฤศจิกายน 2568'],
    [d('2025-10-01'), '', 'ตั้งแต่เดือนตุลาคม 2568 เป็นต้นไป'],
    ['ไตรมาสที่ 1', 'ไตรมาสที่ 2', 'ไตรมาสที่ 1 – ไตรมาสที่ 2'],
    ['', '', ''],
  ])('%j – %j → %s', (start, deadline, text) => {
    expect(timeframeText(start, deadline, 2569)).toBe(text);
  });
});
