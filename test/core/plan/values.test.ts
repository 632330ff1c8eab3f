import { progressIsFraction, readDay, readProgress, statusMeaning } from '../../../src/core/plan/values';

const at = { th: 'แผ่นงาน "มาตรการ ITA" เซลล์ I5', en: 'sheet "มาตรการ ITA" cell I5' };

describe('statuses by meaning', () => {
  test.each([
    ['เสร็จแล้ว', 'done'],
    ['เสร็จสิ้น', 'done'],
    ['ดำเนินการแล้วเสร็จ', 'done'],
    ['ดำเนินการแล้ว', 'done'],
    ['Done', 'done'],
    ['completed', 'done'],
    ['กำลังดำเนินการ', 'inProgress'],
    ['อยู่ระหว่างดำเนินการ', 'inProgress'],
    ['ยังไม่แล้วเสร็จ', 'inProgress'],
    ['In progress', 'inProgress'],
    ['ยังไม่ดำเนินการ', 'notStarted'],
    ['ยังไม่ได้ดำเนินการ', 'notStarted'],
    ['ยังไม่เริ่ม', 'notStarted'],
    ['ยกเลิก', 'cancelled'],
    ['ยกเลิกโครงการ', 'cancelled'],
    ['', 'blank'],
    ['รอ', 'unknown'],
    ['ดูหมายเหตุ', 'unknown'],
  ])('%s → %s', (text, meaning) => {
    expect(statusMeaning(text)).toBe(meaning);
  });
});

describe('progress', () => {
  test('a percent-formatted column (0.5 shown as 50 %) holds fractions; whole numbers or a lone 1 do not', () => {
    expect(progressIsFraction([1, 0.5, '', 0])).toBe(true);
    expect(progressIsFraction([1, 50, 0.5])).toBe(false);
    expect(progressIsFraction([1, 0, ''])).toBe(false);
    expect(progressIsFraction(['60%', ''])).toBe(false);
  });

  test('read as meant; out of range kept within 0–100 and said', () => {
    expect(readProgress(0.5, true, at)).toEqual({ value: 50, warning: null });
    expect(readProgress(1, true, at)).toEqual({ value: 100, warning: null });
    expect(readProgress('๖๐ %', false, at)).toEqual({ value: 60, warning: null });
    expect(readProgress(150, false, at)).toEqual({
      value: 100,
      warning: {
        th: 'แผ่นงาน "มาตรการ ITA" เซลล์ I5: ความคืบหน้า 150 อยู่นอกช่วง 0–100 จึงอ่านเป็น 100 โปรดตรวจสอบ',
        en: 'sheet "มาตรการ ITA" cell I5: the progress 150 is outside 0–100, so it was read as 100; please check',
      },
    });
    expect(readProgress(-20, false, at).value).toBe(0);
    expect(readProgress('ครึ่งหนึ่ง', false, at).warning?.th).toBe(
      'แผ่นงาน "มาตรการ ITA" เซลล์ I5: อ่านความคืบหน้า "ครึ่งหนึ่ง" เป็นร้อยละไม่ได้ จึงไม่ได้นำมาใช้ โปรดใส่ตัวเลข 0–100',
    );
  });
});

describe('deadlines typed as text', () => {
  test.each([
    ['31/12/2568', { y: 2025, m: 12, d: 31 }],
    ['31/12/68', { y: 2025, m: 12, d: 31 }],
    ['๓๑/๑๒/๒๕๖๘', { y: 2025, m: 12, d: 31 }],
    ['31 ธ.ค. 68', { y: 2025, m: 12, d: 31 }],
    ['ธ.ค. 68', { y: 2025, m: 12, d: 31 }],
    ['ก.พ. 69', { y: 2026, m: 2, d: 28 }],
    ['15 ม.ค. 2569', { y: 2026, m: 1, d: 15 }],
    ['15 มกราคม พ.ศ. 2569', { y: 2026, m: 1, d: 15 }],
    ['ภายใน 31 มีนาคม 2569', { y: 2026, m: 3, d: 31 }],
    ['2026-01-15', { y: 2026, m: 1, d: 15 }],
    ['2569-01-15', { y: 2026, m: 1, d: 15 }],
    ['ตลอดปีงบประมาณ ๒๕๖๙', { y: 2026, m: 9, d: 30 }],
    ['ตลอดปีงบประมาณ', { y: 2026, m: 9, d: 30 }],
  ])('%s', (text, day) => {
    expect(readDay(text, 2569, at)).toEqual({ day, warning: null });
  });

  test('a date cell holding a B.E. year is read as B.E. with a note in Thai', () => {
    expect(readDay({ date: '2568-12-31' }, 2569, at)).toEqual({
      day: { y: 2025, m: 12, d: 31 },
      warning: {
        th: 'แผ่นงาน "มาตรการ ITA" เซลล์ I5: วันที่พิมพ์ปีเป็น พ.ศ. ในช่องวันที่ จึงอ่านเป็น 31 ธันวาคม 2568',
        en: 'sheet "มาตรการ ITA" cell I5: a date typed with its B.E. year, read as 2025-12-31',
      },
    });
  });

  test("a date more than a year outside the plan's fiscal year, and text that is no date, are said", () => {
    expect(readDay('31/12/2570', 2569, at).warning?.th).toBe(
      'แผ่นงาน "มาตรการ ITA" เซลล์ I5: วันที่ 31 ธันวาคม 2570 ห่างจากปีงบประมาณ พ.ศ. 2569 ของแผนเกินหนึ่งปี โปรดตรวจสอบปีที่พิมพ์',
    );
    expect(readDay('30/9/2570', 2569, at).warning).toBeNull();
    expect(readDay('เมื่อได้รับงบประมาณ', 2569, at)).toEqual({
      day: null,
      warning: {
        th: 'แผ่นงาน "มาตรการ ITA" เซลล์ I5: อ่าน "เมื่อได้รับงบประมาณ" เป็นวันที่ไม่ได้ จึงไม่ได้ใช้ในการติดตาม โปรดพิมพ์วันที่ เช่น 31 ธ.ค. 2568',
        en: 'sheet "มาตรการ ITA" cell I5: "เมื่อได้รับงบประมาณ" cannot be read as a date, so the follow-up does not use it; type a date such as 31 ธ.ค. 2568',
      },
    });
    expect(readDay('31/02/2569', 2569, at).day).toBeNull();
    expect(readDay('', 2569, at)).toEqual({ day: null, warning: null });
  });
});
