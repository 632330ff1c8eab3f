/**
 * The follow-up document from the sheets as they are now: the plan sheet as divisions left it, the
 * agency and plan year our sheets carry, the signers from the ข้อมูลรายงาน sheet (or the sidebar
 * and the command line). Both edges gather the sheets and call this with a day in Thai time.
 */
import type { Day } from '../dates';
import { ItaError, type Label } from '../errors';
import { chooseFramework } from '../framework';
import { PLAN_SHEET } from '../sheet-names';
import { AGENCY_PLACEHOLDER } from '../reading/agency';
import { defaultRound, followUp, roundOf, type RoundChoice } from '../progress';
import { MEASURES_ITEM } from './build';
import { agencyKindOf } from '../divisions';
import { afterRound, toReportDate } from './doc-date';
import { signersOf } from './signers';
import { fieldsFromGrid, type FieldOverrides } from './fields';
import type { DigitStyle } from './model';
import type { ProgressReportModel } from './progress-model';
import { frameworkDefinitions, generatedWith, type WorkbookSources } from '../sources';
import { agencyFromSubtitle, planYearOf } from '../plan/title';

export type ProgressSources = Pick<WorkbookSources, 'analysis' | 'plan' | 'fields' | 'settings' | 'framework'>;

export interface ProgressOptions {
  /** Omitted: today, or the 12-month round once the plan's year is over. */
  round?: RoundChoice;
  digits?: DigitStyle;
  fields?: FieldOverrides;
  /** The document's date as the coordinator gave it (C.E. day); else the first working day after the round. */
  docDate?: Day;
}

export function progressFromSources(src: ProgressSources, options: ProgressOptions, where: Label, today: Day): ProgressReportModel {
  if (!src.plan) {
    throw new ItaError(
      `ไม่พบแผ่นงานมาตรการ ("${PLAN_SHEET}") ใน${where.th}: โปรดสร้างการวิเคราะห์และแผนมาตรการก่อนติดตามผล`,
      `No measures plan sheet ("${PLAN_SHEET}") in ${where.en}: generate the analysis and the plan before following it up`,
    );
  }
  const generated = src.analysis ? generatedWith(src.analysis) : {};
  const planYear = planYearOf(src.plan.grid) ?? (generated.year ? generated.year + 1 : null);
  if (!planYear) {
    throw new ItaError(
      `อ่านปีงบประมาณของแผนมาตรการในแผ่นงาน "${src.plan.name}" ไม่ได้ (หัวเรื่อง "… ประจำปีงบประมาณ พ.ศ. …" ถูกลบไป) โปรดกดสร้างการวิเคราะห์อีกครั้ง`,
      `The plan's fiscal year cannot be read from sheet "${src.plan.name}" (its title "… ประจำปีงบประมาณ พ.ศ. …" is gone): generate the analysis again`,
    );
  }
  const fields = fieldsFromGrid(src.fields, options.fields);
  const round = roundOf(options.round ?? defaultRound(today, planYear), planYear);
  const progress = followUp(src.plan.grid, { th: `แผ่นงาน "${src.plan.name}"`, en: `sheet "${src.plan.name}"` }, round);
  const agency = fields.agency || generated.agency || agencyFromSubtitle(src.plan.grid) || AGENCY_PLACEHOLDER;
  return {
    ...progress,
    digits: options.digits ?? 'thai',
    agency,
    district: fields.district,
    province: fields.province,
    issued: toReportDate(options.docDate ?? afterRound(round)),
    planYear,
    evidence: evidenceItem(planYear + 1, src),
    preparer: fields.preparer,
    proposer: fields.proposer,
    executive: fields.executive,
    signers: signersOf(agencyKindOf(fields.agencyType || agency), agency, fields),
  };
}

/**
 * The item after "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" in the next assessment's OIT list (its
 * framework as Generate would choose it, the user's sheets included): the report on carrying them out.
 */
function evidenceItem(year: number, src: ProgressSources): ProgressReportModel['evidence'] {
  try {
    const items = chooseFramework(frameworkDefinitions(src), year, null).edition.itemLists.OIT.items;
    const at = items.findIndex((i) => i.nameTh === MEASURES_ITEM);
    return at >= 0 && items[at + 1] ? { item: items[at + 1].code, year } : null;
  } catch {
    return null; // a year or setting the frameworks do not cover: the document names no item
  }
}
