import { server } from '../../src/gas/server';
import { toThaiDigits } from '../../src/core/numbers';
/** User-defined frameworks in the add-on, through the recording fake of SpreadsheetApp. */
import { installFakeApps, type FakeSpreadsheet, type Recorder } from './fake-sheets';
import { insertFramework } from '../../src/gas/framework';
import { generateAnalysis, insertScoreTemplate } from '../../src/gas/generate';
import { isGeneratedName } from '../../src/gas/sheets-find';
import { readerOf } from '../../src/gas/sheets-io';
import { editionForYear } from '../../src/core/editions';
import { chooseFramework, readFramework } from '../../src/core/framework';
import { ANALYSIS_SHEET } from '../../src/core/sheet-names';
import { GRID_001 } from '../core/examples';
import { SCHOOL, SCHOOL_NAME, SCHOOL_SCORES, schoolFrameworkGrid } from '../core/framework/school';

let ss: FakeSpreadsheet;
let rec: Recorder;
beforeEach(() => ({ ss, rec } = installFakeApps()));

/** Writes that reached the document (reads and builders excluded). */
const writes = () => rec.calls.filter((c) => /^(Sheet|Range|RangeList|Spreadsheet)\.(set\w+|clear\w*|insert\w+|merge|protect|copyTo|activate)$/.test(c));

const rowOf = (name: string, label: string) => {
  const sheet = ss.getSheetByName(name)!;
  for (let r = 1; r <= sheet.lastRow(); r++) if (sheet.get(r, 1) === label) return r;
  return -1;
};

describe('copying a built-in edition into the กรอบการประเมิน sheet', () => {
  test('writes the sheet the reader takes back as the same edition, with the agency group on every row', () => {
    const r = insertFramework({ year: 2569, group: SCHOOL });
    expect(r).toMatchObject({ sheet: 'กรอบการประเมิน', framework: 'เกณฑ์ พ.ศ. 2569 (ใช้เกณฑ์ปี 2568)', group: SCHOOL });
    const sheet = ss.getSheetByName('กรอบการประเมิน')!;
    const defs = readFramework([{ name: sheet.getName(), grid: readerOf(ss as never).grid(sheet as never) }]);
    const { edition } = chooseFramework(defs, 2569, SCHOOL);
    const { id: _id, agencyGroup, labelTh: _label, ...rest } = edition;
    const { id: _bid, labelTh: _blabel, ...builtin } = editionForYear(2569);
    expect(agencyGroup).toBe(SCHOOL);
    expect(rest).toStrictEqual(builtin);
    expect(sheet.validations.length).toBeGreaterThan(0);
  });

  test('never over a sheet, and never a year the sheets already define for that group', () => {
    insertFramework({ year: 2568 });
    expect(insertFramework({ year: 2566 }).sheet).toBe('กรอบการประเมิน (2)');
    expect(() => insertFramework({ year: 2568 })).toThrow(
      'แผ่นงาน กรอบการประเมิน เซลล์ A7 กำหนดกรอบการประเมินของปี พ.ศ. 2568 ไว้แล้ว จึงไม่คัดลอกเกณฑ์ พ.ศ. 2568 ซ้ำ: แก้ไขในแผ่นงานเดิม หรือลบแถวของปีนั้นก่อน',
    );
    expect(insertFramework({ year: 2568, group: SCHOOL }).sheet).toBe('กรอบการประเมิน (3)');
    expect(() => server.insertFramework({ year: 2500 })).toThrow('ค่าที่ส่งมาไม่ถูกต้อง: ปีงบประมาณที่ประเมิน (2500) ต้องไม่น้อยกว่า 2561');
  });
});

