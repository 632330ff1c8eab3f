/** Part 1 of the document: the framework, the results with the chart, and the analysis. */
import type { Paragraph, Table } from './wml/body';
import { fixed2 } from '../core/numbers';
import type { ReportModel } from '../core/report';
import { CHART_COLORS, indicatorChart } from './chart';
import { historyPart } from './history-part';
import { type Cell, type Kit } from './kit';
import * as w from './wording';

type Block = Paragraph | Table;

/** Text width of a portrait A4 page with 3 cm and 2 cm side margins. */
export const PORTRAIT_WIDTH = 16;
const INDENT = 1.25;

export function analysisPart(m: ReportModel, k: Kit): Block[] {
  const body = (text: string) => k.p(text, { indent: INDENT, after: 120 });
  const caption = (text: string) => k.p(text, { bold: true, align: 'center', before: 120, after: 60, keepNext: true });
  const out: Block[] = [k.heading(`ส่วนที่ 1 ${w.PART1} ประจำปีงบประมาณ พ.ศ. ${m.year}`, 1, { pageBreakBefore: false })];

  out.push(k.heading('1. การประเมิน ITA และกรอบการประเมิน', 2), body(w.frameworkText(m)));
  out.push(
    caption('ตารางที่ 1 เครื่องมือการประเมิน ตัวชี้วัด และน้ำหนัก'),
    k.table(
      [
        { header: 'เครื่องมือการประเมิน', width: 6.5 },
        { header: 'ตัวชี้วัด', width: 7 },
        { header: 'น้ำหนัก (ร้อยละ)', width: 2.5, align: 'center' },
      ],
      m.tools.map((t) => [t.nameTh, t.indicators.map((no) => `${no}. ${m.indicators[no - 1].nameTh}`).join('\n'), String(t.weight)]),
    ),
    caption('ตารางที่ 2 เกณฑ์ระดับผลการประเมิน'),
    k.table(
      [
        { header: 'ระดับผลการประเมิน', width: 4.5, align: 'center' },
        { header: m.levelScheme === 'letter' ? 'ช่วงคะแนน' : 'เงื่อนไข', width: 11.5 },
      ],
      m.levels.map((r) => [r.level, w.levelCondition(m, r)]),
    ),
  );

  out.push(k.heading('2. ผลการประเมินของหน่วยงาน', 2), body(w.resultsText(m)));
  const toolRows: Cell[][] = m.tools.map((t) => [t.nameTh, String(t.weight), fixed2(t.score), verdict(t.pass)]);
  toolRows.push([
    { text: 'คะแนนรวม', bold: true },
    '100',
    { text: fixed2(m.total), bold: true, align: 'center' },
    { text: m.level ?? '-', bold: true, align: 'center' },
  ]);
  out.push(
    caption('ตารางที่ 3 ผลการประเมินรายเครื่องมือ'),
    k.table(
      [
        { header: 'เครื่องมือการประเมิน', width: 8 },
        { header: 'น้ำหนัก (ร้อยละ)', width: 2.4, align: 'center' },
        { header: 'คะแนน', width: 2.4, align: 'center' },
        { header: 'ผลเทียบเกณฑ์', width: 3.2, align: 'center' },
      ],
      toolRows,
    ),
    caption('ตารางที่ 4 ผลการประเมินรายตัวชี้วัด'),
    k.table(
      [
        { header: 'ตัวชี้วัดที่', width: 1.8, align: 'center' },
        { header: 'ตัวชี้วัด', width: 6.8 },
        { header: 'เครื่องมือ', width: 2, align: 'center' },
        { header: 'คะแนน', width: 2.2, align: 'center' },
        { header: 'ผลการประเมิน', width: 3.2, align: 'center' },
      ],
      m.indicators.map((r) => [String(r.no), r.nameTh, r.family, fixed2(r.score), verdict(r.pass)]),
    ),
  );
  const chart = indicatorChart(
    m.indicators.map((r) => ({ no: r.no, score: r.score, pass: r.pass })),
    m.target,
    m.digits,
  );
  const px = (PORTRAIT_WIDTH / 2.54) * 96;
  out.push(
    caption('แผนภูมิที่ 1 คะแนนรายตัวชี้วัดเทียบกับค่าเป้าหมาย'),
    k.p([k.picture(chart, px, { title: 'แผนภูมิที่ 1', description: m.indicators.map((r) => `${r.no} ${fixed2(r.score)}`).join(', ') })], {
      align: 'center',
      keepNext: true,
    }),
    k.p(w.chartLegend(m), { size: 28, after: 60, keepNext: true }),
    k.table(
      [0, 1].map(() => ({ header: '', width: PORTRAIT_WIDTH / 2 })),
      [0, 1, 2, 3, 4].map((i) => [i, i + 5].map((j) => `${m.indicators[j].no}  ${m.indicators[j].nameTh}`)),
      { header: false },
    ),
    ...historyPart(m, k, PORTRAIT_WIDTH),
  );

  out.push(k.heading('3. การวิเคราะห์ผลรายตัวชี้วัด', 2));
  for (const r of m.indicators) {
    out.push(k.p(`ตัวชี้วัดที่ ${r.no} ${r.nameTh}`, { bold: true, before: 120, keepNext: true }), body(r.narrative));
  }

  out.push(k.heading('4. จุดแข็งและจุดอ่อน', 2));
  out.push(k.p('4.1 จุดแข็งที่ควรรักษามาตรฐานไว้', { bold: true, keepNext: true }));
  if (!m.strengths.length) out.push(body(`ไม่มีตัวชี้วัดที่ได้คะแนนถึงค่าเป้าหมาย (${m.target} คะแนน)`));
  for (const no of m.strengths) out.push(bullet(k, m, no));
  out.push(k.p('4.2 ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไข', { bold: true, keepNext: true, before: 120 }));
  if (!m.weaknesses.length) out.push(body(w.noWeakness(m)));
  for (const no of m.weaknesses) out.push(bullet(k, m, no));
  out.push(k.p('4.3 ตัวชี้วัดที่ได้คะแนนสูงสุดและต่ำสุด', { bold: true, keepNext: true, before: 120 }), ...w.highLowText(m).map(body));

  out.push(k.heading(`5. ข้อคำถามหรือรายการที่ต่ำกว่าค่าเป้าหมาย`, 2));
  // A text several items share is printed once; the others point to the first item that has it.
  const first = new Map<string, string>();
  const once = (text: string, code: string) => {
    const at = first.get(text);
    if (at) return `เช่นเดียวกับข้อ ${at}`;
    first.set(text, code);
    return text;
  };
  if (!m.lowItems.length) out.push(body(w.noItemsText(m)));
  else {
    out.push(
      body(w.itemsIntro(m)),
      k.table(
        [
          { header: 'ข้อ', width: 1.4, align: 'center' },
          { header: 'ข้อคำถามหรือรายการ', width: 4.4 },
          { header: 'คะแนน', width: 1.8, align: 'center' },
          { header: 'ประเด็นที่พบและข้อเสนอแนะ', width: 8.4 },
        ],
        m.lowItems.map((i) => [
          i.code,
          `${i.wording}\n(ตัวชี้วัดที่ ${i.indicator})`,
          fixed2(i.score),
          [
            i.issue && `ประเด็น: ${once(i.issue, i.code)}`,
            i.advice && `ข้อเสนอแนะ: ${once(i.advice, i.code)}`,
            i.fixedBy.length ? `รายการ OIT ที่ช่วยแก้ไข: ${i.fixedBy.join(', ')}` : '',
          ]
            .filter(Boolean)
            .join('\n'),
        ]),
      ),
    );
  }

  // The path and the program's notes are for the coordinator and the executive, not the website.
  if (m.audience === 'internal') out.push(...internalPart(m, k, body));
  return out;
}

