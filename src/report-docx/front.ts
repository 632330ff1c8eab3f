/** The report's front matter: cover, คำนำ signed by the agency, สารบัญ; and the memo form's first pages. */
import { Contents, Paragraph, type Table } from './wml/body';
import { approverOf, type ReportModel } from '../core/report';
import { cm, type Kit } from './kit';
import { PORTRAIT_WIDTH } from './analysis-part';
import { approvalBlocks, keptWith, signatureColumns } from './signatures';
import * as w from './wording';

export function cover(m: ReportModel, k: Kit): Paragraph[] {
  const big = (text: string, before = 0) => k.p(text, { bold: true, size: 44, align: 'center', before });
  const place = w.placeLine(m);
  return [
    big('การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส', 1400),
    big('ในการดำเนินงานของหน่วยงานภาครัฐ (ITA)'),
    big(`ประจำปีงบประมาณ พ.ศ. ${m.year}`),
    k.p('และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', { size: 36, align: 'center', before: 240 }),
    k.p(`ประจำปีงบประมาณ พ.ศ. ${m.planYear}`, { size: 36, align: 'center' }),
    ...(m.audience === 'internal' ? [k.p('ฉบับใช้ภายใน (ไม่เผยแพร่)', { bold: true, size: 32, align: 'center', before: 240 })] : []),
    big(m.agency, 2400),
    ...(place ? [k.p(place, { bold: true, size: 36, align: 'center' })] : []),
    k.p(w.monthYear(m.issued), { size: 36, align: 'center', before: 1800 }),
  ];
}

export function forewordPage(m: ReportModel, k: Kit): Paragraph[] {
  return [
    k.heading('คำนำ', 1),
    ...w.foreword(m).map((t) => k.p(t, { indent: 1.25, after: 120 })),
    k.p(m.agency, { align: 'right', before: 480 }),
    k.p(w.monthYear(m.issued), { align: 'right' }),
  ];
}

/**
 * สารบัญ as a Word field filled in from the headings: Word updates its page numbers on opening
 * (it asks first); other programs show the entries as written.
 */
export function contentsPage(k: Kit): (Paragraph | Contents)[] {
  return [k.p('สารบัญ', { bold: true, size: 36, align: 'center', after: 240, pageBreakBefore: true }), new Contents('สารบัญ', cm(PORTRAIT_WIDTH))];
}

/** บันทึกข้อความ to the executive, with the analysis and the measures attached. */
export function memoPages(m: ReportModel, k: Kit): (Paragraph | Table)[] {
  const label = (name: string, value: string, extra?: [string, string]) =>
    k.p(
      [
        k.run(name, { bold: true, size: 40 }),
        k.run(`  ${value}`),
        ...(extra ? [k.run(`      ${extra[0]}`, { bold: true, size: 40 }), k.run(`  ${extra[1]}`)] : []),
      ],
      { align: 'left', after: 60 },
    );
  const to = m.to || approverOf(m.signers)?.position || w.DOTS;
  const [first, ...rest] = approvalBlocks(m);
  const out: (Paragraph | Table)[] = [
    k.p('บันทึกข้อความ', { bold: true, size: 58, align: 'center', after: 240 }),
    label('ส่วนราชการ', m.office || w.officeLine(m)),
    label('ที่', m.ref || w.DOTS.slice(0, 24), ['วันที่', w.fullDate(m.issued)]),
    new Paragraph([k.run('เรื่อง', { bold: true, size: 40 }), k.run(`  ${w.memoSubject(m)}`)], {
      bottomBorder: { size: 6, space: 4, color: '000000' },
      spacing: { after: 240 },
    }),
    k.p(`เรียน  ${to}`, { align: 'left', after: 240 }),
  ];
  for (const part of w.memoBody(m)) {
    out.push(k.p(part.heading, { bold: true, indent: 2.5, keepNext: true }), k.p(part.text, { indent: 2.5, after: 120 }));
  }
  out.push(
    k.p('สิ่งที่ส่งมาด้วย', { bold: true, indent: 2.5, keepNext: true }),
    ...w.ATTACHMENTS.map((t) => k.p(t, { left: 2.5, keepNext: true })),
    // Kept with the closing line: the preparer signs the memo itself (right), those who check and
    // give an opinion on the left, the executive's decision under the preparer.
    keptWith(
      [k.p(w.MEMO_CLOSING, { indent: 2.5, before: 240, after: 240 })],
      signatureColumns(
        k,
        [rest.filter((b) => !b.decides), [{ ...first, title: '' }, ...rest.filter((b) => b.decides)]].filter((c) => c.length),
        PORTRAIT_WIDTH,
      ),
      PORTRAIT_WIDTH,
    ),
  );
  return out;
}
