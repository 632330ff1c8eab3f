/**
 * getReportData: the published document's model from the spreadsheet as it is now. Read only (no
 * lock, no new scope): the score sheet, the ตั้งค่า ITA and ข้อมูลรายงาน sheets, the analysis sheet's
 * settings and the plan sheet as people left it. The sidebar renders the .docx from it.
 */
import { ANALYSIS_SHEET, REPORT_FIELDS_SHEET, SETTINGS_SHEET } from '../core/sheet-names';
import { DOC_DATE, parseDocDate, reportFromSources, type ReportModel } from '../core/report';
import { readFrameworkSheets } from './framework';
import type { ReportRequest } from './contract';
import { sourceSheet } from './generate';
import { plainErrors } from './plain-errors';
import { readOtherSheets } from './history-sources';
import { locatePlan } from './sheets-find';
import { listSheets, readerOf } from './sheets-io';

export function getReportData(options?: ReportRequest): ReportModel {
  const opts = options ?? {};
  return plainErrors(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const reader = readerOf(ss);
    const sheets = listSheets(ss);
    const analysis = ss.getSheetByName(ANALYSIS_SHEET);
    const plan = locatePlan(ss);
    const score = analysis && plan ? sourceSheet(ss, reader, opts.sourceSheet) : null;
    const optional = (name: string) => {
      const sheet = ss.getSheetByName(name);
      return sheet ? reader.grid(sheet) : undefined;
    };
    return reportFromSources(
      {
        score: score ? { name: score.getName(), grid: reader.grid(score) } : null,
        settings: optional(SETTINGS_SHEET),
        framework: readFrameworkSheets(sheets, reader),
        analysis: analysis ? reader.grid(analysis) : null,
        plan: plan ? { name: plan.getName(), grid: reader.grid(plan) } : null,
        fields: optional(REPORT_FIELDS_SHEET),
        others: score ? readOtherSheets(sheets, score.getName(), reader) : [],
      },
      {
        form: opts.form,
        digits: opts.digits,
        audience: opts.audience,
        fields: opts.fields,
        docDate: opts.docDate ? parseDocDate(opts.docDate, DOC_DATE) : undefined,
      },
      { th: 'สเปรดชีตนี้', en: 'this spreadsheet' },
      reader.today(),
    );
  });
}
