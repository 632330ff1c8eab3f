/** "สรุปหลายหน่วยงาน" in the add-on: a table of agencies → the roll-up sheets, through the recording fake. */
import { server } from '../../src/gas/server';
import { summarizeAgencies } from '../../src/gas/rollup';
import { agencyTable } from '../tools/agencies';
import { installFakeApps, type FakeSpreadsheet, type Recorder } from './fake-sheets';

let ss: FakeSpreadsheet;
let rec: Recorder;

beforeEach(() => {
  ({ ss, rec } = installFakeApps());
});

describe('the roll-up in the add-on', () => {
  test('reads each sheet once, then writes the sheets the command line writes, the same figures', () => {
    ss.seed('ผลคะแนนรายหน่วยงาน', agencyTable({ agencies: 120, years: [2567, 2568], abbreviateLater: true }));
    rec.reset();
    const r = summarizeAgencies({ groupBy: 'district' });
    expect(rec.readsAfterWrites()).toEqual([]);
    expect(rec.calls.filter((c) => c === 'Range.getValues')).toHaveLength(1);
    expect(r).toMatchObject({ year: 2568, previousYear: 2567, agencies: 120, mean: 82.63, reaching: 55, leftOut: [] });
    expect(r.sheets).toEqual(['สรุปผล ITA หลายหน่วยงาน', 'อันดับผล ITA', 'ผลรายตัวชี้วัด หลายหน่วยงาน', 'หน่วยงานที่ต้องติดตาม', 'ผลเปลี่ยนแปลงจากปีก่อน']);
    const ranking = ss.getSheetByName('อันดับผล ITA')!;
    expect(ranking.get(3, 1)).toBe(1);
    expect(ranking.lastRow()).toBe(122);
    const overview = ss.getSheetByName('สรุปผล ITA หลายหน่วยงาน')!;
    expect(overview.get(2, 2)).toBe(120);
    // Service calls do not grow with the rows: a second run over the same sheets.
    const first = rec.calls.length;
    rec.reset();
    summarizeAgencies({ groupBy: 'district' });
    // The roll-up sheets are ours: never read as input on the second run.
    expect(rec.calls.filter((c) => c === 'Range.getValues')).toHaveLength(1);
    console.log(`roll-up of 120 agencies: ${first} service calls on the first run, ${rec.calls.length} on the second`);
    expect(rec.calls.length).toBeLessThan(first * 2);
  });

  test('a name typed as a formula stays text, and a bad row is listed with its cell', () => {
    ss.seed('ตาราง', [
      ['ชื่อหน่วยงาน', 'ปีงบประมาณ', 'คะแนนรวม', 'ระดับ'],
      // Text typed with an apostrophe: getValues shows it as '=HYPERLINK("x")'.
      ['\'=HYPERLINK("x")', 2568, 90, 'ผ่านดี'],
      ['อบต.ก', 2568, 'เก้าสิบ', 'ผ่านดี'],
    ]);
    const r = summarizeAgencies({});
    expect(r.agencies).toBe(1);
    expect(r.leftOut.map((l) => l.th)).toEqual(['แผ่นงาน "ตาราง" เซลล์ C3: ไม่ใช่ตัวเลข ("เก้าสิบ") จึงไม่นำมาคำนวณ']);
    expect(ss.getSheetByName('อันดับผล ITA')!.get(3, 2)).toBe(`'=HYPERLINK("x")`);
  });

  test('arguments are checked, in Thai and English', () => {
    expect(() => server.summarizeAgencies({ groupBy: 'amphoe' })).toThrow(
      'ค่าที่ส่งมาไม่ถูกต้อง: การจำแนกผล ("amphoe") ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: อำเภอ (district), ประเภท (type), จังหวัด (province) / Invalid value: the grouping ("amphoe") must be one of: district, type, province',
    );
    expect(() => summarizeAgencies({ sourceSheet: 'ไม่มี' })).toThrow('ไม่พบแผ่นงานชื่อ "ไม่มี" / Sheet "ไม่มี" not found');
  });
});
