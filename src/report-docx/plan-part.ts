/** Part 2 (a landscape section): the measures as the divisions left them, and the approval block. */
import type { Paragraph, Table } from './wml/body';
import type { ReportModel } from '../core/report';
import type { Kit } from './kit';
import { approvalBlocks, keptWith, signatureColumns, twoColumns } from './signatures';
import * as w from './wording';

/** Text width of a landscape A4 page with 2 cm side margins. */
export const LANDSCAPE_WIDTH = 25.7;

export function planPart(m: ReportModel, k: Kit, opts: { approval: boolean }): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    k.heading(`ส่วนที่ 2 ${w.PLAN_TITLE} ประจำปีงบประมาณ พ.ศ. ${m.planYear}`, 1),
    k.p(w.planIntro(m), { indent: 1.25, after: 120 }),
  ];
  out.push(
    k.table(
      [
        // ขั้นตอน and การติดตามผล hold the most text: the widest columns, so a measure takes fewer lines.
        { header: 'ที่', width: 0.9, align: 'center' },
        { header: 'มาตรการ/โครงการ/กิจกรรม', width: 3.0 },
        // Wide enough for "(๖๕.๐๐ คะแนน)", which is kept on one line.
        { header: 'ผลการวิเคราะห์ที่สอดคล้อง', width: 3.6 },
        { header: 'ขั้นตอน/วิธีการดำเนินการ', width: 8.8 },
        { header: 'ผู้รับผิดชอบ', width: 2.5 },
        { header: 'ระยะเวลาดำเนินการ', width: 3.0 },
        { header: 'การติดตามผล', width: 3.9 },
      ],
      m.measures.length
        ? m.measures.map((r) => [String(r.no), r.measure || '-', r.analysis || '-', r.steps || '-', r.owner || '-', r.timeframe || '-', r.followUp || '-'])
        : [[{ text: 'ยังไม่มีมาตรการในแผ่นงานมาตรการ', span: 7, align: 'center' }]],
      // A measure's steps may run longer than a page: its row may break. Lines at 0.9: the Thai
      // face's own leading is generous, and example 001's eight measures then fit seven pages.
      { rowsSplit: true, lastWithNext: opts.approval, headerSize: 24, line: 216 },
    ),
  );
  if (opts.approval) {
    const blocks = approvalBlocks(m);
    out.push(
      // A paragraph between two tables, or Word and LibreOffice join them into one.
      k.p(''),
      keptWith(
        [k.p(w.PLAN_CLOSING, { indent: 1.25, before: 240 }), k.p('การพิจารณาและอนุมัติ', { bold: true, before: 240, after: 120, align: 'left' })],
        // Up to four signers side by side (a landscape page is too short for blocks stacked); more in two columns.
        signatureColumns(k, blocks.length > 4 ? twoColumns(blocks) : blocks.map((b) => [b]), LANDSCAPE_WIDTH),
        LANDSCAPE_WIDTH,
      ),
    );
  }
  return out;
}
