/** The sidebar's field reading and message splitting, without a browser. */
import { messageFor, plainMessage, t } from '../../sidebar/i18n';
import { isEmail, parsePlanYear, parseTarget, parseYear, splitEmails, toArabicDigits } from '../../sidebar/parse';

describe('sidebar fields', () => {
  test('Thai digits', () => {
    expect(toArabicDigits('๒๕๖๗')).toBe('2567');
    expect(toArabicDigits('ปี ๐๑๒๓๔๕๖๗๘๙')).toBe('ปี 0123456789');
  });

  test('year: B.E., Thai digits, C.E. converted, markers, range', () => {
    expect(parseYear('')).toEqual({ ok: true, value: undefined });
    expect(parseYear(' 2568 ')).toEqual({ ok: true, value: 2568 });
    expect(parseYear('๒๕๖๗')).toEqual({ ok: true, value: 2567 });
    expect(parseYear('พ.ศ. ๒๕๖๘')).toEqual({ ok: true, value: 2568 });
    expect(parseYear('2025')).toMatchObject({ ok: true, value: 2568, note: { key: 'yearConverted', vars: { ce: 2025, be: 2568 } } });
    expect(parseYear('ค.ศ. 2024')).toMatchObject({ ok: true, value: 2567 });
    expect(parseYear('2561')).toMatchObject({ ok: true, value: 2561 });
    expect(parseYear('2643')).toMatchObject({ ok: true, value: 2643 });
    expect(parseYear('2560')).toMatchObject({ ok: false, error: { key: 'errYearRange' } });
    expect(parseYear('2644')).toMatchObject({ ok: false, error: { key: 'errYearRange' } });
    expect(parseYear('2017')).toMatchObject({ ok: false, error: { key: 'errYearRange' } });
    expect(parseYear('68')).toMatchObject({ ok: false, error: { key: 'errYearRange' } });
    expect(parseYear('2568.5')).toMatchObject({ ok: false, error: { key: 'errYearFormat' } });
    expect(parseYear('ปีนี้')).toMatchObject({ ok: false, error: { key: 'errYearFormat' } });
  });

  test('plan year: not before the fiscal year', () => {
    expect(parsePlanYear('2569', 2568)).toEqual({ ok: true, value: 2569 });
    expect(parsePlanYear('2644', 2643)).toEqual({ ok: true, value: 2644 });
    expect(parsePlanYear('2567', 2568)).toMatchObject({ ok: false, error: { key: 'errPlanBeforeYear' } });
    expect(parsePlanYear('', 2568)).toEqual({ ok: true, value: undefined });
  });

  test('target 0–100, Thai digits, decimals', () => {
    expect(parseTarget('85')).toEqual({ ok: true, value: 85 });
    expect(parseTarget('๙๒.๕')).toEqual({ ok: true, value: 92.5 });
    expect(parseTarget('0')).toEqual({ ok: true, value: 0 });
    expect(parseTarget('100')).toEqual({ ok: true, value: 100 });
    expect(parseTarget('')).toEqual({ ok: true, value: undefined });
    expect(parseTarget('100.01').ok).toBe(false);
    expect(parseTarget('-1').ok).toBe(false);
    expect(parseTarget('แปดสิบห้า').ok).toBe(false);
  });

  test('e-mails: commas, new lines, duplicates, invalid ones reported', () => {
    expect(splitEmails('a@x.go.th, b@x.go.th\nc@x.go.th;; A@X.GO.TH')).toEqual({
      emails: ['a@x.go.th', 'b@x.go.th', 'c@x.go.th'],
      invalid: [],
    });
    expect(splitEmails('<d@x.go.th> nope x@y')).toEqual({ emails: ['d@x.go.th'], invalid: ['nope', 'x@y'] });
    expect(isEmail('first.last+ita@sub.example.go.th')).toBe(true);
    expect(isEmail('a@b')).toBe(false);
    expect(isEmail('a@@b.com')).toBe(false);
    expect(isEmail('<img@x.com>')).toBe(false);
  });
});

describe('sidebar messages', () => {
  test('server errors: the half for the language, without prefix or stack', () => {
    const m = 'ไม่พบแผ่นงาน / Sheet not found';
    expect(messageFor(m, 'th')).toBe('ไม่พบแผ่นงาน');
    expect(messageFor(m, 'en')).toBe('Sheet not found');
    expect(messageFor(`Exception: ${m}\n    at foo (Code:1:2)`, 'en')).toBe('Sheet not found');
    expect(messageFor('Error: only one language', 'th')).toBe('only one language');
    expect(plainMessage('ข้อความ\n    at a (b.js:1:1)\n    at c')).toBe('ข้อความ');
  });

  test("a ' / ' inside the English half does not split it", () => {
    const m = 'คะแนน IIT/EIT ไม่ครบ / IIT / EIT scores are missing';
    expect(messageFor(m, 'th')).toBe('คะแนน IIT/EIT ไม่ครบ');
    expect(messageFor(m, 'en')).toBe('IIT / EIT scores are missing');
  });

  test('labels with values', () => {
    expect(t('saved', 'th', { n: 3 })).toBe('บันทึกรายชื่อแล้ว 3 หน่วยงาน');
    expect(t('errYearRange', 'en', { min: 2561, max: 2643 })).toBe('The fiscal year must be between 2561 and 2643 B.E.');
    expect(t('generate', 'th')).toBe('สร้างการวิเคราะห์');
    expect(t('generate', 'en')).toBe('Generate analysis');
  });
});
