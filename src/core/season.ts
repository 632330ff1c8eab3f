/**
 * A new season in the same file: when the plan in the file was made for another plan year, or for
 * another agency, it is never merged into the plan being written. It is kept under its year (the
 * coordinator's alone) and the new plan starts clean; what was left unfinished is listed, and the
 * new measures that carry it on say so.
 */
import type { Analysis } from './analysis';
import { ItaError, type Label } from './errors';
import { agencyNameKey } from './reading/agency-key';
import type { Grid } from './grid';
import { inDigits } from './numbers';
import { AGENCY_PLACEHOLDER } from './reading/agency';
import { COL, type PlanRow } from './plan';
import { agencyFromSubtitle, planYearOf, resultsYearOf } from './plan/title';
import { fieldValue } from './plan/read';
import { ourSheetKind } from './our-sheets';
import { isSeasonName } from './sheet-names';
import { cellText, readPlanMeasures } from './plan/rows';
import { followUp, roundOf } from './progress';

export interface UnfinishedMeasure {
  /** Its number in the old plan as published. */
  no: number;
  /** The measure's key ('' for a row added by hand). */
  key: string;
  measure: string;
  owner: string;
  status: string;
  progress: number | null;
}

export interface OldSeason {
  /** The sheet the old plan is kept under ('มาตรการ ITA 2569'). */
  sheet: string;
  /** The fiscal year the old plan was for (B.E.). */
  planYear: number;
  why: 'year' | 'agency';
  /** The agency the old plan names, when it is another one. */
  agency: string | null;
  unfinished: UnfinishedMeasure[];
}

/**
 * Why the plan in the file is not the one being written (another plan year, another agency), or
 * null when it is (it is then merged). A plan whose title lines are gone is taken as the same.
 */
export function seasonChange(previous: Grid, a: Analysis, planYear: number): { why: 'year' | 'agency'; planYear: number; agency: string | null } | null {
  const oldYear = planYearOf(previous) ?? plusOne(resultsYearOf(previous));
  const oldAgency = agencyFromSubtitle(previous);
  const known = (name: string | null) => name !== null && name !== AGENCY_PLACEHOLDER;
  if (known(oldAgency) && known(a.agency) && agencyNameKey(oldAgency!) !== agencyNameKey(a.agency)) {
    return { why: 'agency', planYear: oldYear ?? planYear, agency: oldAgency };
  }
  if (oldYear !== null && oldYear !== planYear) return { why: 'year', planYear: oldYear, agency: null };
  return null;
}

function plusOne(year: number | null): number | null {
  return year === null ? null : year + 1;
}

/** The old plan's measures not done nor cancelled at the end of its year, as its 12-month follow-up judges them. */
export function unfinishedMeasures(previous: Grid, sheet: string, planYear: number): UnfinishedMeasure[] {
  const where: Label = { th: `แผ่นงาน "${sheet}"`, en: `sheet "${sheet}"` };
  const { read, rows } = readPlanMeasures(previous, where);
  const measures = followUp(previous, where, roundOf({ kind: 'year' }, planYear)).measures;
  return measures.flatMap((m, k) =>
    m.state === 'done' || m.state === 'cancelled'
      ? []
      : [{ no: m.no, key: cellText(fieldValue(read, rows[k], 'key')), measure: m.measure, owner: m.owner, status: m.status, progress: m.progress }],
  );
}

/** The words in the indicator cell of a new measure that carries on an unfinished one. */
export function continuingText(oldYear: number): string {
  return `ต่อเนื่องจากแผนปี ${oldYear}`;
}

/** Marks, in their indicator cell, the new plan's measures that carry on one left unfinished. */
export function markContinuing(rows: PlanRow[], old: OldSeason, a: Analysis): number {
  const keys = new Set(old.unfinished.map((u) => u.key).filter(Boolean));
  let marked = 0;
  for (const r of rows) {
    if (r.kind === 'routine' || !keys.has(r.key)) continue;
    r.cells[COL.indicator] = `${String(r.cells[COL.indicator] ?? '')}\n${inDigits(continuingText(old.planYear), a.digits)}`;
    marked++;
  }
  return marked;
}

/** Where the old plan went and how much of it was left unfinished: said by the sidebar, the command line and the analysis sheet. */
export function oldSeasonNote(old: OldSeason, a: Analysis): Label {
  const n = old.unfinished.length;
  if (old.why === 'agency') {
    return {
      th: `แผนมาตรการเดิมในไฟล์เป็นของ ${old.agency} ไม่ใช่ของ ${a.agency} จึงไม่นำผลการประเมินมารวมกับแผนนั้น แผนเดิมเก็บไว้ที่แผ่นงาน "${old.sheet}" (ผู้ประสานงานแก้ไขได้ผู้เดียว) และเริ่มแผนใหม่`,
      en: `The plan in the file is ${old.agency}'s, not ${a.agency}'s, so these results were not merged into it: it is kept as sheet "${old.sheet}" (the coordinator's only) and a new plan was started`,
    };
  }
  return {
    th: `แผนมาตรการประจำปีงบประมาณ พ.ศ. ${old.planYear} เก็บไว้ที่แผ่นงาน "${old.sheet}" (ผู้ประสานงานแก้ไขได้ผู้เดียว ยังใช้ติดตามผลได้) มาตรการที่ยังไม่แล้วเสร็จ ${n} มาตรการ แผนใหม่เริ่มโดยไม่มีสถานะ ความคืบหน้า หรือหมายเหตุของแผนเดิม`,
    en: `The ${old.planYear} plan is kept as sheet "${old.sheet}" (the coordinator's only; its follow-up still works); ${n} of its measures were unfinished; the new plan starts without the old plan's statuses, progress or notes`,
  };
}

/**
 * The plan sheet a follow-up is asked for by name (`--plan "มาตรการ ITA 2569"`, the sidebar's
 * choice): it must hold a plan's header; the error lists the plan sheets the file has.
 */
export function planSheetNamed<T extends { name: string; grid: Grid }>(sheets: readonly T[], name: string, where: Label): T {
  const plans = sheets.filter((s) => ourSheetKind(s.name, s.grid) === 'plan');
  const found = plans.find((s) => s.name === name) ?? plans.find((s) => s.name.trim() === name.trim());
  if (found) return found;
  const list = plans.map((s) => `"${s.name}"`).join(', ') || '-';
  throw new ItaError(
    `ไม่พบแผนมาตรการในแผ่นงาน "${name}" ของ${where.th} (แผ่นงานแผนมาตรการที่มี: ${list})`,
    `No measures plan in sheet "${name}" of ${where.en} (plan sheets in the file: ${list})`,
  );
}

/** The plan sheets a follow-up can be made from: the current plan first, then the kept plans of earlier years, newest first. */
export function followablePlans(names: readonly string[], current: string | null): string[] {
  const kept = names.filter((n) => isSeasonName(n)).sort((a, b) => b.localeCompare(a));
  return [...(current ? [current] : []), ...kept];
}
