/**
 * RollupReportModel → the roll-up report (.docx): what an office tells its agencies. One portrait
 * section with the agency report's page, typography and digit style: the overview and the levels
 * chart, the figures by type and grouping, the indicators and their chart against the target, the
 * ranking's top, the agencies to follow up, the items most often missed, the movers, and the
 * recommendations for the weaknesses most agencies share.
 */
import type { Paragraph, Table } from './wml/body';

import { INDICATORS } from '../core/editions';
import { fixed2 } from '../core/numbers';
import { percent, type GroupRow, type Rollup, type RollupReportModel } from '../core/rollup';
import { PORTRAIT_WIDTH } from './analysis-part';
import { indicatorChart, type ChartImage } from './chart';
import { bodyNumbering, packDocument, pageHeader, pageOf } from './document';
import { makeKit, type Cell, type Kit } from './kit';
import { glued } from './line-fit';

type Block = Paragraph | Table;
const INDENT = 1.25;
/** Rows a table shows in the document; the workbook holds every row. */
export const RANKING_ROWS = 20;
export const FOLLOW_UP_ROWS = 200;
const ITEM_ROWS = 15;
const PASSING = new Set(['excellent', 'good', 'pass', 'AA', 'A']);

export async function renderRollupReport(m: RollupReportModel): Promise<Uint8Array> {
  const k = makeKit(m.digits);
  return packDocument({
    title: k.plain(m.title),
    creator: 'ITA Sheets',
    description: k.plain(m.title),
    sections: [{ properties: pageOf(false, { start: 1, format: bodyNumbering(m.digits) }), headers: { default: pageHeader() }, children: body(m, k) }],
  });
}

