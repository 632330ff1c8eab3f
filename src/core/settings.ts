/**
 * The `ตั้งค่า ITA` sheet. Its table (one row per year: base edition and tool weights) is read by
 * the framework reader as an overview table, beside the `กรอบการประเมิน` sheet (see framework/).
 */
export const SETTINGS_SHEET = 'ตั้งค่า ITA';
