/**
 * ProgressReportModel → the follow-up report (.docx): a cover, the background and the summary with
 * the counts per division, every measure in a landscape table (the planned deadline beside a new
 * one), the problems and suggestions the divisions wrote, and the approval block. Same page,
 * typography and signatures as the analysis report.
 */
import type { Paragraph, Table } from './wml/body';
import { fixed2 } from '../core/numbers';
import { COUNT_ORDER, liveCount, nothingToReport, shownStates, STATE_LABEL, STATE_ORDER, type MeasureState, type StateCounts } from '../core/progress';
import type { ProgressReportModel } from '../core/report';
import { PORTRAIT_WIDTH } from './analysis-part';
import { CHART_COLORS } from './chart';
import { bodyNumbering, packDocument, pageHeader, pageOf } from './document';
import { makeKit, type Cell, type Kit } from './kit';
import * as pw from './progress-wording';
import { approvalBlocks, keptWith, signatureColumns, twoColumns } from './signatures';
import * as w from './wording';

type Block = Paragraph | Table;
const INDENT = 1.25;
const AMBER = 'b45f06';
const TONE: Partial<Record<MeasureState, string>> = { late: CHART_COLORS.fail.slice(1), atRisk: AMBER, unread: AMBER, done: CHART_COLORS.pass.slice(1) };

export async function renderProgressReport(m: ProgressReportModel): Promise<Uint8Array> {
  const k = makeKit(m.digits);
  const body = { start: 1, format: bodyNumbering(m.digits) };
  const numbered = { default: pageHeader() };
  return packDocument({
    title: k.plain(`${pw.PROGRESS_TITLE} ${pw.roundHeading(m)} ${m.agency}`),
    creator: m.agency,
    description: k.plain(`${w.PLAN_TITLE} ประจำปีงบประมาณ พ.ศ. ${m.planYear} ${pw.period(m)}`),
    sections: [
      { properties: pageOf(false), children: cover(m, k) },
      { properties: pageOf(false, body), headers: numbered, children: summaryPart(m, k) },
      { properties: pageOf(true, { format: body.format }), headers: numbered, children: measuresPart(m, k) },
      { properties: pageOf(false, { format: body.format }), headers: numbered, children: closingPart(m, k) },
    ],
  });
}

function cover(m: ProgressReportModel, k: Kit): Paragraph[] {
  const line = (text: string, size: number, before = 0) => k.p(text, { bold: size > 36, size, align: 'center', before });
  const place = w.placeLine(m);
  const round =
    m.round.kind === 'date'
      ? [line(pw.roundHeading(m), 36, 240)]
      : [line(m.round.kind === 'half' ? 'รอบ 6 เดือน' : 'รอบ 12 เดือน', 36, 240), line(`(${pw.period(m)})`, 32)];
  return [
    line('รายงานผลการดำเนินการ', 48, 1400),
    line('ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส', 44),
    line('ภายในหน่วยงาน', 44),
    line(`ประจำปีงบประมาณ พ.ศ. ${m.planYear}`, 44),
    ...round,
    line(m.agency, 44, 2400),
    ...(place ? [line(place, 36)] : []),
    line(w.monthYear(m.issued), 36, 1800),
  ];
}

function summaryPart(m: ProgressReportModel, k: Kit): Block[] {
  const body = (text: string) => k.p(text, { indent: INDENT, after: 120 });
  const c = m.counts;
  return [
    k.heading(pw.PROGRESS_TITLE, 1),
    k.p(pw.roundHeading(m), { bold: true, size: 36, align: 'center', after: 240, keepNext: true }),
    k.heading('1. ความเป็นมา', 2),
    body(pw.background(m)),
    k.heading('2. สรุปผลการดำเนินการ', 2),
    // A round with no live measure says so instead of tables of zeros.
    ...(liveCount(c) ? summaryTables(m, k) : [body(nothingToReport(c).th)]),
  ];
}

