/** Who signs and to whom the memo goes, by the kind of agency, or as the coordinator lists them. */
import { approverOf, fieldsFromGrid } from '../../../src/core/report';
import { GRID_001, GRID_002, scoreGrid } from '../examples';
import { reportOf } from './fixtures';

const chain = (m: ReturnType<typeof reportOf>) => m.signers.map((s) => `${s.role}: ${s.person.position}`);

describe('the approval chain by agency type', () => {
  test('a เทศบาล: preparer → หัวหน้าสำนักปลัด → ปลัด (opinion) → นายก approves; the memo to the นายก', () => {
    const m = reportOf(GRID_001);
    expect(chain(m)).toEqual(['prepare: ', 'propose: หัวหน้าสำนักปลัดเทศบาล', 'opinion: ปลัดเทศบาลตำบลทุ่งผึ้ง', 'approve: นายกเทศมนตรีตำบลทุ่งผึ้ง']);
    expect(approverOf(m.signers)?.position).toBe('นายกเทศมนตรีตำบลทุ่งผึ้ง');
  });

  test('an อบต.', () => {
    const m = reportOf(
      scoreGrid({ agency: 'องค์การบริหารส่วนตำบลบ้านนา', type: 'องค์การบริหารส่วนตำบล', year: 2566, indicators: [70, 72, 75, 71, 69, 73, 74, 72, 40, 50] }),
    );
    expect(chain(m)).toEqual([
      'prepare: ',
      'propose: หัวหน้าสำนักปลัดองค์การบริหารส่วนตำบล',
      'opinion: ปลัดองค์การบริหารส่วนตำบลบ้านนา',
      'approve: นายกองค์การบริหารส่วนตำบลบ้านนา',
    ]);
  });

  test('a province: through the head of the provincial office to the governor', () => {
    expect(chain(reportOf(GRID_002))).toEqual(['prepare: ', 'propose: หัวหน้าสำนักงานจังหวัดลำพูน', 'approve: ผู้ว่าราชการจังหวัดลำพูน']);
  });

  test('a department to the director-general, a school to its director', () => {
    const dept = reportOf(scoreGrid({ agency: 'กรมตัวอย่าง', type: 'กรม', year: 2568, indicators: [90, 90, 90, 90, 90, 90, 90, 90, 90, 90] }));
    expect(approverOf(dept.signers)?.position).toBe('อธิบดีกรมตัวอย่าง');
    const school = reportOf(scoreGrid({ agency: 'โรงเรียนบ้านตัวอย่าง', type: 'โรงเรียน', year: 2568, indicators: [90, 90, 90, 90, 90, 90, 90, 90, 90, 90] }));
    expect(chain(school)).toEqual(['prepare: ', 'propose: หัวหน้ากลุ่มบริหารงานทั่วไป', 'approve: ผู้อำนวยการโรงเรียนบ้านตัวอย่าง']);
  });

  test("the coordinator's own chain in ข้อมูลรายงาน: any number of signers, each with a role", () => {
    const m = reportOf(GRID_001, {
      fields: [
        ['ชื่อผู้จัดทำ', 'นางสาวสมใจ ใจดี'],
        ['ผู้ลงนาม', '', 'นักวิเคราะห์นโยบายและแผน', 'จัดทำ'],
        ['ผู้ลงนาม', 'นายหนึ่ง', 'หัวหน้าฝ่ายอำนวยการ', 'ตรวจ/เสนอ'],
        ['ผู้ลงนาม', 'นายสอง', 'หัวหน้าสำนักปลัดเทศบาล', 'ตรวจ/เสนอ'],
        ['ผู้ลงนาม', 'นายสาม', 'ปลัดเทศบาล', 'ความเห็น'],
        ['ผู้ลงนาม', 'นายสี่', 'นายกเทศมนตรีตำบลทุ่งผึ้ง', 'อนุมัติ'],
      ],
    });
    expect(m.signers.map((s) => [s.role, s.person.name])).toEqual([
      ['prepare', 'นางสาวสมใจ ใจดี'],
      ['propose', 'นายหนึ่ง'],
      ['propose', 'นายสอง'],
      ['opinion', 'นายสาม'],
      ['approve', 'นายสี่'],
    ]);
  });

  test('a role that cannot be read names the sheet and cell', () => {
    expect(() =>
      fieldsFromGrid([
        ['ชื่อหน่วยงาน', 'x'],
        ['ผู้ลงนาม', 'นายหนึ่ง', 'หัวหน้า', 'ลงนาม'],
      ]),
    ).toThrow('แผ่นงาน "ข้อมูลรายงาน" เซลล์ D2: บทบาทของผู้ลงนาม ("ลงนาม") ต้องเป็น จัดทำ, ตรวจ/เสนอ, ความเห็น หรือ อนุมัติ / Sheet "ข้อมูลรายงาน" cell D2');
  });
});
