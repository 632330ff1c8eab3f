import { renderProgressReport } from '../../src/report-docx/progress';
import { followedModel, ADDED_MEASURE } from '../core/progress/fixtures';
import { readDocx } from './docx-text';

const SIGNERS = [
  ['ชื่อผู้จัดทำ', 'นางสาวสมใจ ใจดี'],
  ['ตำแหน่งผู้จัดทำ', 'นักวิเคราะห์นโยบายและแผน'],
  ['ชื่อผู้บริหาร', 'นายสมชาย รักดี'],
  ['ตำแหน่งผู้บริหาร', 'นายกองค์การบริหารส่วนตำบลบ้านตัวอย่าง'],
  ['อำเภอ', 'เมือง'],
  ['จังหวัด', 'ลำปาง'],
];

/** The lines of table 3's row for measure `no`: number, measure, owner, deadline, status, outcome, notes. */
function measureRow(lines: string[], no: string, next: string): string[] {
  const start = lines.indexOf('ผลการดำเนินงาน ปัญหา และข้อเสนอแนะ');
  const at = lines.indexOf(no, start);
  return lines.slice(at + 1, lines.indexOf(next, at + 1));
}

describe('the follow-up report (.docx)', () => {
  test('six months: cover, summary paragraph, counts, every measure with both deadlines, problems, suggestions, approval', async () => {
    const d = await readDocx(await renderProgressReport(followedModel({ kind: 'half' }, { fields: SIGNERS })));
    // Cover.
    expect(d.lines.slice(0, 9)).toEqual([
      'รายงานผลการดำเนินการ',
      'ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส',
      'ภายในหน่วยงาน',
      'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙',
      'รอบ ๖ เดือน',
      '(ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๘ ถึงวันที่ ๓๑ มีนาคม ๒๕๖๙)',
      'องค์การบริหารส่วนตำบลบ้านตัวอย่าง',
      'อำเภอเมือง จังหวัดลำปาง',
      'เมษายน ๒๕๖๙',
    ]);
    const title = d.lines.indexOf('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    expect(d.lines[title + 1]).toBe('รอบ ๖ เดือน');
    expect(d.text).toContain('เผยแพร่ต่อสาธารณชน ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ o๒๘');
    expect(d.lines).toContain(
      'ณ สิ้นวันที่ ๓๑ มีนาคม ๒๕๖๙ องค์การบริหารส่วนตำบลบ้านตัวอย่าง มีมาตรการตามแผนทั้งสิ้น ๑๔ มาตรการ ดำเนินการแล้วเสร็จ ๓ มาตรการ (ร้อยละ ๒๑.๔๓) ' +
        'อยู่ระหว่างดำเนินการ ๘ มาตรการ ซึ่งในจำนวนนี้มีความเสี่ยงที่จะไม่แล้วเสร็จตามกำหนด ๑ มาตรการ ล่าช้ากว่ากำหนด ๒ มาตรการ และยกเลิก ๑ มาตรการ ' +
        'มาตรการที่ล่าช้ากว่ากำหนด ได้แก่ มาตรการที่ ๖ ขับเคลื่อนประมวลจริยธรรมและเสริมสร้างวัฒนธรรมองค์กรสุจริต (สำนักปลัด) ' +
        `มาตรการที่ ๑๔ ${ADDED_MEASURE} (กองการศึกษา ศาสนาและวัฒนธรรม) ` +
        'มีมาตรการที่หน่วยงานขอเลื่อนกำหนดแล้วเสร็จ ๑ มาตรการ (มาตรการที่ ๗) รายงานนี้แสดงกำหนดแล้วเสร็จตามแผนเดิมควบคู่กับกำหนดใหม่ และติดตามผลตามกำหนดใหม่ ' +
        'และมีมาตรการที่หน่วยงานเพิ่มเติมระหว่างปี ๑ มาตรการ (มาตรการที่ ๑๔) รายละเอียดตามตารางที่ ๑ ถึงตารางที่ ๓',
    );
    // Table 1 by outcome, table 2 by division (total row).
    const t1 = d.lines.indexOf('ตารางที่ ๑ ผลการดำเนินการตามมาตรการ จำแนกตามผลการติดตาม');
    expect(d.lines.slice(t1 + 4, t1 + 22)).toEqual(['ล่าช้ากว่ากำหนด', '๒', '๑๔.๒๙', 'เสี่ยงล่าช้า', '๑', '๗.๑๔', 'เป็นไปตามกำหนด', '๗', '๕๐.๐๐', 'แล้วเสร็จ', '๓', '๒๑.๔๓', 'ยกเลิก', '๑', '๗.๑๔', 'รวม', '๑๔', '๑๐๐.๐๐']);
    const t2 = d.lines.indexOf('ตารางที่ ๒ ผลการดำเนินการจำแนกตามหน่วยงานที่รับผิดชอบ');
    expect(d.lines.slice(t2 + 8, t2 + 15)).toEqual(['สำนักปลัด', '๑๐', '๒', '๖', '๑', '๑', '๐']);
    // Table 3: the late measure, the postponed one with its planned and new deadlines, the hand-added one.
    expect(measureRow(d.lines, '๖', '๗')).toEqual([
      'ขับเคลื่อนประมวลจริยธรรมและเสริมสร้างวัฒนธรรมองค์กรสุจริต', 'สำนักปลัด', '๓๑ ธ.ค. ๒๕๖๘', 'กำลังดำเนินการ\nร้อยละ ๕๐', 'ล่าช้ากว่ากำหนด\nเกินกำหนด ๙๐ วัน',
      'ปัญหา/อุปสรรค: บุคลากรติดภารกิจการเลือกตั้งท้องถิ่น',
    ].flatMap((t) => t.split('\n')));
    expect(measureRow(d.lines, '๗', '๘').slice(2, 10)).toEqual(['ตามแผน', '๓๑ มี.ค. ๒๕๖๙', 'เลื่อนเป็น', '๓๐ เม.ย. ๒๕๖๙', 'กำลังดำเนินการ', 'ร้อยละ ๔๐', 'เสี่ยงล่าช้า', 'เหลือเวลา ๓๐ วัน']);
    expect(measureRow(d.lines, '๑๔', '').slice(0, 8)).toEqual([ADDED_MEASURE, '(เพิ่มเติมระหว่างปี)', 'กองการศึกษา ศาสนาและวัฒนธรรม', '๒๘ ก.พ. ๒๕๖๙', 'กำลังดำเนินการ', 'ร้อยละ ๕๐', 'ล่าช้ากว่ากำหนด', 'เกินกำหนด ๓๑ วัน']);
    expect(measureRow(d.lines, '๕', '๖').slice(3)).toEqual(['ยังไม่ได้รายงาน', 'เป็นไปตามกำหนด', '-']);
    // Problems and suggestions from the notes, then the coordinator's for what is late or at risk.
    const problems = d.lines.slice(d.lines.indexOf('๔.๑ ปัญหาและอุปสรรคที่หน่วยงานรายงาน') + 1, d.lines.indexOf('๔.๒ ข้อเสนอแนะ'));
    expect(problems).toEqual([
      '• มาตรการที่ ๒ พัฒนาและส่งเสริมการให้บริการออนไลน์ (E-Service) (สำนักปลัด): ผู้รับจ้างพัฒนาระบบส่งงานล่าช้า',
      '• มาตรการที่ ๖ ขับเคลื่อนประมวลจริยธรรมและเสริมสร้างวัฒนธรรมองค์กรสุจริต (สำนักปลัด): บุคลากรติดภารกิจการเลือกตั้งท้องถิ่น',
      '• มาตรการที่ ๗ เปิดโอกาสให้ประชาชนและผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน (สำนักปลัด): เลื่อนการจัดเวทีประชาคมเป็นเดือนเมษายน',
    ]);
    const suggestions = d.lines.slice(d.lines.indexOf('๔.๒ ข้อเสนอแนะ') + 1, d.lines.indexOf('การพิจารณาและอนุมัติ'));
    expect(suggestions).toHaveLength(4);
    expect(suggestions[2]).toBe('• ให้หน่วยงานที่รับผิดชอบมาตรการที่ล่าช้ากว่ากำหนด (มาตรการที่ ๖ และ ๑๔) เร่งรัดการดำเนินการให้แล้วเสร็จ หรือเสนอขอเลื่อนกำหนดแล้วเสร็จพร้อมเหตุผลต่อผู้บริหาร และรายงานความคืบหน้าในการติดตามผลรอบถัดไป');
    expect(suggestions[3]).toBe('• ให้หน่วยงานที่รับผิดชอบมาตรการที่เสี่ยงล่าช้า (มาตรการที่ ๗) ติดตามการดำเนินการอย่างใกล้ชิดเพื่อให้แล้วเสร็จตามกำหนด');
    // Approval: preparer and executive named, the proposer a dotted line.
    for (const line of ['ผู้จัดทำ', 'ผู้เสนอ', 'ความเห็น/คำสั่งของผู้บริหาร', '(นางสาวสมใจ ใจดี)', 'ตำแหน่ง นักวิเคราะห์นโยบายและแผน', '(นายสมชาย รักดี)']) expect(d.lines).toContain(line);
    // The six-month report is dated 1 April 2569, the first working day after the round.
    expect(d.lines.filter((l) => l === 'วันที่ ๑ เมษายน ๒๕๖๙')).toHaveLength(4);
    // An อบต.'s chain: the head of สำนักปลัด proposes, the ปลัด gives an opinion, the นายก approves.
    for (const post of ['หัวหน้าสำนักปลัดองค์การบริหารส่วนตำบล', 'ปลัดองค์การบริหารส่วนตำบลบ้านตัวอย่าง']) expect(d.lines).toContain(`ตำแหน่ง ${post}`);
    expect(d.lines).toContain('เมษายน ๒๕๖๙');
    // Thai digits only (the item code's letter aside), no keys, no English outcome words.
    expect(d.text.replace('o๒๘', '')).not.toMatch(/[0-9]|[a-z]+-[a-z]+|onTrack|atRisk/);
    // A4: portrait cover and summary, landscape table, portrait closing.
    expect([...d.xml.matchAll(/w:orient="(\w+)"/g)].map((m) => m[1])).toEqual(['portrait', 'portrait', 'landscape', 'portrait']);
  });

  test('twelve months: the annual title; ten late measures by number; unfinished work carried to the next plan', async () => {
    const d = await readDocx(await renderProgressReport(followedModel({ kind: 'year' })));
    expect(d.lines.slice(4, 6)).toEqual(['รอบ ๑๒ เดือน', '(ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๘ ถึงวันที่ ๓๐ กันยายน ๒๕๖๙)']);
    expect(d.lines[d.lines.indexOf('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน') + 1]).toBe('ประจำปีงบประมาณ พ.ศ. ๒๕๖๙');
    expect(d.text).toContain(
      'ณ สิ้นวันที่ ๓๐ กันยายน ๒๕๖๙ องค์การบริหารส่วนตำบลบ้านตัวอย่าง มีมาตรการตามแผนทั้งสิ้น ๑๔ มาตรการ ดำเนินการแล้วเสร็จ ๓ มาตรการ (ร้อยละ ๒๑.๔๓) ล่าช้ากว่ากำหนด ๑๐ มาตรการ และยกเลิก ๑ มาตรการ ' +
        'มาตรการที่ล่าช้ากว่ากำหนด ได้แก่ มาตรการที่ ๑, ๒, ๕, ๖, ๗, ๘, ๙, ๑๒, ๑๓ และ ๑๔ มีมาตรการที่หน่วยงานขอเลื่อน',
    );
    expect(measureRow(d.lines, '๑', '๒').slice(3, 8)).toEqual(['กำลังดำเนินการ', 'ร้อยละ ๖๐', 'ล่าช้ากว่ากำหนด', 'ครบกำหนดแล้ว', 'เผยแพร่แผนดำเนินงานประจำปีบนเว็บไซต์แล้ว']);
    expect(d.text).toContain('• นำมาตรการที่ยังไม่แล้วเสร็จ (มาตรการที่ ๑, ๒, ๕, ๖, ๗, ๘, ๙, ๑๒, ๑๓ และ ๑๔) ไปพิจารณาดำเนินการต่อในมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐');
    expect(d.text).not.toContain('เร่งรัดการดำเนินการให้แล้วเสร็จ หรือเสนอขอเลื่อน');
  });

  test('a day in February, Arabic digits: the hand-added measure at risk, 18 days left', async () => {
    const d = await readDocx(await renderProgressReport(followedModel({ kind: 'date', day: { y: 2026, m: 2, d: 10 } }, { digits: 'arabic' })));
    expect(d.lines[4]).toBe('ณ วันที่ 10 กุมภาพันธ์ 2569');
    expect(d.lines[d.lines.indexOf('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน') + 1]).toBe('ณ วันที่ 10 กุมภาพันธ์ 2569');
    expect(d.text).toContain('อยู่ระหว่างดำเนินการ 9 มาตรการ ซึ่งในจำนวนนี้มีความเสี่ยงที่จะไม่แล้วเสร็จตามกำหนด 1 มาตรการ ล่าช้ากว่ากำหนด 1 มาตรการ และยกเลิก 1 มาตรการ');
    expect(measureRow(d.lines, '14', '').slice(6, 8)).toEqual(['เสี่ยงล่าช้า', 'เหลือเวลา 18 วัน']);
    expect(d.text).not.toMatch(/[๐-๙]/);
  });
});
