/**
 * ReportModel → .docx bytes, the same in the sidebar (browser) and the command line (Node): cover,
 * front matter numbered ก, ข, the analysis, and Part 2 in landscape (document.ts sets the page).
 */
import type { Paragraph } from './wml/body';
import type { ReportModel } from '../core/report';
import { analysisPart } from './analysis-part';
import { bodyNumbering, emptyHeader, packDocument, pageHeader, pageOf, type DocumentParts } from './document';
import { contentsPage, cover, forewordPage, memoPages } from './front';
import { makeKit, type Kit } from './kit';
import { planPart } from './plan-part';
import { TITLE } from './wording';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function renderReport(m: ReportModel): Promise<Uint8Array> {
  const k = makeKit(m.digits);
  const body = bodyNumbering(m.digits);
  const numbered = { default: pageHeader() };
  const sections: DocumentParts['sections'] =
    m.form === 'memo'
      ? [
          {
            properties: { ...pageOf(false, { start: 1, format: body }), titlePage: true },
            headers: { ...numbered, first: emptyHeader() },
            children: memoPages(m, k),
          },
          { properties: pageOf(false, { start: 1, format: body }), headers: numbered, children: [...attachmentTitle(k), ...analysisPart(m, k)] },
          { properties: pageOf(true, { format: body }), headers: numbered, children: planPart(m, k, { approval: false }) },
        ]
      : [
          { properties: pageOf(false), children: cover(m, k) },
          {
            properties: pageOf(false, { start: 1, format: 'thaiLetters' }),
            headers: numbered,
            children: [...forewordPage(m, k), ...contentsPage(k)],
          },
          { properties: pageOf(false, { start: 1, format: body }), headers: numbered, children: analysisPart(m, k) },
          { properties: pageOf(true, { format: body }), headers: numbered, children: planPart(m, k, { approval: true }) },
        ];
  return packDocument({
    title: k.plain(`${TITLE} ประจำปีงบประมาณ พ.ศ. ${m.year} ${m.agency}`),
    creator: m.agency,
    description: k.plain(`มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${m.planYear}`),
    sections,
  });
}

function attachmentTitle(k: Kit): Paragraph[] {
  return [k.p('สิ่งที่ส่งมาด้วย', { bold: true, align: 'right', after: 240 })];
}