function body(m: RollupReportModel, k: Kit): Block[] {
  const r = m.rollup;
  const para = (text: string) => k.p(text, { indent: INDENT, after: 120 });
  const caption = (text: string) => k.p(text, { bold: true, align: 'center', before: 120, after: 60, keepNext: true });
  const n = { value: 0 };
  const heading = (text: string) => k.heading(`${++n.value}. ${text}`, 2);
  const out: Block[] = [k.heading(m.title, 1), k.p(m.issuedText, { align: 'center', after: 240 })];

  out.push(heading('ภาพรวม'), ...m.summary.map(para));
  out.push(caption('ตารางที่ 1 จำนวนหน่วยงานตามระดับผลการประเมิน'));
  out.push(
    k.table(
      [
        { header: 'ระดับผลการประเมิน', width: 8 },
        { header: 'จำนวน (แห่ง)', width: 4, align: 'center' },
        { header: 'ร้อยละ', width: 4, align: 'center' },
      ],
      r.levels.map((l, i) => [l.th, String(r.overview.levels[i]), percent(r.overview.levels[i], r.overview.count)]),
      { whole: true },
    ),
  );
  const shares = r.levels.map((l, i) => ({ no: i + 1, score: Number(percent(r.overview.levels[i], r.overview.count)), pass: PASSING.has(l.id) }));
  out.push(
    ...figure(k, indicatorChart(shares, 0, m.digits), 'แผนภูมิที่ 1 ร้อยละของหน่วยงานตามระดับผลการประเมิน', r.levels.map((l, i) => `${i + 1} = ${l.th}`).join('  ')),
  );

  out.push(heading('ผลจำแนกตามประเภทหน่วยงาน'), groupTable(k, 'ประเภทหน่วยงาน', r.byType));
  if (r.byGroup.length && r.groupBy !== 'type')
    out.push(heading(r.groupBy === 'district' ? 'ผลจำแนกตามอำเภอ' : 'ผลจำแนกตามจังหวัด'), groupTable(k, r.groupBy === 'district' ? 'อำเภอ' : 'จังหวัด', r.byGroup));

  out.push(heading('ผลรายตัวชี้วัด'), para(m.indicatorText));
  const given = r.indicators.filter((i) => i.count);
  if (given.length) {
    out.push(caption('ตารางที่ 2 คะแนนเฉลี่ยรายตัวชี้วัดและจำนวนหน่วยงานที่ต่ำกว่าค่าเป้าหมาย'));
    out.push(
      k.table(
        [
          { header: 'ตัวชี้วัด', width: 7.2 },
          { header: 'คะแนนเฉลี่ย', width: 2.6, align: 'center' },
          { header: 'ต่ำกว่าค่าเป้าหมาย (แห่ง)', width: 3.4, align: 'center' },
          { header: 'ร้อยละ', width: 2.8, align: 'center' },
        ],
        given.map((i) => [`${i.no}. ${i.nameTh}`, fixed2(i.mean), String(i.below), percent(i.below, i.count)]),
        { whole: true },
      ),
    );
    const bars = given.map((i) => ({ no: i.no, score: i.mean, pass: i.mean >= r.target }));
    out.push(
      ...figure(
        k,
        indicatorChart(bars, r.target, m.digits),
        `แผนภูมิที่ 2 คะแนนเฉลี่ยรายตัวชี้วัดเทียบค่าเป้าหมาย ${r.target} คะแนน`,
        `เส้นประ = ค่าเป้าหมาย ${r.target} คะแนน  แท่งสีเขียว = ถึงค่าเป้าหมาย  แท่งสีแดง = ต่ำกว่าค่าเป้าหมาย  ตัวเลขใต้แท่ง = ตัวชี้วัดที่`,
      ),
    );
  }

  out.push(heading('อันดับผลการประเมิน'));
  const top = r.ranking.filter((x) => x.rank <= RANKING_ROWS);
  out.push(para(`หน่วยงานที่ได้คะแนนสูงสุด ${top.length} ลำดับแรก (คะแนนเท่ากันได้อันดับเดียวกัน) อันดับครบทุกหน่วยงานอยู่ในแผ่นงานอันดับผล ITA ของไฟล์สรุปผล`));
  out.push(
    k.table(
      [
        { header: 'อันดับ', width: 1.6, align: 'center' },
        { header: 'หน่วยงาน', width: 6.4 },
        { header: 'คะแนนรวม', width: 2.2, align: 'center' },
        { header: 'ระดับ', width: 2.8 },
        { header: r.previousYear ? `อันดับปี ${r.previousYear}` : 'อันดับปีก่อน', width: 3, align: 'center' },
      ],
      top.map((x) => [
        String(x.rank),
        x.agency.name,
        fixed2(x.agency.total),
        x.agency.level?.th ?? '-',
        x.previousRank === null ? '-' : String(x.previousRank),
      ]),
    ),
  );

  out.push(heading(`หน่วยงานที่ต้องติดตาม (ต่ำกว่าค่าเป้าหมาย ${r.target} คะแนน)`));
  if (!r.followUp.length) out.push(para(`ทุกหน่วยงานได้คะแนนรวมตั้งแต่ ${r.target} คะแนนขึ้นไป`));
  else {
    const shown = r.followUp.slice(0, FOLLOW_UP_ROWS);
    out.push(
      para(
        `หน่วยงาน ${r.followUp.length} แห่ง ได้คะแนนรวมต่ำกว่าค่าเป้าหมาย เรียงจากคะแนนต่ำสุด พร้อมตัวชี้วัดที่ต่ำสุดของแต่ละแห่ง${shown.length < r.followUp.length ? ` (แสดง ${shown.length} แห่งแรก รายชื่อครบอยู่ในแผ่นงานหน่วยงานที่ต้องติดตาม)` : ''}`,
      ),
    );
    out.push(
      k.table(
        [
          { header: 'หน่วยงาน', width: 5.4 },
          { header: 'คะแนนรวม', width: 2, align: 'center' },
          { header: 'ห่างจากค่าเป้าหมาย', width: 2.2, align: 'center' },
          { header: 'ตัวชี้วัดที่ต่ำสุด และรายการ OIT ที่ควรเผยแพร่ก่อน', width: 6.4 },
        ],
        shown.map((f) => [f.agency.name, fixed2(f.agency.total), fixed2(f.gap), weakText(f)]),
        { rowsSplit: true },
      ),
    );
  }

  if (r.missed.length) {
    out.push(heading('ข้อที่หน่วยงานได้ต่ำกว่าค่าเป้าหมายบ่อยที่สุด'));
    out.push(
      k.table(
        [
          { header: 'ข้อ', width: 1.6, align: 'center' },
          { header: 'ข้อคำถามหรือรายการ', width: 9.4 },
          { header: 'จำนวน (แห่ง)', width: 2.5, align: 'center' },
          { header: 'ร้อยละ', width: 2.5, align: 'center' },
        ],
        r.missed.slice(0, ITEM_ROWS).map((i) => [i.code, i.nameTh, String(i.missed), percent(i.missed, i.of)]),
      ),
    );
  }

  if (r.previousYear !== null && (r.movers.up.length || r.movers.down.length)) {
    out.push(heading(`ผลเปลี่ยนแปลงจากปีงบประมาณ พ.ศ. ${r.previousYear}`));
    const moverRows = (list: Rollup['movers']['up']): Cell[][] =>
      list.slice(0, 5).map((x) => [x.name, fixed2(x.from), fixed2(x.to), `${x.change > 0 ? '+' : ''}${fixed2(x.change)}`]);
    const cols = [
      { header: 'หน่วยงาน', width: 7.6 },
      { header: `ปี ${r.previousYear}`, width: 2.8, align: 'center' as const },
      { header: `ปี ${r.year}`, width: 2.8, align: 'center' as const },
      { header: 'เปลี่ยนแปลง', width: 2.8, align: 'center' as const },
    ];
    if (r.movers.up.length) out.push(caption('คะแนนเพิ่มขึ้นมากที่สุด'), k.table(cols, moverRows(r.movers.up), { whole: true }));
    if (r.movers.down.length) out.push(caption('คะแนนลดลงมากที่สุด'), k.table(cols, moverRows(r.movers.down), { whole: true }));
  }

  out.push(heading('ข้อเสนอแนะสำหรับหน่วยงานในความรับผิดชอบ'));
  if (!r.recommendations.length)
    out.push(para('ไม่พบจุดอ่อนที่หน่วยงานส่วนใหญ่มีร่วมกัน จึงขอให้แต่ละหน่วยงานวิเคราะห์ผลของตนและจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสตามผลการวิเคราะห์'));
  r.recommendations.forEach((rec, i) => out.push(k.p(`(${i + 1}) ${rec.titleTh}`, { bold: true, before: 60, keepNext: true }), para(rec.textTh)));
  return out;
}

