/**
 * Where each agency's workbook goes. One agency: --out names the file (or a folder), and a
 * workbook we wrote is updated in place when --out is not given, as the add-on does. Several
 * agencies: --out names the folder, and each file name is made unique within the run.
 */
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { ItaError, type Label } from '../core/errors';
import { resultFileName, uniqueName } from './file-name';

export const DEFAULT_FOLDER = 'out';

export interface Target {
  path: string;
  /** What the user is told about the file's name (shortened, or made unique). */
  notices: Label[];
}

export type TargetFor = (agency: string, year: number | null) => Target;

export async function targetsFor(opts: { input: string; out?: string; batch: boolean; ours: boolean }): Promise<TargetFor> {
  const { out, batch } = opts;
  const folderGiven = out !== undefined && (/[\\/]$/.test(out) || (await isFolder(out)));
  if (batch) {
    if (out !== undefined && !folderGiven && ((await exists(out)) || /\.(xlsx|xls|csv)$/i.test(out))) {
      throw new ItaError(
        `ไฟล์ ${opts.input} มีตารางคะแนนหลายหน่วยงาน ซึ่งจะได้ไฟล์ผลแยกรายหน่วยงาน --out จึงต้องเป็นโฟลเดอร์ ไม่ใช่ไฟล์ (${out})`,
        `${opts.input} holds several agencies' scores, which give one workbook each, so --out must be a folder, not a file (${out})`,
      );
    }
    return inFolder(out ?? DEFAULT_FOLDER);
  }
  if (out !== undefined && !folderGiven) {
    if (extname(out).toLowerCase() !== '.xlsx') {
      throw new ItaError(
        `--out ต้องเป็นชื่อไฟล์ .xlsx หรือโฟลเดอร์ (ได้รับ "${out}") เพราะผลการวิเคราะห์บันทึกเป็นไฟล์ Excel เท่านั้น`,
        `--out must name an .xlsx file or a folder (got "${out}"): the results are saved as an Excel workbook only`,
      );
    }
    return () => ({ path: out, notices: [] });
  }
  if (out === undefined && opts.ours) return () => ({ path: opts.input, notices: [] });
  return inFolder(out ?? DEFAULT_FOLDER);
}

/** Whether two paths name the same file (through links and relative parts). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const real = (p: string) => realpath(p).catch(() => resolve(p));
  return (await real(a)) === (await real(b));
}

function inFolder(folder: string): TargetFor {
  const taken = new Set<string>();
  return (agency, year) => {
    const { name, shortened } = resultFileName(agency, year);
    const unique = uniqueName(name, taken);
    const notices: Label[] = [];
    if (shortened) {
      notices.push({
        th: `ชื่อหน่วยงาน "${agency}" ยาวเกินกว่าจะใช้เป็นชื่อไฟล์ได้ทั้งหมด จึงย่อชื่อไฟล์เป็น ${unique} (ในไฟล์ยังมีชื่อเต็ม)`,
        en: `The agency's name is too long for a file name, so the file is called ${unique} (the workbook keeps the full name)`,
      });
    }
    if (unique !== name) {
      notices.push({
        th: `หน่วยงาน "${agency}" ปี ${year ?? '-'} มีมากกว่าหนึ่งแผ่นงานในไฟล์นี้ จึงบันทึกเป็น ${unique} เพื่อไม่ให้ทับไฟล์ก่อนหน้า`,
        en: `Agency "${agency}" (${year ?? '-'}) appears in more than one sheet of this file, so it is saved as ${unique} rather than over the earlier one`,
      });
    }
    return { path: join(folder, unique), notices };
  };
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
