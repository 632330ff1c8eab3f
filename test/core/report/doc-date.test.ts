import { label } from '../../../src/core/errors';
import { afterRound, parseDocDate } from '../../../src/core/report';
import { GRID_001 } from '../examples';
import { followedModel } from '../progress/fixtures';
import { reportOf } from './fixtures';

const what = label('วันที่ของเอกสาร', 'the document date');

describe('the document date as Thai officers write it', () => {
  test.each([
    ['2568-11-20', { y: 2025, m: 11, d: 20 }],
    ['2025-11-20', { y: 2025, m: 11, d: 20 }],
    ['๒๕๖๘-๑๑-๒๐', { y: 2025, m: 11, d: 20 }],
    ['20/11/2568', { y: 2025, m: 11, d: 20 }],
    ['๒๐/๑๑/๒๕๖๘', { y: 2025, m: 11, d: 20 }],
    ['20 พ.ย. 2568', { y: 2025, m: 11, d: 20 }],
    ['๒๐ พฤศจิกายน ๒๕๖๘', { y: 2025, m: 11, d: 20 }],
    ['1/4/2026', { y: 2026, m: 4, d: 1 }],
  ])('%s', (text, day) => {
    expect(parseDocDate(text, what)).toEqual(day);
  });

  test('what cannot be read is refused in Thai and English, naming the argument', () => {
    expect(() => parseDocDate('31/02/2569', what)).toThrow(
      'วันที่ของเอกสาร ต้องเป็นวันที่ เช่น 20 พ.ย. 2568, 20/11/2568 หรือ 2568-11-20 ("31/02/2569") / the document date must be a date',
    );
    expect(() => parseDocDate('พรุ่งนี้', what)).toThrow('("พรุ่งนี้")');
  });
});

describe('which date a document carries', () => {
  test("the analysis report: the plan's approval day, not the day the file is made", () => {
    // The plan was approved (generated) on 1 October 2568; the file is made on 15 October.
    expect(reportOf(GRID_001).issued).toEqual({ d: 1, m: 10, y: 2568 });
  });

  test("the coordinator's date wins over the fields sheet", () => {
    const m = reportOf(GRID_001, { fields: [['วันที่', '20 พ.ย. 2568']], docDate: { d: 25, m: 11, y: 2568 } });
    expect(m.issued).toEqual({ d: 25, m: 11, y: 2568 });
    expect(reportOf(GRID_001, { fields: [['วันที่', '20 พ.ย. 2568']] }).issued).toEqual({ d: 20, m: 11, y: 2568 });
  });

  test("a follow-up report: the first working day after the round, or the round's own date", () => {
    expect(followedModel({ kind: 'half' }).issued).toEqual({ d: 1, m: 4, y: 2569 });
    expect(followedModel({ kind: 'year' }).issued).toEqual({ d: 1, m: 10, y: 2569 });
    expect(followedModel({ kind: 'date', day: { y: 2026, m: 2, d: 10 } }).issued).toEqual({ d: 10, m: 2, y: 2569 });
    // A date typed once in ข้อมูลรายงาน is the analysis report's; it does not back-date a round.
    expect(followedModel({ kind: 'year' }, { fields: [['วันที่', '20 พ.ย. 2568']] }).issued).toEqual({ d: 1, m: 10, y: 2569 });
  });

  test('a round ending before a weekend is reported the Monday after', () => {
    // 31 March 2028 is a Friday; 1–2 April 2028 a weekend.
    expect(afterRound({ kind: 'half', asOf: { y: 2028, m: 3, d: 31 } })).toEqual({ y: 2028, m: 4, d: 3 });
    expect(afterRound({ kind: 'year', asOf: { y: 2026, m: 9, d: 30 } })).toEqual({ y: 2026, m: 10, d: 1 });
  });
});
