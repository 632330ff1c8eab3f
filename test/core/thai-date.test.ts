import { parseDocDate } from '../../src/core/report/date-text';
import { dayOfCell, readDateText } from '../../src/core/thai-date';
import { readDay } from '../../src/core/plan/values';

const at = { th: 'แผ่นงาน "มาตรการ ITA" เซลล์ H7', en: 'sheet "มาตรการ ITA" cell H7' };
const what = { th: 'วันที่ของเอกสาร', en: 'the document date' };

describe('one reader for dates typed in Thai', () => {
  test.each([
    ['2568-11-20', 'iso', false, false],
    ['20/11/2568', 'numeric', false, false],
    ['20.11.68', 'numeric', true, false],
    ['20 พ.ย. 2568', 'named', false, false],
    ['๒๐ พฤศจิกายน ๒๕๖๘', 'named', false, false],
    ['วันที่ 20 พย 2568', 'named', false, true],
  ])('%s reads as 20 Nov 2025, form %s', (text, form, shortYear, lead) => {
    expect(readDateText(text)).toEqual({ day: { y: 2025, m: 11, d: 20 }, form, shortYear, lead });
  });

  test('a month whose name starts with a vowel: เมษายน, เม.ย. (the plan could not read them before)', () => {
    expect(readDay('30 เม.ย. 2569', 2569, at)).toEqual({ day: { y: 2026, m: 4, d: 30 }, warning: null });
    expect(readDay('เมษายน 69', 2569, at)).toEqual({ day: { y: 2026, m: 4, d: 30 }, warning: null });
    expect(parseDocDate('๓๐ เมษายน ๒๕๖๙', what)).toEqual({ y: 2026, m: 4, d: 30 });
  });

  test('a month alone is its last day, the fiscal year its 30 September', () => {
    expect(readDateText('ก.พ. 2571')).toEqual({ day: { y: 2028, m: 2, d: 29 }, form: 'month', shortYear: false, lead: false });
    expect(readDateText('ตลอดปีงบประมาณ', 2570)).toEqual({ day: { y: 2027, m: 9, d: 30 }, form: 'fiscal-year', shortYear: false, lead: false });
    expect(readDateText('ตลอดปีงบประมาณ')).toBeNull();
    expect(readDateText('29/02/2569')).toBeNull();
  });

  test('the plan and the document read 20/11/2568 and 20 พ.ย. 2568 as the same day', () => {
    for (const text of ['20/11/2568', '20 พ.ย. 2568']) {
      expect(readDay(text, 2569, at).day).toEqual(parseDocDate(text, what));
    }
  });

  test('the document date now takes what the plan takes for a whole day, and still refuses a month alone', () => {
    expect(parseDocDate('20/11/68', what)).toEqual({ y: 2025, m: 11, d: 20 });
    expect(parseDocDate('วันที่ 20 พย 2568', what)).toEqual({ y: 2025, m: 11, d: 20 });
    expect(() => parseDocDate('พ.ย. 2568', what)).toThrow('วันที่ของเอกสาร ต้องเป็นวันที่ เช่น 20 พ.ย. 2568');
    expect(() => parseDocDate('ตลอดปีงบประมาณ 2569', what)).toThrow('("ตลอดปีงบประมาณ 2569")');
  });

  test('a cell of the report fields: a whole day with a four-digit year, a B.E. year in ISO text read as B.E.', () => {
    expect(dayOfCell('2568-11-20')).toEqual({ y: 2025, m: 11, d: 20 });
    expect(dayOfCell({ date: '2025-11-20' })).toEqual({ y: 2025, m: 11, d: 20 });
    expect(dayOfCell('31 มี.ค. ๒๕๖๙')).toEqual({ y: 2026, m: 3, d: 31 });
    expect(dayOfCell('มี.ค. 2569')).toBeNull();
    expect(dayOfCell('31/03/69')).toBeNull();
    expect(dayOfCell('ภายใน 31 มี.ค. 2569')).toBeNull();
  });
});
