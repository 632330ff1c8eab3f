/** Words on the pages LibreOffice prints, read back with pdftotext -layout. */
import { WHOLE_WORDS } from '../../src/report-docx/line-fit';

/**
 * Text compared as letters only: pdftotext moves Thai marks and puts spaces around them ("ตัวชีว้ ัด"),
 * and lays table columns side by side on a line; a word broken across lines still fails to match.
 */
export const letters = (text: string) => text.replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e \t]/g, '');
export const count = (text: string, word: string) => letters(text).split(letters(word)).length - 1;

/** Listed compounds broken at a line's end ("หน่วย|งาน"), in text laid out as printed. */
export function brokenWords(pages: string[]): string[] {
  // pdftotext puts a mark that sits above a line's last letter at the start of the next line ("ขัน" | "้ ตอน"): one line.
  const lines = pages
    .join('\n')
    .replace(/\n\s*(?=[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])/g, '')
    .split('\n')
    .map((l) => letters(l.trim()));
  const found: string[] = [];
  for (const entry of WHOLE_WORDS) {
    const parts = entry.split('|').map(letters);
    for (let k = 1; k < parts.length; k++) {
      const [left, right] = [parts.slice(0, k).join(''), parts.slice(k).join('')];
      for (let i = 0; i + 1 < lines.length; i++) if (lines[i].endsWith(left) && lines[i + 1].startsWith(right)) found.push(`${left}|${right}`);
    }
  }
  return found;
}