function summaryTables(m: ProgressReportModel, k: Kit): Block[] {
  const body = (text: string) => k.p(text, { indent: INDENT, after: 120 });
  const caption = (text: string) => k.p(text, { bold: true, align: 'center', before: 120, after: 60, keepNext: true });
  const c = m.counts;
  const share = (n: number) => (c.total ? fixed2((100 * n) / c.total) : '-');
  const states = shownStates(COUNT_ORDER, c);
  // Six count columns fit the portrait width only a little narrower; the owner header then breaks between words.
  const narrow = states.length > 5;
  const [ownerWidth, countWidth] = narrow ? [3.4, 1.8] : [4.6, 1.9];
  return [
    body(pw.summary(m)),
    caption('ตารางที่ 1 ผลการดำเนินการตามมาตรการ จำแนกตามผลการติดตาม'),
    k.table(
      [
        { header: 'ผลการติดตาม', width: 8 },
        { header: 'จำนวน (มาตรการ)', width: 4, align: 'center' },
        { header: 'ร้อยละ', width: 4, align: 'center' },
      ],
      [
        ...shownStates(STATE_ORDER, c).map((s): Cell[] => [{ text: STATE_LABEL[s], color: TONE[s] }, String(c[s]), share(c[s])]),
        [
          { text: 'รวม', bold: true },
          { text: String(c.total), bold: true, align: 'center' },
          { text: c.total ? '100.00' : '-', bold: true, align: 'center' },
        ],
      ],
    ),
    caption('ตารางที่ 2 ผลการดำเนินการจำแนกตามหน่วยงานที่รับผิดชอบ'),
    k.table(
      [
        { header: narrow ? 'หน่วยงาน\nที่รับผิดชอบ' : 'หน่วยงานที่รับผิดชอบ', width: ownerWidth },
        { header: 'ทั้งหมด', width: countWidth, align: 'center' },
        ...states.map((s) => ({ header: STATE_LABEL[s], width: countWidth, align: 'center' as const })),
      ],
      [
        ...m.owners.map((o) => [o.owner, ...counts(o.counts, states)]),
        [{ text: 'รวม', bold: true }, ...counts(c, states).map((t) => ({ text: t, bold: true, align: 'center' as const }))],
      ],
    ),
  ];
}

const counts = (c: StateCounts, states: readonly MeasureState[]): string[] => [String(c.total), ...states.map((s) => String(c[s]))];

function measuresPart(m: ProgressReportModel, k: Kit): Block[] {
  if (!m.measures.length) return [k.heading('3. ผลการดำเนินการรายมาตรการ', 2), k.p(nothingToReport(m.counts).th, { indent: INDENT, after: 120 })];
  return [
    k.heading('3. ผลการดำเนินการรายมาตรการ', 2),
    k.p(pw.TABLE3_NOTE, { indent: INDENT, after: 120 }),
    k.p('ตารางที่ 3 ผลการดำเนินการรายมาตรการ', { bold: true, align: 'center', after: 60, keepNext: true }),
    k.table(
      [
        { header: 'ลำดับ', width: 1.6, align: 'center' },
        { header: 'มาตรการ/โครงการ/กิจกรรม', width: 4.4 },
        { header: 'ผู้รับผิดชอบ', width: 2.4 },
        { header: 'กำหนดแล้วเสร็จ', width: 3.9 },
        { header: 'สถานะ/ความคืบหน้า', width: 3.6 },
        // Wide enough for the outcome's reason on two or three lines.
        { header: 'ผลการติดตามและเหตุผล', width: 4.8 },
        { header: 'ผลการดำเนินงาน ปัญหา และข้อเสนอแนะ', width: 4 },
      ],
      m.measures.map((r) => [
        String(r.no),
        r.added ? `${r.measure}\n(เพิ่มเติมระหว่างปี)` : r.measure || '-',
        r.owner || '-',
        pw.deadlineCell(r),
        pw.statusCell(r),
        { text: pw.outcomeCell(r), bold: r.state === 'late', color: TONE[r.state] },
        pw.reportedCell(r),
      ]),
      { rowsSplit: true },
    ),
  ];
}

function closingPart(m: ProgressReportModel, k: Kit): Block[] {
  const bullet = (text: string) => k.p(`• ${text}`, { left: INDENT, indent: -0.5, after: 60 });
  const problems = pw.noteLines(m, 'problems');
  const suggestions = [...pw.noteLines(m, 'suggestions'), ...pw.followUpSuggestions(m)];
  const signers = approvalBlocks(m);
  return [
    k.heading('4. ปัญหา อุปสรรค และข้อเสนอแนะ', 2),
    k.p('4.1 ปัญหาและอุปสรรคที่หน่วยงานรายงาน', { bold: true, keepNext: true }),
    ...(problems.length ? problems.map(bullet) : [k.p('ไม่มีหน่วยงานรายงานปัญหาหรืออุปสรรคในรอบนี้', { indent: INDENT })]),
    k.p('4.2 ข้อเสนอแนะ', { bold: true, keepNext: true, before: 120 }),
    ...(suggestions.length ? suggestions.slice(0, -1).map(bullet) : []),
    // The last line before the signatures goes with them: the signature page is never signatures alone.
    // Three or four blocks do not fit a portrait line: two columns, read down the left then the right.
    keptWith(
      [
        suggestions.length ? bullet(suggestions[suggestions.length - 1]) : k.p('ไม่มีข้อเสนอแนะเพิ่มเติมในรอบนี้', { indent: INDENT }),
        k.p('การพิจารณาและอนุมัติ', { bold: true, before: 360, after: 120, align: 'left' }),
      ],
      signatureColumns(k, twoColumns(signers), PORTRAIT_WIDTH),
      PORTRAIT_WIDTH,
    ),
  ];
}
