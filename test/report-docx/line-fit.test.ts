import { fitLines, glued, textWidth } from '../../src/report-docx/line-fit';

describe('fitting a signer line to its cell', () => {
  test('a line that fits stays one line', () => {
    expect(fitLines('(นางสาวสมใจ ใจดี)', 6, 28)).toEqual(['(นางสาวสมใจ ใจดี)']);
  });

  test('a long position breaks after the role and after the agency type, never inside a word', () => {
    expect(fitLines('ตำแหน่ง ปลัดองค์การบริหารส่วนตำบลบ้านตัวอย่าง', 5.9, 28)).toEqual(['ตำแหน่ง ปลัด', 'องค์การบริหารส่วนตำบล', 'บ้านตัวอย่าง']);
    expect(fitLines('ตำแหน่ง ปลัดเทศบาลตำบลทุ่งผึ้ง', 6, 32)).toEqual(['ตำแหน่ง ปลัด', 'เทศบาลตำบลทุ่งผึ้ง']);
    expect(fitLines('ตำแหน่ง นักวิเคราะห์นโยบายและแผน', 5.9, 28)).toEqual(['ตำแหน่ง นักวิเคราะห์นโยบาย', 'และแผน']);
  });

  test('width counts spacing characters only: marks above and below take none', () => {
    // 14 pt: 0.55 em of 0.494 cm per character; ่ and ์ add nothing.
    expect(textWidth('กก', 28)).toBeCloseTo(0.543, 3);
    expect(textWidth('ก่ก์', 28)).toBeCloseTo(0.543, 3);
  });

  test('glued text: word joiners between clusters, no-break spaces, marks left on their base', () => {
    expect(glued('นายก อบต.')).toBe('น\u2060า\u2060ย\u2060ก\u00a0\u2060อ\u2060บ\u2060ต\u2060.');
    expect(glued('น้ำ')).toBe('น้ำ');
  });
});
