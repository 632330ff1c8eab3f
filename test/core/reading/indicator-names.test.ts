import { fuzzyName, indicatorOfRow } from '../../../src/core/reading/indicator-names';

describe('which indicator a row is about', () => {
  test('by number: a number column, "ตัวชี้วัดที่ ๔", "๔. name" in one cell', () => {
    expect(indicatorOfRow(['4', 'การปรับทัศนคติ', '97.95'], false)).toEqual({ no: 4, position: 0, by: 'number' });
    expect(indicatorOfRow(['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สิน', 'ได้คะแนน ๙๐.๗๖ คะแนน'], false)?.no).toBe(4);
    expect(indicatorOfRow(['๔. การใช้ทรัพย์สนิ', '90.76'], false)?.no).toBe(4);
  });

  test('an exact name beats a rank; a rank table ignores bare numbers', () => {
    expect(indicatorOfRow(['1', 'การเปิดเผยข้อมูล', '100'], false)).toEqual({ no: 9, position: 1, by: 'name' });
    expect(indicatorOfRow(['1', 'การเปิดเผยข้อมลู', '100'], true)).toEqual({ no: 9, position: 1, by: 'slip' });
  });

  test('"ตัวชี้วัดที่ 4" with indicator 9\'s name: the name, with the number kept', () => {
    expect(indicatorOfRow(['ตัวชี้วัดที่ ๔ การเปิดเผยข้อมูล', '๑๐๐'], false)).toEqual({ no: 9, position: 0, by: 'name', numberSaid: 4 });
  });

  test('a sub-indicator (9.1) and a sentence that mentions a name are not indicator rows', () => {
    expect(indicatorOfRow(['9.1 ข้อมูลพื้นฐาน', '80'], false)).toBeNull();
    expect(fuzzyName('ถ้าต้องมีการขอยืมทรัพย์สินของราชการ')).toBeNull();
  });

  test('slips: one letter off, the old name of 8; two names equally near are refused', () => {
    expect(fuzzyName('การใช้งบประมาน')).toBe(2);
    expect(fuzzyName('การปรับปรุงระบบการทำงาน')).toBe(8);
    expect(fuzzyName('การใช้')).toBeNull();
  });

  test('names remembered per worker: the same answers asked again, after more texts than are remembered', () => {
    const ask = () => [
      fuzzyName('การใช้งบประมาน'),
      fuzzyName('การใช้'),
      indicatorOfRow(['1', 'การเปิดเผยข้อมูล', '100'], false),
      indicatorOfRow(['ตัวชี้วัดที่ ๔ การเปิดเผยข้อมูล', '๑๐๐'], false),
    ];
    const first = ask();
    expect(first).toEqual([2, null, { no: 9, position: 1, by: 'name' }, { no: 9, position: 0, by: 'name', numberSaid: 4 }]);
    for (let k = 0; k < 3000; k++) expect(indicatorOfRow([`แถวที่ ${k}`, String(k)], false)).toBeNull();
    expect(ask()).toEqual(first);
  });
});
