/**
 * Node's file-system errors in the user's words, naming the file: "EACCES: permission denied,
 * mkdir …" says what the library tried, not what went wrong for the coordinator.
 */
import { ItaError } from '../core/errors';

/** What we were doing with the path when it failed. */
export type FileAction = 'read' | 'write' | 'folder';

export function fileError(e: unknown, path: string, action: FileAction): ItaError {
  if (e instanceof ItaError) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? '';
  const [th, en] = reason(code, path, action);
  return new ItaError(th, en);
}

function reason(code: string, path: string, action: FileAction): [string, string] {
  const cannot =
    action === 'read'
      ? { th: `อ่านไฟล์ ${path} ไม่ได้`, en: `Cannot read ${path}` }
      : action === 'write'
        ? { th: `บันทึกไฟล์ ${path} ไม่ได้`, en: `Cannot save ${path}` }
        : { th: `สร้างโฟลเดอร์ ${path} ไม่ได้`, en: `Cannot create the folder ${path}` };
  switch (code) {
    case 'ENOENT':
      return action === 'read'
        ? [`ไม่พบไฟล์: ${path}`, `File not found: ${path}`]
        : [`${cannot.th}: ไม่พบโฟลเดอร์ที่จะบันทึก`, `${cannot.en}: the folder does not exist`];
    case 'EISDIR':
      return [`${path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์`, `${path} is a folder, not a file`];
    case 'ENOTDIR':
      return [`${cannot.th}: ส่วนหนึ่งของเส้นทางเป็นไฟล์ ไม่ใช่โฟลเดอร์`, `${cannot.en}: part of the path is a file, not a folder`];
    case 'EEXIST':
      return [`${cannot.th}: มีไฟล์ชื่อเดียวกันอยู่แล้ว`, `${cannot.en}: a file of that name already exists`];
    case 'EACCES':
    case 'EPERM':
      if (action === 'read') return [`ไม่มีสิทธิ์อ่านไฟล์: ${path}`, `No permission to read the file: ${path}`];
      if (action === 'folder') return [`${cannot.th}: ไม่มีสิทธิ์เขียนในตำแหน่งนั้น`, `${cannot.en}: no permission to write there`];
      return [
        `${cannot.th}: ไม่มีสิทธิ์เขียน หรือไฟล์เปิดอยู่ในโปรแกรมอื่น (เช่น Excel) กรุณาปิดไฟล์แล้วลองใหม่`,
        `${cannot.en}: no permission to write, or the file is open in another program (such as Excel); close it and try again`,
      ];
    case 'EBUSY':
      return [
        `${cannot.th}: ไฟล์เปิดอยู่ในโปรแกรมอื่น (เช่น Excel) กรุณาปิดไฟล์แล้วลองใหม่`,
        `${cannot.en}: the file is open in another program (such as Excel); close it and try again`,
      ];
    case 'ENOSPC':
      return [`${cannot.th}: พื้นที่ดิสก์เต็ม`, `${cannot.en}: the disk is full`];
    case 'EROFS':
      return [`${cannot.th}: ดิสก์หรือโฟลเดอร์นี้อ่านได้อย่างเดียว`, `${cannot.en}: the disk or folder is read-only`];
    case 'ENAMETOOLONG':
      return [`${cannot.th}: ชื่อไฟล์หรือเส้นทางยาวเกินกว่าที่ระบบไฟล์รองรับ`, `${cannot.en}: the file name or path is longer than the file system allows`];
    case 'EMFILE':
    case 'ENFILE':
      return [`${cannot.th}: เปิดไฟล์พร้อมกันมากเกินไป กรุณาลองใหม่`, `${cannot.en}: too many files are open; try again`];
    default:
      // The system's code alone (EIO, …) helps support without the library's sentence.
      return [`${cannot.th}${code ? ` (รหัสจากระบบ ${code})` : ''}`, `${cannot.en}${code ? ` (system code ${code})` : ''}`];
  }
}
