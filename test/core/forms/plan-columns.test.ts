import { fieldOfHeader } from '../../../src/core/forms/plan-columns';
import { readPlanSheet, requireColumns } from '../../../src/core/plan/read';
import { ItaError } from '../../../src/core/errors';

describe('plan columns found by their header text, words added', () => {
  test.each([
    ['กองที่รับผิดชอบ', 'owner'],
    ['ผู้รับผิดชอบหลัก', 'owner'],
    ['ผู้รับผิดชอบหลัก (กอง/สำนัก)', 'owner'],
    ['สถานะ (เลือก)', 'status'],
    ['สถานะการดำเนินงานล่าสุด', 'status'],
    ['ความคืบหน้า (ร้อยละ)', 'progress'],
    ['ความคืบหน้า\n(%)', 'progress'],
    ['หมายเหตุ/ปัญหาอุปสรรค', 'note'],
    ['หมายเหตุ (ถ้ามี)', 'note'],
    ['ผู้รับผิดชอบร่วม (ถ้ามี)', 'coOwner'],
    ['กำหนดแล้วเสร็จใหม่ (กรณีเลื่อน)', 'revised'],
    ['กำหนดแล้วเสร็จตามแผน', 'deadline'],
    ['รหัสมาตรการ (ห้ามแก้ไข)', 'key'],
  ])('%s → %s', (header, field) => expect(fieldOfHeader(header)).toBe(field));

  test.each(['งบประมาณ (บาท)', 'ลำดับความสำคัญ', 'ที่มา', ''])('%s is a column people added', (header) => expect(fieldOfHeader(header)).toBeNull());

  test('answers remembered per worker: the same after more texts than are remembered; cells that are not text read as text', () => {
    expect(fieldOfHeader('สถานะ (เลือก)')).toBe('status');
    for (let k = 0; k < 5000; k++) expect(fieldOfHeader(`มาตรการที่ ${k}`)).toBeNull();
    expect(fieldOfHeader('สถานะ (เลือก)')).toBe('status');
    expect(fieldOfHeader(null)).toBeNull();
    expect(fieldOfHeader(2568)).toBeNull();
  });

  test('a plan without a status column is refused, naming the header looked for, the sheet and the row', () => {
    const grid = [['title'], [], ['ลำดับ', 'ตัวชี้วัด', 'มาตรการ/โครงการ/กิจกรรม', 'กองที่รับผิดชอบ', 'ความเห็น', 'ความคืบหน้า (ร้อยละ)', 'หมายเหตุ', 'รหัสมาตรการ (ห้ามแก้ไข)']];
    const read = readPlanSheet(grid);
    expect(read.columns.owner).toBe(3);
    expect(() => requireColumns(read, 'มาตรการ ITA')).toThrow(ItaError);
    expect(() => requireColumns(read, 'มาตรการ ITA')).toThrow(
      'แผ่นงาน "มาตรการ ITA" แถวที่ 3: ไม่พบคอลัมน์ "สถานะ" (หรือ "สถานะการดำเนินการ") จึงยังไม่ได้เขียนสิ่งใด โปรดตั้งหัวคอลัมน์ให้ขึ้นต้นด้วยข้อความนี้แล้วสั่งอีกครั้ง',
    );
  });
});
