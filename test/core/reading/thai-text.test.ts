import { editDistance, editDistanceWithin, foldThai } from '../../../src/core/reading/thai-text';

describe('Thai text compared as a reader would', () => {
  test("spaces, tone marks and a PDF's ํา do not count", () => {
    expect(foldThai('การใช้ ทรัพย์สิน')).toBe(foldThai('การใชทรัพยสิน'));
    expect(foldThai('การทํางาน')).toBe(foldThai('การทำงาน'));
  });

  test('edit distance, whole and within a longer text', () => {
    expect(editDistance('การปฏิบัติ', 'การปฎิบัติ')).toBe(1);
    expect(editDistanceWithin('อำนาจ', 'ตัวชี้วัดที่ 3 การใช้อำนาจ ได้คะแนน')).toBe(0);
    expect(editDistanceWithin('อำนาจ', 'การใช้อำนจ')).toBe(1);
  });
});
