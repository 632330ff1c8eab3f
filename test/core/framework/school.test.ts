/** A school's framework defined in the sheet: its own OIT list drives worths, advice, the path and the template. */
import { analyse } from '../../../src/core/analysis';
import { itemAdvice } from '../../../src/core/advice';
import { editionForYear } from '../../../src/core/editions';
import { chooseFramework, readFramework } from '../../../src/core/framework';
import { templateSheet } from '../../../src/core/layout/template-sheet';
import { readScoreSheet } from '../../../src/core/sheet-input';
import { itemWorths } from '../../../src/core/worth';
import { SCHOOL, SCHOOL_ITEMS, SCHOOL_NAME, SCHOOL_SCORES, schoolFrameworkGrid } from './school';

const defs = readFramework([{ name: 'กรอบการประเมิน', grid: schoolFrameworkGrid() }]);

describe('a school framework defined in the sheet', () => {
  test('23 OIT items in 7 sub-indicators; IIT, EIT, weights and levels from the built-in 2569 edition', () => {
    const { edition, sheets, describe: d } = chooseFramework(defs, 2569, SCHOOL);
    expect(sheets).toEqual(['กรอบการประเมิน']);
    expect(d.th).toBe(`กรอบที่ผู้ใช้กำหนดในแผ่นงาน กรอบการประเมิน: ${SCHOOL_NAME}`);
    const oit = edition.itemLists.OIT;
    expect(oit.items).toHaveLength(23);
    expect(oit.subIndicators?.map((s) => `${s.id}:${s.items.length}`)).toEqual(['9.1:5', '9.2:2', '9.3:4', '9.4:3', '9.5:3', '10.1:4', '10.2:2']);
    const base = editionForYear(2569);
    expect(edition.itemLists.IIT).toBe(base.itemLists.IIT);
    expect(edition.itemLists.EIT).toBe(base.itemLists.EIT);
    expect(edition.tools).toBe(base.tools);
    expect(edition).toMatchObject({ id: '2569 (สถานศึกษา)', fromYear: 2569, toYear: 2569, agencyGroup: SCHOOL, labelTh: SCHOOL_NAME, target: 85 });
    // The overview row was given with its note blank: the built-in's "2569 is not yet published" note is the user's to keep or drop.
    expect(edition.noteTh).toBeUndefined();
  });

  test('item worths follow its grouping: an item of 9.2 (2 items) is worth exactly 5/2 of one of 9.1 (5 items)', () => {
    const { edition } = chooseFramework(defs, 2569, SCHOOL);
    const worths = itemWorths(
      edition,
      new Map([
        ['o1', 0],
        ['o7', 0],
      ]),
    );
    // OIT 40 % over 2 indicators, 5 sub-indicators in indicator 9: 40 / (2 × 5 × n) points per item.
    expect(worths.map((w) => [w.code, w.sub, w.points])).toEqual([
      ['o7', '9.2', 2],
      ['o1', '9.1', 0.8],
    ]);
    expect(worths[0].points / worths[1].points).toBe(5 / 2);
    // The same code in the general 2569 list sits in a 5-item sub-indicator of its own.
    expect(itemWorths(editionForYear(2569), new Map([['o7', 0]]))[0]).toMatchObject({ sub: '9.2', points: 2 });
    expect(itemWorths(editionForYear(2569), new Map([['o1', 0]]))[0]).toMatchObject({ sub: '9.1', points: 0.8 });
  });

  test('the analysis, advice and path follow it; SAR gets generic advice, marked, and a warning names it', () => {
    const a = analyse(readScoreSheet(SCHOOL_SCORES, 'คะแนน ITA'), { definitions: defs });
    expect(a.framework.th).toBe(`กรอบที่ผู้ใช้กำหนดในแผ่นงาน กรอบการประเมิน: ${SCHOOL_NAME}`);
    expect([a.total, a.level?.th]).toEqual([94.8, 'ผ่านดี']);
    const low = a.indicators[8].lowItems;
    expect(low.map((i) => [i.code, i.wordingTh, i.generic])).toEqual([
      ['o1', 'โครงสร้างและอำนาจหน้าที่', false],
      ['o7', 'รายงานผลการประเมินตนเอง (SAR)', true],
    ]);
    // o1 matches the general 2568 list's o1 by name: the catalogue's own advice.
    expect(low[0].adviceTh).toBe(itemAdvice('oit-2568', 'o1')!.adviceTh);
    expect(low[0].fixedBy).toEqual([{ code: 'o1', nameTh: 'โครงสร้างและอำนาจหน้าที่' }]);
    expect(low[1].adviceTh).toMatch(/^\(ข้อเสนอแนะทั่วไป\) หน่วยงานควรตรวจสอบหลักเกณฑ์ของข้อ o7 รายงานผลการประเมินตนเอง \(SAR\)/);
    expect(low[1].adviceTh).toContain('ตัวชี้วัดย่อยที่ 9.2 การบริหารงานวิชาการ');
    expect(low[1].issueTh).toBe('ไม่พบรายงานผลการประเมินตนเอง (SAR) บนเว็บไซต์หลักของหน่วยงาน หรือข้อมูลที่เผยแพร่ยังไม่ครบถ้วนตามหลักเกณฑ์ของตัวชี้วัดย่อยที่ 9.2 การบริหารงานวิชาการ');
    expect(low[1].measure).toBe('oit-disclosure');
    expect(a.warnings.map((w) => w.en)).toEqual([
      'No catalogue advice for these items, so generic advice was built from their names and sub-indicators; please review it: o7',
    ]);
    // Path to 95: SAR alone (2 points) gets there; o1 is worth 0.8.
    expect(a.paths?.top.steps.map((s) => [s.code, s.points, s.totalAfter, s.oitAfter])).toEqual([['o7', 2, 96.8, 98]]);
    expect(a.paths?.top.reached).toBe(true);
  });

  test('an agency of another type is analysed with the general framework, and told why', () => {
    const grid = SCHOOL_SCORES.map((r) => [...r]);
    grid[2][1] = 'เทศบาลตำบล';
    const a = analyse(readScoreSheet(grid, 'คะแนน ITA'), { definitions: defs });
    expect(a.framework.th).toBe('เกณฑ์ที่ติดมากับโปรแกรม: เกณฑ์ พ.ศ. 2569 (ใช้เกณฑ์ปี 2568)');
    expect(a.warnings[0].th).toContain('กำหนดกรอบการประเมินปี 2569 ของกลุ่มหน่วยงาน สถานศึกษา ไว้ แต่ประเภทหน่วยงานในแผ่นงานคะแนน "เทศบาลตำบล" ไม่ตรงกับกลุ่มใด');
  });

  test('the template lists its items', () => {
    const { edition } = chooseFramework(defs, 2569, SCHOOL);
    const rows = templateSheet(edition, { year: 2569, agencyType: SCHOOL }).rows;
    const items = rows.filter((r) => typeof r[0] === 'string' && /^o\d+$/.test(r[0] as string));
    expect(items.map((r) => r[0])).toEqual(SCHOOL_ITEMS.map((i) => i.code));
    expect(items[6]).toEqual(['o7', 'รายงานผลการประเมินตนเอง (SAR)', null]);
  });
});
