/** Part 2 (a landscape section): the measures as the divisions left them, and the approval block. */
import type { Paragraph, Table } from 'docx';
import type { ReportModel } from '../core/report';
import type { Kit } from './kit';
import { approvalBlocks, signatureTable } from './signatures';
import * as w from './wording';

/** Text width of a landscape A4 page with 3 cm and 2 cm side margins. */
export const LANDSCAPE_WIDTH = 24.7;

export function planPart(m: ReportModel, k: Kit, opts: { approval: boolean }): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    k.heading(`ส่วนที่ 2 ${w.PLAN_TITLE} ประจำปีงบประมาณ พ.ศ. ${m.planYear}`, 1),
    k.p(w.planIntro(m), { indent: 1.25, after: 120 }),
  ];
  out.push(
    k.table(
      [
        { header: 'ลำดับ', width: 1.5, align: 'center' },
        { header: 'มาตรการ/โครงการ/กิจกรรม', width: 3.8 },
        { header: 'ผลการวิเคราะห์ที่สอดคล้อง', width: 3.6 },
        { header: 'ขั้นตอน/วิธีการดำเนินการ', width: 7.2 },
        { header: 'ผู้รับผิดชอบ', width: 2.6 },
        { header: 'ระยะเวลาดำเนินการ', width: 3.2 },
        { header: 'การติดตามผล', width: 2.8 },
      ],
      m.measures.length
        ? m.measures.map((r) => [String(r.no), r.measure || '-', r.analysis || '-', r.steps || '-', r.owner || '-', r.timeframe || '-', r.followUp || '-'])
        : [[{ text: 'ยังไม่มีมาตรการในแผ่นงานมาตรการ', span: 7, align: 'center' }]],
      // A measure's steps may run longer than a page: its row may break.
      { rowsSplit: true },
    ),
  );
  if (opts.approval) {
    out.push(
      k.p('การพิจารณาและอนุมัติ', { bold: true, before: 360, after: 120, keepNext: true, align: 'left' }),
      signatureTable(k, approvalBlocks(m), LANDSCAPE_WIDTH),
    );
  }
  return out;
}
