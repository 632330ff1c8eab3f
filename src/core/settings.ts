/**
 * The `ตั้งค่า ITA` sheet. Its table (one row per year: base edition and tool weights) is read by
 * the framework reader as an overview table, beside the `กรอบการประเมิน` sheet (see framework/).
 */
/** The settings table's header people type (read by the framework reader; also how a renamed sheet is recognised). */
export const SETTINGS_HEADER = ['ปีงบประมาณ (พ.ศ.)', 'ใช้เกณฑ์ของ', 'น้ำหนัก IIT', 'น้ำหนัก EIT ส่วนที่ 1 (หรือ EIT)', 'น้ำหนัก EIT ส่วนที่ 2', 'น้ำหนัก OIT'];
