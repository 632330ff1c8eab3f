/**
 * `ita-analysis framework [--year N] [--family NAME] [--out FILE.xlsx]`: a built-in edition as a
 * `กรอบการประเมิน` workbook to edit; and where `analyze` finds the user's framework sheets.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseYear } from '../core/dates';
import { startingEdition } from '../core/editions';
import { ItaError } from '../core/errors';
import { isFrameworkSheet } from '../core/framework';
import { frameworkSheet } from '../core/layout/framework-sheet';
import { FRAMEWORK_SHEET, SETTINGS_SHEET } from '../core/sheet-names';
import type { Grid } from '../core/grid';
import { fileSafe } from '../core/file-name';
import { writeWorkbookAtomically } from './atomic-write';
import { readInput, type InputFile } from './read-input';
import { renderWorkbook } from './xlsx-render';

export const FRAMEWORK_USAGE = 'วิธีใช้ / usage: ita-analysis framework [--year N] [--family NAME] [--out FILE.xlsx]';

interface FrameworkArgs {
  year: number | null;
  family: string | null;
  out: string | null;
}

function parseFrameworkArgs(argv: string[]): FrameworkArgs {
  const args: FrameworkArgs = { year: null, family: null, out: null };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    const value = () => {
      const v = argv[++k];
      if (v === undefined) throw new ItaError(`ตัวเลือก ${a} ต้องมีค่า ${FRAMEWORK_USAGE}`, `Option ${a} needs a value`);
      return v;
    };
    if (a === '--year') args.year = parseYear(value(), { th: 'ตัวเลือก --year', en: 'option --year' });
    else if (a === '--family') args.family = value().trim() || null;
    else if (a === '--out') args.out = value();
    else throw new ItaError(`ไม่รู้จักตัวเลือก ${a} ${FRAMEWORK_USAGE}`, `Unknown option ${a}`);
  }
  return args;
}

/** Writes the workbook and returns the lines to print. Never writes over a file: it may hold someone's edits. */
export async function frameworkCommand(argv: string[]): Promise<string> {
  const args = parseFrameworkArgs(argv);
  const { edition, from } = startingEdition(args.year);
  const year = args.year ?? edition.fromYear;
  const out = args.out ?? join('out', `${FRAMEWORK_SHEET}-${year}${args.family ? `-${fileSafe(args.family)}` : ''}.xlsx`);
  if (existsSync(out)) {
    throw new ItaError(
      `มีไฟล์ ${out} อยู่แล้ว จึงไม่เขียนทับ (อาจมีสิ่งที่แก้ไขไว้) โปรดระบุชื่อไฟล์อื่นด้วย --out`,
      `${out} exists and is not overwritten (it may hold edits); name another file with --out`,
    );
  }
  const workbook = renderWorkbook({ sheets: [frameworkSheet(edition, { group: args.family })] });
  await mkdir(dirname(out), { recursive: true });
  await writeWorkbookAtomically(workbook, out, null);
  return [
    `กรอบการประเมิน / Framework: ${edition.labelTh}${args.family ? ` กลุ่มหน่วยงาน ${args.family}` : ''}`,
    ...(from
      ? [
          `ข้อสังเกต / Note: โปรแกรมยังไม่มีเกณฑ์ของปี ${year} จึงคัดลอก${from.labelTh}ไว้เป็นจุดตั้งต้นโดยระบุเป็นปี ${year} โปรดแก้ไขให้ตรงกับคู่มือการประเมินปี ${year} / ` +
            `the program has no ${year} framework, so the built-in ${from.fromYear} one was copied as a starting point, labelled ${year}; edit it to match the ${year} manual`,
        ]
      : []),
    `ไฟล์ / File: ${out}`,
    `แก้ไขแผ่นงาน ${FRAMEWORK_SHEET} แล้วใช้กับ analyze --framework ${out} / Edit it, then run analyze --framework ${out}`,
    '',
  ].join('\n');
}

/** The framework sheets `analyze` reads: those of --framework FILE.xlsx when given, else the input workbook's. */
export async function frameworkInput(path: string | undefined, input: InputFile): Promise<{ name: string; grid: Grid }[]> {
  if (path === undefined) return input.sheets.filter(isFrameworkSheet);
  const sheets = (await readInput(path)).sheets.filter((s) => isFrameworkSheet(s) || s.name === SETTINGS_SHEET);
  if (!sheets.length) {
    throw new ItaError(
      `ไม่พบแผ่นงาน ${FRAMEWORK_SHEET} หรือ ${SETTINGS_SHEET} ในไฟล์ ${path} (สร้างได้ด้วยคำสั่ง framework)`,
      `No ${FRAMEWORK_SHEET} or ${SETTINGS_SHEET} sheet in ${path} (the framework command writes one)`,
    );
  }
  return sheets;
}
