/** Arguments the sidebar or a script passes that fail validation: the field in words and the value. */
import { divisionsSchema, generateOptionsSchema, parseArg, progressOptionsSchema } from '../../src/gas/args';

const error = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('argument errors name the field in words and the value', () => {
  test('the fourth division\'s first e-mail, not "divisions.3.emails.0"', () => {
    const divisions = [
      { name: 'สำนักปลัด', emails: [] },
      { name: 'กองคลัง', emails: [] },
      { name: 'กองช่าง', emails: [] },
      { name: 'กองการศึกษา', emails: ['kru at school'] },
    ];
    expect(error(() => parseArg(divisionsSchema, divisions, 'divisions'))).toBe(
      'ค่าที่ส่งมาไม่ถูกต้อง: หน่วยงานภายในลำดับที่ 4 "กองการศึกษา" อีเมลลำดับที่ 1 ("kru at school") ต้องเป็นอีเมล เช่น finance@example.go.th / Invalid value: division no. 4 "กองการศึกษา" the e-mail addresses no. 1 ("kru at school") must be an e-mail address such as finance@example.go.th',
    );
    expect(error(() => parseArg(divisionsSchema, [{ name: '', emails: [] }], 'divisions'))).toBe(
      'ค่าที่ส่งมาไม่ถูกต้อง: ชื่อของหน่วยงานภายในลำดับที่ 1 ("") ต้องไม่ว่าง / Invalid value: the name of division no. 1 ("") may not be blank',
    );
  });

  test('options: the round, a year that is not whole, text for a number, a date in another form', () => {
    expect(error(() => parseArg(progressOptionsSchema, { round: 'รอบ 6' }, 'options'))).toBe(
      'ค่าที่ส่งมาไม่ถูกต้อง: รอบการติดตามผล ("รอบ 6") ต้องเป็น 6 (รอบ 6 เดือน), 12 (รอบ 12 เดือน) หรือวันที่ในรูปแบบ ปปปป-ดด-วว / Invalid value: the follow-up round ("รอบ 6") must be 6 (six months), 12 (twelve months) or a date written YYYY-MM-DD',
    );
    expect(error(() => parseArg(generateOptionsSchema, { year: 2568.5 }, 'options'))).toBe(
      'ค่าที่ส่งมาไม่ถูกต้อง: ปีงบประมาณที่ประเมิน (2568.5) ต้องเป็นจำนวนเต็ม / Invalid value: the assessment year (2568.5) must be a whole number',
    );
    expect(error(() => parseArg(generateOptionsSchema, { target: '85' }, 'options'))).toBe(
      'ค่าที่ส่งมาไม่ถูกต้อง: ค่าเป้าหมาย ("85") ต้องเป็นตัวเลข / Invalid value: the target ("85") must be a number',
    );
    expect(error(() => parseArg(generateOptionsSchema, { approvalDate: '20/11/2568' }, 'options'))).toBe(
      'ค่าที่ส่งมาไม่ถูกต้อง: วันที่อนุมัติแผน ("20/11/2568") ต้องเป็นวันที่ในรูปแบบ ปปปป-ดด-วว เช่น 2568-11-20 / Invalid value: the plan approval date ("20/11/2568") must be a date written YYYY-MM-DD, such as 2025-11-20',
    );
    expect(error(() => parseArg(generateOptionsSchema, 'all', 'options'))).toBe(
      'ค่าที่ส่งมาไม่ถูกต้อง: ตัวเลือก ("all") ต้องเป็นชุดตัวเลือก / Invalid value: the options ("all") must be a set of options',
    );
  });
});