function internalPart(m: ReportModel, k: Kit, body: (text: string) => Paragraph): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (m.paths) {
    out.push(k.heading('6. เส้นทางสู่ค่าเป้าหมาย', 2));
    for (const p of m.paths) {
      out.push(body(w.pathText(p)));
      if (p.steps.length) {
        out.push(
          k.table(
            [
              { header: 'ลำดับ', width: 1.4, align: 'center' },
              { header: 'รายการ OIT ที่ควรเผยแพร่', width: 9.2 },
              { header: 'คะแนนรวมที่เพิ่มขึ้น', width: 2.7, align: 'center' },
              { header: 'คะแนนรวมสะสม', width: 2.7, align: 'center' },
            ],
            p.steps.map((s, n) => [String(n + 1), `${s.code} ${s.nameTh}`, fixed2(s.points), fixed2(s.totalAfter)]),
          ),
          k.p('', { after: 120 }),
        );
      }
    }
  }
  if (m.programNotes.length) {
    out.push(k.heading(`${m.paths ? 7 : 6}. ${w.NOTES_TITLE}`, 2), ...m.programNotes.map((n) => k.p(`• ${n}`, { left: 1.25, indent: -0.5, after: 60 })));
  }
  return out;
}

function verdict(pass: boolean): Cell {
  return { text: pass ? w.PASS : w.FAIL, align: 'center', bold: true, color: (pass ? CHART_COLORS.pass : CHART_COLORS.fail).slice(1) };
}

/** Names and scores only: what each score shows is said once, in section 3. */
function bullet(k: Kit, m: ReportModel, no: number): Paragraph {
  const r = m.indicators[no - 1];
  return k.p([k.run('• '), k.run(`ตัวชี้วัดที่ ${r.no} ${r.nameTh} (${fixed2(r.score)} คะแนน)`, { bold: true }), k.run(w.standing(m, r))], {
    left: 1.25,
    indent: -0.5,
    after: 60,
  });
}
