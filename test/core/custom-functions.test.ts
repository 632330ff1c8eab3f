import { itaGapFn, itaRating, itaScore } from '../../src/core/custom-functions';
import { EX001, EX002, EX003 } from './fixtures';

const row = (xs: unknown[]) => [xs];
const col = (xs: unknown[]) => xs.map((x) => [x]);

describe('ITA_SCORE', () => {
  test('a row or a column of 10 indicators, or 3/4 tools', () => {
    expect(itaScore(row(EX001.indicators), 2568)).toBe(96.47);
    expect(itaScore(col(EX001.indicators), '๒๕๖๘')).toBe(96.47);
    expect(itaScore(row(EX001.tools), 2025)).toBe(96.47);
    expect(itaScore(row([99.92, 99.29, 100]), 2565)).toBe(99.76);
    expect(itaScore(row(EX002.indicators), 2568)).toBe(90.15);
    expect(itaScore(row(EX003.indicators), 'พ.ศ. 2565')).toBe(99.76);
  });

  test('omitted year means the newest edition', () => {
    expect(itaScore(row(EX001.tools))).toBe(96.47);
    expect(itaScore(row(EX001.tools), '')).toBe(96.47);
  });

  test('text scores with Thai digits and spaces', () => {
    const text = ['๙๘.๒๙', ' 99.15 ', '๑๐๐', '97.95', 100, '96.22', '96.12', '95.17', '๙๐.๐๐', 100];
    expect(itaScore(row(text), 2568)).toBe(96.47);
  });

  test('many rows: one total per row, blank rows stay blank', () => {
    const rows = [EX001.indicators, Array(10).fill(''), EX002.indicators];
    expect(itaScore(rows, 2568)).toEqual([[96.47], [''], [90.15]]);
  });

  test('errors name the value, Thai then English', () => {
    const withBlank: unknown[] = [...EX001.indicators];
    withBlank[3] = '';
    expect(() => itaScore(row(withBlank), 2568)).toThrow('คะแนนตัวชี้วัดที่ 4 ว่าง / indicator 4 score is blank');
    expect(() => itaScore(row(['x', 1, 2]), 2568)).toThrow('คะแนน IIT ไม่ใช่ตัวเลข ("x") / IIT score is not a number ("x")');
    expect(() => itaScore(row([99, 101, 90, 90]), 2568)).toThrow('คะแนน EIT ส่วนที่ 1 อยู่นอกช่วง 0–100 (101) / EIT part 1 score is outside 0–100 (101)');
    expect(() => itaScore(row([1, 2, 3, 4, 5]), 2568)).toThrow(
      'คะแนน: มี 5 ค่า ต้องมี 10 ค่า (รายตัวชี้วัด) หรือ 3 หรือ 4 ค่า (รายเครื่องมือ) / scores: 5 values; need 10 (indicators) or 3 or 4 (tools)',
    );
    expect(() => itaScore(row([90, 90, 90, 90]), 2565)).toThrow('takes 10 indicator scores or 3 tool scores (IIT, EIT, OIT); got 4');
    expect(() => itaScore(row(EX001.tools), 2560)).toThrow('ไม่มีเกณฑ์การประเมินของปี 2560');
    expect(() => itaScore(row(EX001.tools), 'ปีก่อน')).toThrow('ปีงบประมาณ (year) ไม่ใช่ปีที่อ่านได้ ("ปีก่อน") / year is not a year ("ปีก่อน")');
    expect(() => itaScore(96.47)).toThrow('ได้ค่าเดียว ต้องเป็นแถวหรือคอลัมน์ของคะแนน 10 ตัวชี้วัด');
    expect(() => itaScore(undefined)).toThrow('คะแนน: ไม่ได้ระบุช่วงคะแนน / scores: no range of scores given');
    expect(() =>
      itaScore([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow('คะแนน: ช่วงขนาด 2×2 ไม่ใช่รูปแบบที่รองรับ');
  });
});

describe('many rows: one bad row says so in its own cell, the others still get results', () => {
  const blank4: unknown[] = [...EX002.indicators];
  blank4[3] = '';

  test('ITA_SCORE: the row with a blank names the row and the value', () => {
    expect(itaScore([EX001.indicators, blank4, EX002.indicators], 2568)).toEqual([
      [96.47],
      ['แถวที่ 2: คะแนนตัวชี้วัดที่ 4 ว่าง / row 2: indicator 4 score is blank'],
      [90.15],
    ]);
  });

  test('ITA_RATING: an agency whose level hinges on EIT parts 1 and 2 gets the reason, the others their level', () => {
    // Example 001's ten indicator scores total 96.47: ผ่านดีเยี่ยม only if both EIT parts reach 95, which they cannot tell.
    const result = itaRating([EX002.indicators, EX001.indicators, EX003.indicators.map(() => 60)], 2568) as string[][];
    expect(result[0]).toEqual(['ผ่าน']);
    expect(result[1][0]).toMatch(/^แถวที่ 2: ระดับผลการประเมินขึ้นกับว่า EIT ส่วนที่ 1 และส่วนที่ 2 ได้ 95 ขึ้นไปทั้งคู่หรือไม่/);
    expect(result[1][0]).toContain(' / row 2: The level depends on whether EIT part 1 and part 2 both reach 95');
    expect(result[2]).toEqual(['ต้องปรับปรุงโดยด่วน']);
  });

  test('ITA_RATING on a column of totals: an out-of-range total names its row', () => {
    expect(itaRating([[99.76], [101], [''], [84.99]], 2565)).toEqual([
      ['AA'],
      ['แถวที่ 2: คะแนนรวม อยู่นอกช่วง 0–100 (101) / row 2: total score is outside 0–100 (101)'],
      [''],
      ['B'],
    ]);
  });

  test("ITA_GAP passes a row's error text through and gaps the others", () => {
    expect(itaGapFn([EX002.indicators, blank4], 2568, 95)).toEqual([[4.85], ['แถวที่ 2: คะแนนตัวชี้วัดที่ 4 ว่าง / row 2: indicator 4 score is blank']]);
  });

  test('what is wrong with the whole range still throws', () => {
    expect(() => itaScore([EX001.indicators, blank4], 2560)).toThrow('ไม่มีเกณฑ์การประเมินของปี 2560');
    expect(() => itaRating([EX001.indicators, EX002.indicators], 2568, undefined, 'fr')).toThrow('ไม่รู้จักภาษา "fr"');
  });
});

describe('ITA_RATING', () => {
  test('a single total: letter band before 2566, pass level with tool scores from 2566', () => {
    expect(itaRating(99.76, 2565)).toBe('AA');
    expect(itaRating(96.47, 2568, row(EX001.tools))).toBe('ผ่านดีเยี่ยม');
    expect(itaRating(96.47, 2568, col(EX001.tools), 'en')).toBe('Pass – excellent');
    expect(itaRating(72, 2568)).toBe('ต้องปรับปรุง');
  });

  test("one agency's indicators or tools: total then level", () => {
    expect(itaRating(row(EX003.indicators), 2565)).toBe('AA');
    expect(itaRating(row(EX002.indicators), 2568)).toBe('ผ่าน');
    expect(itaRating(row(EX001.tools), 2568, undefined, 'EN')).toBe('Pass – excellent');
    expect(itaRating(row(EX001.indicators), 2568, row(EX001.tools))).toBe('ผ่านดีเยี่ยม');
  });

  test('a column of totals gives a column of levels', () => {
    expect(itaRating(col([99.76, 84.99, '', 49]), 2565)).toEqual([['AA'], ['B'], [''], ['F']]);
    expect(itaRating(col([60, 75]), 2568, undefined, 'en')).toEqual([['Needs urgent improvement'], ['Needs improvement']]);
    const totals = col([96.47, 90.15, 80]);
    const tools = [EX001.tools, [94.47, 96, 96.02, 82.5], ['', '', '', '']];
    expect(itaRating(totals, 2568, tools)).toEqual([['ผ่านดีเยี่ยม'], ['ผ่าน'], ['ต้องปรับปรุง']]);
  });

  test('many agencies by rows', () => {
    expect(itaRating([EX003.indicators, EX003.indicators], 2565)).toEqual([['AA'], ['AA']]);
  });

  test('does not guess: names the scores it needs', () => {
    expect(() => itaRating(row(EX001.indicators), 2568)).toThrow('EIT ส่วนที่ 1 และส่วนที่ 2');
    expect(() => itaRating(90, 2568)).toThrow('โปรดระบุคะแนน 4 ค่า (IIT, EIT ส่วนที่ 1, EIT ส่วนที่ 2, OIT)');
  });

  test('bad language and bad tool scores', () => {
    expect(() => itaRating(90, 2565, undefined, 'fr')).toThrow('ไม่รู้จักภาษา "fr" (ใช้ \'th\' หรือ \'en\') / Unknown language "fr"');
    expect(() => itaRating(90, 2568, row([90, 90]))).toThrow('tool_scores: มี 2 ค่า');
    expect(() => itaRating(101, 2568)).toThrow('คะแนนรวม อยู่นอกช่วง 0–100 (101) / total score is outside 0–100 (101)');
  });
});

describe('ITA_GAP', () => {
  test('points missing to the target, 0 when reached, array-aware', () => {
    expect(itaGapFn(row(EX002.indicators), 2568)).toBe(0);
    expect(itaGapFn(row(EX002.indicators), 2568, 95)).toBe(4.85);
    expect(itaGapFn([[80, 80, 80, 80], Array(4).fill(''), EX001.tools], 2568, '๙๐')).toEqual([[10], [''], [0]]);
    expect(() => itaGapFn(row(EX001.tools), 2568, 'สูง')).toThrow('ค่าเป้าหมาย (target) ไม่ใช่ตัวเลข ("สูง") / target is not a number ("สูง")');
    expect(() => itaGapFn(row([1, 2]), 2568)).toThrow('คะแนน: มี 2 ค่า');
  });
});

describe('the weights argument (a changed weighting, which functions cannot read from the sheet)', () => {
  test("4 weights re-weight the tools; 3 weights share EIT's equally between its parts", () => {
    // 0.20 × 80 + 0.15 × 90 + 0.15 × 90 + 0.50 × 100 = 93
    expect(itaScore(row([80, 90, 90, 100]), 2570, row([20, 15, 15, 50]))).toBe(93);
    expect(itaScore(row([80, 90, 90, 100]), 2570, col(['๒๐', '15', 15, 50]))).toBe(93);
    expect(itaScore(row([80, 90, 90, 100]), 2570, row([20, 30, 50]))).toBe(93);
    // Indicators: IIT mean 99.078, EIT mean 95.8367, OIT mean 95 → 19.8156 + 28.751 + 47.5 = 96.0666
    expect(itaScore(row(EX001.indicators), 2568, row([20, 15, 15, 50]))).toBe(96.07);
    // 2565: 0.2 × 99.92 + 0.3 × 99.29 + 0.5 × 100 = 99.771
    expect(itaScore(row(EX003.indicators), 2565, row([20, 30, 50]))).toBe(99.77);
    // Tools: 19.816 + 14.3055 + 14.445 + 47.5 = 96.0665, half-up on the decimal value
    expect(itaScore([EX001.tools, EX002.indicators.slice(0, 4)], 2568, row([20, 15, 15, 50]))).toEqual([[96.07], [93.14]]);
    // Blank or omitted: the built-in weights.
    expect(itaScore(row(EX001.tools), 2568, '')).toBe(96.47);
    expect(itaScore(row(EX001.tools), 2568, [['', '', '', '']])).toBe(96.47);
  });

  test('ITA_GAP takes them last, after the target', () => {
    expect(itaGapFn(row([80, 90, 90, 100]), 2570, 95, row([20, 15, 15, 50]))).toBe(2);
    expect(itaGapFn(row([80, 90, 90, 100]), 2570, undefined, row([30, 15, 15, 40]))).toBe(0);
    // 0.7 × 80 + 0.1 × 90 + 0.1 × 90 + 0.1 × 100 = 84: one point short of the default 85
    expect(itaGapFn(row([80, 90, 90, 100]), 2570, '', row([70, 10, 10, 10]))).toBe(1);
  });

  test('wrong weights are named, Thai then English', () => {
    expect(() => itaScore(row(EX001.tools), 2568, row([30, 15, 15, 30]))).toThrow(
      'น้ำหนัก (weights) รวมได้ 90 ต้องรวมเป็น 100 / weights add up to 90; they must add up to 100',
    );
    expect(() => itaScore(row(EX001.tools), 2568, row([50, 50]))).toThrow('น้ำหนัก (weights): มี 2 ค่า ต้องเป็นแถวหรือคอลัมน์ของน้ำหนัก 3 ค่า (IIT, EIT, OIT) หรือ 4 ค่า');
    expect(() => itaScore(row(EX001.tools), 2568, 40)).toThrow('น้ำหนัก (weights): ได้ค่าเดียว');
    expect(() => itaScore(row(EX001.tools), 2568, row([30, 'x', 15, 40]))).toThrow(
      'น้ำหนัก EIT ส่วนที่ 1 (weights) ไม่ใช่ตัวเลข ("x") / EIT part 1 weight is not a number ("x")',
    );
    expect(() => itaScore(row(EX001.tools), 2568, row([30, '', 15, 55]))).toThrow('น้ำหนัก EIT ส่วนที่ 1 (weights) ว่าง / EIT part 1 weight is blank');
    expect(() => itaScore(row(EX001.tools), 2568, row([130, -15, -15, 0]))).toThrow('น้ำหนัก IIT (weights) อยู่นอกช่วง 0–100 (130)');
    expect(() => itaScore(row(EX003.indicators), 2565, row([30, 15, 15, 40]))).toThrow(
      'น้ำหนัก (weights): เกณฑ์ พ.ศ. 2561–2565 มี 3 เครื่องมือ จึงรับน้ำหนัก 3 ค่า (IIT, EIT, OIT)',
    );
    expect(() =>
      itaScore(row(EX001.tools), 2568, [
        [30, 15],
        [15, 40],
      ]),
    ).toThrow('น้ำหนัก (weights): มี 2×2 ค่า');
  });
});
