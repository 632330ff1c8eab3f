import { parseDateText, parseYear, fiscalYearRange, thaiDate, endOfMonthAfter, daysBetween, serialToDay, dayToSerial } from '../../src/core/dates';
import { label } from '../../src/core/errors';

const what = label('ปี', 'year');

describe('dates', () => {
  test('years: B.E., C.E., Thai digits, text with a prefix', () => {
    expect(parseYear(2568, what)).toBe(2568);
    expect(parseYear(2025, what)).toBe(2568);
    expect(parseYear('๒๕๖๘', what)).toBe(2568);
    expect(parseYear('พ.ศ. ๒๕๖๖', what)).toBe(2566);
    expect(parseYear(' 2018 ', what)).toBe(2561);
    expect(parseYear('', what)).toBeNull();
    expect(parseYear(undefined, what)).toBeNull();
  });

  test('years outside the frameworks and non-years are refused in both languages', () => {
    expect(() => parseYear(2560, what)).toThrow('ปี: ไม่มีเกณฑ์การประเมินของปี 2560 (รองรับ พ.ศ. 2561–2643) / year: no assessment framework for year 2560');
    expect(() => parseYear(2017, what)).toThrow('year 2560');
    expect(() => parseYear('ปีหน้า', what)).toThrow('ปี ไม่ใช่ปีที่อ่านได้ ("ปีหน้า") / year is not a year ("ปีหน้า")');
    expect(() => parseYear(2568.5, what)).toThrow('is not a year');
  });

  test('fiscal year 2569 runs 1 Oct 2568 to 30 Sep 2569 (B.E.)', () => {
    const { start, end } = fiscalYearRange(2569);
    expect(start).toEqual({ y: 2025, m: 10, d: 1 });
    expect(end).toEqual({ y: 2026, m: 9, d: 30 });
    expect(thaiDate(end)).toBe('30 กันยายน 2569');
    expect(thaiDate(start, { short: true, thaiDigits: true })).toBe('๑ ต.ค. ๒๕๖๘');
  });

  test('month arithmetic and serials', () => {
    expect(endOfMonthAfter({ y: 2025, m: 10, d: 1 }, 4)).toEqual({ y: 2026, m: 2, d: 28 });
    expect(daysBetween({ y: 2025, m: 10, d: 1 }, { y: 2026, m: 9, d: 30 })).toBe(364);
    expect(serialToDay(46022)).toEqual({ y: 2025, m: 12, d: 31 });
    expect(dayToSerial({ y: 2025, m: 12, d: 31 })).toBe(46022);
  });
});

describe('parseDateText', () => {
  const what = { th: 'ตัวเลือก --approval-date', en: 'option --approval-date' };
  test('B.E. or C.E. years, Thai digits', () => {
    expect(parseDateText('2568-11-20', what)).toEqual({ y: 2025, m: 11, d: 20 });
    expect(parseDateText('๒๕๖๘-๑๑-๒๐', what)).toEqual({ y: 2025, m: 11, d: 20 });
    expect(parseDateText('2025-1-5', what)).toEqual({ y: 2025, m: 1, d: 5 });
  });
  test('a date that does not exist names the option', () => {
    expect(() => parseDateText('2568-02-30', what)).toThrow('ตัวเลือก --approval-date ต้องเป็นวันที่ในรูปแบบ ปปปป-ดด-วว เช่น 2568-11-20 ("2568-02-30")');
    expect(() => parseDateText('20/11/2568', what)).toThrow('option --approval-date must be a date written YYYY-MM-DD');
  });
});
