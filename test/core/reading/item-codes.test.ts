import { letterCode, looksLikeCode, zeroCode } from '../../../src/core/reading/item-codes';

describe('item codes', () => {
  test('letter codes in the forms reports print', () => {
    expect(letterCode('i24 ผู้บริหาร')).toEqual({ code: 'i24', rest: 'ผู้บริหาร' });
    expect(letterCode('ข้อ E๑๒ หน่วยงาน')).toEqual({ code: 'e12', rest: 'หน่วยงาน' });
    expect(letterCode('e-4')?.code).toBe('e4');
    expect(letterCode('OIT')).toBeNull();
    expect(letterCode('E-Service')).toBeNull();
  });

  test('a zero for the letter O', () => {
    expect(zeroCode('๐๒')?.code).toBe('o2');
    expect(zeroCode('๐๒๑ ประกาศเจตนารมณ์')).toEqual({ code: 'o21', rest: 'ประกาศเจตนารมณ์' });
    expect(zeroCode('033')?.code).toBe('o33');
    expect(zeroCode('00')).toBeNull();
    expect(zeroCode('0.5')).toBeNull();
  });

  test('what looks like a code but is none', () => {
    expect(looksLikeCode('1๒๑ ถ้าต้องมี', '1๒๑ ถ้าต้องมี')).toBe(true);
    expect(looksLikeCode('l2', 'l2')).toBe(true);
    expect(looksLikeCode(21, '21')).toBe(true);
    expect(looksLikeCode(7, '7')).toBe(false);
    expect(looksLikeCode('2568', '2568')).toBe(false);
    expect(looksLikeCode('คะแนนสูงสุด', 'คะแนนสูงสุด')).toBe(false);
  });
});