/** The weakest indicators a line each, then the fewest OIT items that reach the target when items were given. */
function weakText(f: Rollup['followUp'][number]): string {
  const lines = f.weakest.map((w) => `ตัวชี้วัดที่ ${w.no} ${INDICATORS[w.no - 1].nameTh} (${fixed2(w.score)})`);
  if (f.items?.reached) lines.push(`OIT ${f.items.codes.length} รายการถึงค่าเป้าหมาย: ${f.items.codes.join(', ')}`);
  else if (f.items) lines.push('รายการ OIT อย่างเดียวไม่พอให้ถึงค่าเป้าหมาย');
  return lines.join('\n') || '-';
}

function groupTable(k: Kit, first: string, rows: GroupRow[]): Table {
  return k.table(
    [
      { header: first, width: 5.2 },
      { header: 'จำนวน (แห่ง)', width: 2.2, align: 'center' },
      { header: 'คะแนนเฉลี่ย', width: 2.2, align: 'center' },
      { header: 'มัธยฐาน', width: 2.2, align: 'center' },
      { header: 'ถึงค่าเป้าหมาย (แห่ง)', width: 2.2, align: 'center' },
      { header: 'ร้อยละ', width: 2, align: 'center' },
    ],
    rows.map((g) => [g.label, String(g.count), fixed2(g.mean), fixed2(g.median), String(g.reaching), percent(g.reaching, g.count)]),
  );
}

/** A chart across the text width with its caption above and its key below. */
function figure(k: Kit, chart: ChartImage, title: string, key: string): Block[] {
  const px = (PORTRAIT_WIDTH / 2.54) * 96 * 0.9;
  return [
    k.p(title, { bold: true, align: 'center', before: 240, after: 60, keepNext: true }),
    k.p([k.picture(chart, px, { title, description: key })], { align: 'center', keepNext: true }),
    // Each entry of the key ("๕ = ต้องปรับปรุงโดยด่วน") stays on one line; lines break between entries.
    k.p(key.split('  ').map(glued).join('  '), { size: 28, align: 'center', after: 120 }),
  ];
}
