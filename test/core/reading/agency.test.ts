import { agencyInText, agencyOf, AGENCY_PLACEHOLDER, isAgencyName } from '../../../src/core/reading/agency';

describe('the agency in running text', () => {
  test('a line that starts with an agency type, cut before the district', () => {
    expect(agencyInText('เทศบาลตำบลทุ่งผึ้ง อำเภอแจ้ห่ม จังหวัดลำปาง')).toBe('เทศบาลตำบลทุ่งผึ้ง');
    expect(agencyInText('องค์การบริหารส่วนจังหวัดแพร่')).toBe('องค์การบริหารส่วนจังหวัดแพร่');
    expect(agencyInText('วิทยาลัยเทคนิคลำพูน')).toBe('วิทยาลัยเทคนิคลำพูน');
  });

  test('inside a title, after the year or after ของ', () => {
    expect(agencyInText('ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ของ องค์การบริหารส่วนตำบล บ้านใหม่')).toBe('องค์การบริหารส่วนตำบล บ้านใหม่');
    expect(agencyInText('การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จังหวัดลำพูน')).toBe('จังหวัดลำพูน');
    expect(agencyInText('การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ')).toBeNull();
  });

  test('the assessor, an in-house unit and a sentence are not the agency', () => {
    expect(agencyInText('สำนักงาน ป.ป.ช.')).toBeNull();
    expect(agencyInText('สำนักงานเลขานุการ องค์การบริหารส่วนจังหวัด')).toBeNull();
    expect(agencyInText('จังหวัด ได้มีการเตรียมความพร้อม')).toBeNull();
  });

  test("a sheet name is used only when it is an agency's name; otherwise a placeholder and a warning", () => {
    expect(isAgencyName('อบต.บ้านใหม่')).toBe(true);
    expect(isAgencyName('Sheet1')).toBe(false);
    expect(isAgencyName('แผ่นงาน1')).toBe(false);
    expect(agencyOf({ agency: null, sheetName: 'อบต.บ้านใหม่' })).toEqual({ name: 'อบต.บ้านใหม่', warning: null });
    const none = agencyOf({ agency: null, sheetName: 'แผ่นงาน1' });
    expect(none.name).toBe(AGENCY_PLACEHOLDER);
    expect(none.warning?.th).toBe(
      'ไม่พบชื่อหน่วยงานในแผ่นงาน "แผ่นงาน1" จึงใช้คำว่า "หน่วยงาน (ยังไม่ได้ระบุชื่อ)" แทน โปรดพิมพ์ชื่อหน่วยงานในช่องชื่อหน่วยงานของแถบเครื่องมือ หรือในแถว "ชื่อหน่วยงาน" ของแผ่นงานคะแนน',
    );
    expect(agencyOf({ agency: null, sheetName: 'Sheet1' }, ' จังหวัดลำพูน ').name).toBe('จังหวัดลำพูน');
  });
});
