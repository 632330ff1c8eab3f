/**
 * The name of the copy kept of the old plan sheet when the merge cannot be sure: dated, unique
 * among the workbook's sheets, and short enough for the program (Excel allows 31 characters).
 */
import { thaiDate, type Day } from '../dates';
import { BACKUP_MARK } from '../sheet-names';

export function backupSheetName(base: string, today: Day, existing: readonly string[], maxLength: number): string {
  const date = thaiDate(today, { short: true });
  const candidates = [`${base} (${BACKUP_MARK} ${date})`, `${base} (เดิม ${date})`, `${BACKUP_MARK} ${date}`, `เดิม ${date}`];
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (let k = 1; k < 1000; k++) {
    const suffix = k === 1 ? '' : ` (${k})`;
    for (const c of candidates) {
      const name = c.length + suffix.length <= maxLength ? c + suffix : c.slice(0, maxLength - suffix.length) + suffix;
      if (!taken.has(name.toLowerCase())) return name;
    }
  }
  return `${BACKUP_MARK} ${Date.now()}`.slice(0, maxLength);
}

/**
 * The name an old season's plan is kept under: the plan sheet's name and the fiscal year it was
 * for ('มาตรการ ITA 2569'), numbered when that name is taken.
 */
export function seasonSheetName(base: string, planYear: number, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (let k = 1; ; k++) {
    const name = `${base} ${planYear}${k === 1 ? '' : ` (${k})`}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
