import { server } from '../../src/gas/server';
import { ANALYSIS_SHEET, PLAN_SHEET } from '../../src/core/sheet-names';
import { COL } from '../../src/core/plan';
import { generateAnalysis } from '../../src/gas/generate';
import { getReportData } from '../../src/gas/report';
import { GRID_001 } from '../core/examples';
import { installFakeApps, type FakeSpreadsheet, type Recorder } from './fake-sheets';

let ss: FakeSpreadsheet;
let rec: Recorder;
beforeEach(() => ({ ss, rec } = installFakeApps()));

describe('getReportData with a recording fake of SpreadsheetApp', () => {
  test('the model from the sheets as they are now, with sidebar fields over the ข้อมูลรายงาน sheet; read only', () => {
    ss.seed('คะแนน ITA', GRID_001);
    generateAnalysis({});
    const plan = ss.getSheetByName(PLAN_SHEET)!;
    plan.set(4, COL.owner + 1, 'กองช่าง');
    ss.seed('ข้อมูลรายงาน', [
      ['ชื่อผู้จัดทำ', 'นายเดิม'],
      ['จังหวัด', 'ลำปาง'],
    ]);
    rec.reset();
    const m = getReportData({ form: 'memo', digits: 'arabic', fields: { preparerName: 'นางสาวสมใจ ใจดี' } });
    expect(m).toMatchObject({
      form: 'memo',
      digits: 'arabic',
      agency: 'เทศบาลตำบลทุ่งผึ้ง',
      total: 96.47,
      level: 'ผ่านดีเยี่ยม',
      province: 'ลำปาง',
      preparer: { name: 'นางสาวสมใจ ใจดี', position: '' },
    });
    expect(m.measures[0].owner).toBe('กองช่าง');
    expect(JSON.parse(JSON.stringify(m))).toEqual(m); // plain data through google.script.run
    expect(rec.calls.some((c) => /set|insert|Lock/.test(c))).toBe(false);
  });

  test('clear errors: no analysis yet, a bad argument', () => {
    ss.seed('คะแนน ITA', GRID_001);
    expect(() => getReportData({})).toThrow(`ไม่พบแผ่นงาน "${ANALYSIS_SHEET}" และ "${PLAN_SHEET}" ในสเปรดชีตนี้`);
    expect(() => server.getReportData({ form: 'letter' })).toThrow(
      'ค่าที่ส่งมาไม่ถูกต้อง: รูปแบบรายงาน ("letter") ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: รายงาน (report), บันทึกข้อความ (memo)',
    );
    expect(() => server.getReportData({ fields: { evil: 'x' } })).toThrow('ค่าที่ส่งมาไม่ถูกต้อง: ผู้ลงนาม มีช่องที่ไม่รู้จัก: evil');
  });

  test("the sidebar's document date as typed (20/11/2568), over the approval day; a bad one named", () => {
    ss.seed('คะแนน ITA', GRID_001);
    generateAnalysis({ approvalDate: '2025-11-03' });
    expect(getReportData({}).issued).toEqual({ d: 3, m: 11, y: 2568 });
    expect(getReportData({ docDate: '20/11/2568' }).issued).toEqual({ d: 20, m: 11, y: 2568 });
    expect(() => getReportData({ docDate: '20 พฤศจิ 2568' })).toThrow('วันที่ของเอกสาร ต้องเป็นวันที่ เช่น 20 พ.ย. 2568');
  });
});
