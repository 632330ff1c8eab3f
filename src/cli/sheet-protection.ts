/**
 * Sheet protection in the .xlsx we write: no password (it keeps people from typing where the
 * program writes, or in last year's plan, without locking anyone out), and a note on A1 saying why.
 */
import type ExcelJS from 'exceljs';

export function protectWorksheet(ws: ExcelJS.Worksheet, note: string): void {
  // ExcelJS sets the protection synchronously inside the promise's executor when there is no password to hash.
  void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  ws.getCell('A1').note = note;
}

/** The note on an earlier year's plan kept under its year. */
export function keptPlanNote(planYear: number): string {
  return `แผนมาตรการประจำปีงบประมาณ พ.ศ. ${planYear} เก็บไว้เมื่อเริ่มแผนของปีใหม่ในไฟล์เดียวกัน ใช้ติดตามผลและรายงานได้ แต่ไม่ควรแก้ไข (การป้องกันแผ่นงานไม่มีรหัสผ่าน)`;
}
