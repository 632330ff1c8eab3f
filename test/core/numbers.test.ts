import { cellScore, fixed2, parseNumberText, round2, toArabicDigits, toThaiDigits } from '../../src/core/numbers';
import { label } from '../../src/core/errors';

const what = label('คะแนนตัวชี้วัดที่ 4', 'indicator 4 score');

describe('numbers', () => {
  test('Thai digits both ways', () => {
    expect(toArabicDigits('๙๘.๒๙')).toBe('98.29');
    expect(toThaiDigits('96.47')).toBe('๙๖.๔๗');
  });

  test('digits at either end, between other letters, beside characters outside the BMP; text without a digit as it was', () => {
    expect(toThaiDigits('1 ปี 2568 (o17) 😀9')).toBe('๑ ปี ๒๕๖๘ (o๑๗) 😀๙');
    expect(toArabicDigits('๑ ปี ๒๕๖๘ (o๑๗) 😀๙')).toBe('1 ปี 2568 (o17) 😀9');
    expect(toThaiDigits('/:')).toBe('/:'); // the characters either side of 0–9
    expect(toArabicDigits('\u0e4f\u0e5a')).toBe('\u0e4f\u0e5a'); // either side of ๐–๙
    expect(toThaiDigits('คะแนนรวม')).toBe('คะแนนรวม');
    expect(toThaiDigits('')).toBe('');
  });

  test('number text with Thai digits and stray spaces', () => {
    expect(parseNumberText('๙๘.๒๙')).toBe(98.29);
    expect(parseNumberText(' 98.29 ')).toBe(98.29);
    expect(parseNumberText('\u00a0๑๐๐\u200b')).toBe(100);
    expect(parseNumberText('98,29')).toBeNull();
    expect(parseNumberText('abc')).toBeNull();
    expect(parseNumberText('')).toBeNull();
  });

  test('decimal-safe half-up rounding', () => {
    expect(round2(90.145)).toBe(90.15);
    expect(round2(96.4745)).toBe(96.47);
    expect(round2(1.005)).toBe(1.01);
    expect(round2(99.763)).toBe(99.76);
    expect(round2(84.995)).toBe(85);
    expect(fixed2(95)).toBe('95.00');
  });

  test('score cells: errors name the value, Thai then English', () => {
    expect(cellScore('๙๕.๑๗', what)).toBe(95.17);
    expect(() => cellScore('', what)).toThrow('คะแนนตัวชี้วัดที่ 4 ว่าง / indicator 4 score is blank');
    expect(() => cellScore('สูง', what)).toThrow('คะแนนตัวชี้วัดที่ 4 ไม่ใช่ตัวเลข ("สูง") / indicator 4 score is not a number ("สูง")');
    expect(() => cellScore(100.5, what)).toThrow('คะแนนตัวชี้วัดที่ 4 อยู่นอกช่วง 0–100 (100.5) / indicator 4 score is outside 0–100 (100.5)');
    expect(() => cellScore(-1, what)).toThrow('outside 0–100 (-1)');
    expect(() => cellScore(true, what)).toThrow('is not a number ("true")');
  });
});
