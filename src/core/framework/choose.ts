/**
 * Which framework a result is read with: the definition for its year and agency group in the
 * user's sheets, laid over the built-in edition, else the built-in edition. Nothing downstream
 * branches on a year; it asks the edition this returns.
 */
import { builtinEditions, editionForYear, NEWEST_LAST_YEAR, NEWEST_YEAR, pastBuiltin } from '../editions';
import type { Edition } from '../editions/types';
import { ItaError, type Label } from '../errors';
import type { Grid } from '../grid';
import { cellLabel } from './cells';
import { yearsEn, yearsText } from './form';
import { mergeDefinition } from './merge';
import { groupKey, readDefinitions, type FrameworkDefinition } from './read';

export interface FrameworkChoice {
  edition: Edition;
  /** Sheets that define it; empty for a built-in edition. */
  sheets: string[];
  /** The framework's name and where it comes from, for the user (no internal ids). */
  describe: Label;
  warnings: Label[];
}

/**
 * Reads and checks every definition in the framework sheets: each is laid over every built-in
 * edition its years touch, so an error shows before anything is written, whichever year is analysed.
 */
export function readFramework(sheets: readonly { name: string; grid: Grid }[]): FrameworkDefinition[] {
  const defs = readDefinitions(sheets);
  for (const def of defs) {
    if (def.overview?.baseYear) mergeDefinition(def, def.from);
    else {
      for (const e of builtinEditions()) if (e.fromYear <= def.to && def.from <= e.toYear) mergeDefinition(def, Math.max(def.from, e.fromYear));
      // Years past every built-in edition are laid over the newest.
      if (def.to > NEWEST_LAST_YEAR) mergeDefinition(def, Math.max(def.from, NEWEST_LAST_YEAR + 1));
    }
  }
  return defs;
}

/** The framework for a B.E. year (newest when null) and an agency's type (matched against กลุ่มหน่วยงาน). */
export function chooseFramework(defs: readonly FrameworkDefinition[], year: number | null, agencyType: string | null): FrameworkChoice {
  const y = year ?? NEWEST_YEAR;
  const covering = defs.filter((d) => y >= d.from && y <= d.to);
  const agency = groupKey(agencyType);
  const own = agency ? covering.find((d) => groupKey(d.group) === agency) : undefined;
  const def = own ?? covering.find((d) => groupKey(d.group) === '');
  const warnings: Label[] = [];
  const others = covering.filter((d) => groupKey(d.group) !== '' && d !== own);
  if (!own && others.length) {
    const groups = others.map((d) => d.group).join(', ');
    const type = agencyType ? `"${agencyType}"` : '(ไม่ได้ระบุ)';
    warnings.push({
      th: `แผ่นงาน ${others[0].sheets[0]} กำหนดกรอบการประเมินปี ${y} ของกลุ่มหน่วยงาน ${groups} ไว้ แต่ประเภทหน่วยงานในแผ่นงานคะแนน ${type} ไม่ตรงกับกลุ่มใด จึงไม่ได้ใช้กรอบนั้น หากหน่วยงานอยู่ในกลุ่มดังกล่าว โปรดระบุประเภทหน่วยงานให้ตรงกับชื่อกลุ่ม`,
      en: `Sheet ${others[0].sheets[0]} defines the ${y} framework of agency group ${groups}, but the score sheet's agency type ${agencyType ? `"${agencyType}"` : '(none)'} matches no group, so it was not used; if the agency belongs to that group, give the group's name as its agency type`,
    });
  }
  if (!def) {
    const edition = editionForYear(y);
    const past = pastBuiltin(y);
    if (past) warnings.push(notInProgram(y, edition));
    return {
      edition,
      sheets: [],
      describe: past
        ? {
            th: `เกณฑ์ที่ติดมากับโปรแกรม: ${edition.labelTh} (ยังไม่มีเกณฑ์ปี ${y})`,
            en: `Built-in framework for B.E. ${yearsEn(edition.fromYear, edition.toYear)} (none for ${y} yet)`,
          }
        : { th: `เกณฑ์ที่ติดมากับโปรแกรม: ${edition.labelTh}`, en: `Built-in framework for B.E. ${yearsEn(edition.fromYear, edition.toYear)}` },
      warnings,
    };
  }
  const edition = mergeDefinition(def, y);
  const where = def.sheets.join(' และ ');
  return {
    edition,
    sheets: [...def.sheets],
    describe: { th: `กรอบที่ผู้ใช้กำหนดในแผ่นงาน ${where}: ${edition.labelTh}`, en: `User definition in sheet ${def.sheets.join(', ')}: ${edition.labelTh}` },
    warnings,
  };
}

/** A year after the newest built-in edition: analysed with that edition, and said wherever the result is read. */
function notInProgram(year: number, edition: Edition): Label {
  return {
    th: `โปรแกรมยังไม่มีเกณฑ์การประเมินของปีงบประมาณ พ.ศ. ${year} จึงวิเคราะห์ด้วย${edition.labelTh} ซึ่งเป็นเกณฑ์ล่าสุดที่มี หากเกณฑ์ปี ${year} ต่างออกไป โปรดกำหนดในแผ่นงาน กรอบการประเมิน (คัดลอกเกณฑ์ปี ${year} เป็นจุดตั้งต้นได้จากเมนู หรือคำสั่ง framework --year ${year})`,
    en: `The program has no ${year} assessment framework, so the newest built-in one (B.E. ${edition.fromYear}) was used; if ${year}'s differs, define it in the กรอบการประเมิน sheet (the menu or framework --year ${year} copies a starting point)`,
  };
}

/**
 * Before copying a built-in edition into a new framework sheet: the copy may not define years the
 * sheets already define for the same group, or the two would clash on the next analysis.
 */
export function checkCopy(defs: readonly FrameworkDefinition[], edition: Edition, group: string | null): void {
  const clash = defs.find((d) => groupKey(d.group) === groupKey(group) && d.from <= edition.toYear && edition.fromYear <= d.to);
  if (!clash) return;
  const where = cellLabel(clash.at);
  throw new ItaError(
    `${where.th} กำหนดกรอบการประเมินของปี ${yearsText(clash.from, clash.to)}${clash.group ? ` กลุ่มหน่วยงาน ${clash.group}` : ''} ไว้แล้ว จึงไม่คัดลอก${edition.labelTh} ซ้ำ: แก้ไขในแผ่นงานเดิม หรือลบแถวของปีนั้นก่อน`,
    `${where.en} already defines the framework for ${yearsEn(clash.from, clash.to)}${clash.group ? ` of agency group ${clash.group}` : ''}, so the built-in one is not copied again: edit that sheet, or delete its rows first`,
  );
}