describe('Generate with a school framework defined in the sheet', () => {
  test('the analysis follows it and says so; SAR gets generic advice; the result names the framework', () => {
    ss.seed('คะแนน ITA', SCHOOL_SCORES);
    ss.seed('กรอบการประเมิน', schoolFrameworkGrid());
    const result = generateAnalysis({});
    expect(result).toMatchObject({ score: 94.8, level: 'ผ่านดี' });
    expect(result.framework).toEqual({
      th: `กรอบที่ผู้ใช้กำหนดในแผ่นงาน กรอบการประเมิน: ${SCHOOL_NAME}`,
      en: `User definition in sheet กรอบการประเมิน: ${SCHOOL_NAME}`,
    });
    expect(result.path?.th).toBe('เผยแพร่ข้อมูล OIT เพิ่ม 1 รายการ (o7) จะได้คะแนนรวม 96.80 ถึงค่าเป้าหมาย 95');
    const analysis = ss.getSheetByName(ANALYSIS_SHEET)!;
    expect(analysis.get(rowOf(ANALYSIS_SHEET, 'กรอบการประเมินที่ใช้'), 2)).toBe(`กรอบที่ผู้ใช้กำหนดในแผ่นงาน กรอบการประเมิน: ${toThaiDigits(SCHOOL_NAME)}`); // the sheet's text is in Thai digits
    const sar = rowOf(ANALYSIS_SHEET, 'o๗'); // item codes follow the sheet's Thai digits, as the agencies' documents write them
    expect(analysis.get(sar, 2)).toBe('รายงานผลการประเมินตนเอง (SAR)');
    expect(String(analysis.get(sar, 9))).toMatch(/^\(ข้อเสนอแนะทั่วไป\) /);
    expect(result.warnings.map((w) => w.th)).toEqual([
      'ข้อต่อไปนี้ไม่มีข้อเสนอแนะเฉพาะในคลังข้อเสนอแนะ จึงใช้ข้อเสนอแนะทั่วไปที่สร้างจากชื่อข้อและตัวชี้วัดย่อย โปรดทบทวนให้เหมาะกับหน่วยงาน: o7 รายงานผลการประเมินตนเอง (SAR)',
    ]);
  });

  test('without a framework sheet the built-in edition is used, and named', () => {
    ss.seed('คะแนน ITA', GRID_001);
    expect(generateAnalysis({}).framework?.th).toBe('เกณฑ์ที่ติดมากับโปรแกรม: เกณฑ์ พ.ศ. 2568');
  });

  test('an invalid definition stops Generate before anything is written, naming the cell', () => {
    ss.seed('คะแนน ITA', SCHOOL_SCORES);
    const grid = schoolFrameworkGrid();
    grid[3][3] = 40; // IIT 40 with the built-in 15 + 15 + 40: 110
    ss.seed('กรอบการประเมิน', grid);
    rec.reset();
    expect(() => generateAnalysis({})).toThrow('แผ่นงาน กรอบการประเมิน เซลล์ D4: น้ำหนักเครื่องมือของปี พ.ศ. 2569 รวมได้ 110 ต้องรวมเป็น 100');
    expect(writes()).toEqual([]);
    expect(ss.getSheetByName(ANALYSIS_SHEET)).toBeNull();
  });

  test('the template follows it, and the framework sheet is never taken for a score sheet', () => {
    ss.seed('กรอบการประเมิน', schoolFrameworkGrid());
    const t = insertScoreTemplate({ year: 2569, agencyType: SCHOOL });
    const sheet = ss.getSheetByName(t.sheet)!;
    const codes = [...Array(sheet.lastRow()).keys()].map((k) => sheet.get(k + 1, 1)).filter((v) => typeof v === 'string' && /^o\d+$/.test(v));
    expect(codes).toHaveLength(23);
    expect(sheet.get(rowOf(t.sheet, 'o7'), 2)).toBe('รายงานผลการประเมินตนเอง (SAR)');
    expect(isGeneratedName('กรอบการประเมิน')).toBe(true);
    expect(isGeneratedName('กรอบการประเมิน (2)')).toBe(true);
  });
});
