import { countByOwner, countStates } from '../../src/core/progress';
import { renderProgressReport } from '../../src/report-docx/progress';
import { followedModel, ADDED_MEASURE, withUnreadStatus } from '../core/progress/fixtures';
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
        'อยู่ระหว่างดำเนินการ ๕ มาตรการ ซึ่งในจำนวนนี้มีความเสี่ยงที่จะไม่แล้วเสร็จตามกำหนด ๑ มาตรการ ล่าช้ากว่ากำหนด ๕ มาตรการ และยกเลิก ๑ มาตรการ ' +
        'มาตรการที่ล่าช้ากว่ากำหนด ได้แก่ มาตรการที่ ๕, ๘, ๙, ๑๓ และ ๑๔ ' +
        'มีมาตรการที่หน่วยงานขอเลื่อนกำหนดแล้วเสร็จ ๑ มาตรการ (มาตรการที่ ๗) รายงานนี้แสดงกำหนดแล้วเสร็จตามแผนเดิมควบคู่กับกำหนดใหม่ และติดตามผลตามกำหนดใหม่ ' +
        'และมีมาตรการที่หน่วยงานเพิ่มเติมระหว่างปี ๑ มาตรการ (มาตรการที่ ๑๔) รายละเอียดตามตารางที่ ๑ ถึงตารางที่ ๓',
    );
    // Table 1 by outcome, table 2 by division (total row).
    const t1 = d.lines.indexOf('ตารางที่ ๑ ผลการดำเนินการตามมาตรการ จำแนกตามผลการติดตาม');
    expect(d.lines.slice(t1 + 4, t1 + 22)).toEqual([
      'ล่าช้ากว่ากำหนด',
      '๕',
      '๓๕.๗๑',
      'เสี่ยงล่าช้า',
      '๑',
      '๗.๑๔',
      'เป็นไปตามกำหนด',
      '๔',
      '๒๘.๕๗',
      'แล้วเสร็จ',
      '๓',
      '๒๑.๔๓',
      'ยกเลิก',
      '๑',
      '๗.๑๔',
      'รวม',
      '๑๔',
      '๑๐๐.๐๐',
    ]);
    const t2 = d.lines.indexOf('ตารางที่ ๒ ผลการดำเนินการจำแนกตามหน่วยงานที่รับผิดชอบ');
    expect(d.lines.slice(t2 + 8, t2 + 15)).toEqual(['สำนักปลัด', '๑๐', '๒', '๔', '๑', '๓', '๐']);
    // Table 3: each outcome with its reason: a missed milestone, the postponed one with its planned and new deadlines, the hand-added one.
    expect(measureRow(d.lines, '๘', '๙')).toEqual([
      'จัดทำและเผยแพร่คู่มือการปฏิบัติงานและคู่มือการให้บริการ',
      'สำนักปลัด',
      '๓๐ ก.ย. ๒๕๖๙',
      'กำลังดำเนินการ',
      'ร้อยละ ๒๐',
      'ล่าช้ากว่ากำหนด',
      'ขั้นตอนที่ ๑–๔ กำหนด ๓๑ ธ.ค. ๒๕๖๘ ยังไม่แล้วเสร็จ ความคืบหน้า ๒๐% (ควรถึง ๘๐%)',
      '-',
    ]);
    expect(measureRow(d.lines, '๗', '๘').slice(2, 10)).toEqual([
      'ตามแผน',
      '๓๐ เม.ย. ๒๕๖๙',
      'เลื่อนเป็น',
      '๓๑ พ.ค. ๒๕๖๙',
      'กำลังดำเนินการ',
      'ร้อยละ ๔๐',
      'เสี่ยงล่าช้า',
      'ผ่านไปแล้ว ๗๑% ของเวลา ความคืบหน้า ๔๐%',
    ]);
    expect(measureRow(d.lines, '๑๔', '').slice(0, 8)).toEqual([
      ADDED_MEASURE,
      '(เพิ่มเติมระหว่างปี)',
      'กองการศึกษา ศาสนาและวัฒนธรรม',
      '๒๘ ก.พ. ๒๕๖๙',
      'กำลังดำเนินการ',
      'ร้อยละ ๕๐',
      'ล่าช้ากว่ากำหนด',
      'กำหนด ๒๘ ก.พ. ๒๕๖๙ ผ่านไปแล้ว ๓๑ วัน ความคืบหน้า ๕๐%',
    ]);
    expect(measureRow(d.lines, '๕', '๖').slice(3)).toEqual(['ยังไม่ได้รายงาน', 'ล่าช้ากว่ากำหนด', 'ขั้นตอนที่ ๑–๒ กำหนด ๓๐ พ.ย. ๒๕๖๘ ยังไม่แล้วเสร็จ ความคืบหน้า ๐%', '-']);
    expect(measureRow(d.lines, '๖', '๗').slice(5)).toEqual(['เป็นไปตามกำหนด', 'ผ่านไปแล้ว ๔๖% ของเวลา ความคืบหน้า ๕๐%', 'บุคลากรติดภารกิจการเลือกตั้งท้องถิ่น']);
    // Problems and suggestions from the notes, then the coordinator's for what is late or at risk.
    const problems = d.lines.slice(d.lines.indexOf('๔.๑ ปัญหาและอุปสรรคที่หน่วยงานรายงาน') + 1, d.lines.indexOf('๔.๒ ข้อเสนอแนะ'));
    expect(problems).toEqual([
      '• มาตรการที่ ๒ พัฒนาและส่งเสริมการให้บริการออนไลน์ (E-Service) (สำนักปลัด): ผู้รับจ้างพัฒนาระบบส่งงานล่าช้า',
      '• มาตรการที่ ๗ เปิดโอกาสให้ประชาชนและผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน (สำนักปลัด): เลื่อนการจัดเวทีประชาคมเป็นเดือนเมษายน',
    ]);
    const suggestions = d.lines.slice(d.lines.indexOf('๔.๒ ข้อเสนอแนะ') + 1, d.lines.indexOf('การพิจารณาและอนุมัติ'));
    expect(suggestions).toHaveLength(4);
    expect(suggestions[2]).toBe(
      '• ให้หน่วยงานที่รับผิดชอบมาตรการที่ล่าช้ากว่ากำหนด (มาตรการที่ ๕, ๘, ๙, ๑๓ และ ๑๔) เร่งรัดการดำเนินการให้แล้วเสร็จ หรือเสนอขอเลื่อนกำหนดแล้วเสร็จพร้อมเหตุผลต่อผู้บริหาร และรายงานความคืบหน้าในการติดตามผลรอบถัดไป',
    );
    expect(suggestions[3]).toBe('• ให้หน่วยงานที่รับผิดชอบมาตรการที่เสี่ยงล่าช้า (มาตรการที่ ๗) ติดตามการดำเนินการอย่างใกล้ชิดเพื่อให้แล้วเสร็จตามกำหนด');
    // Approval: preparer and executive named, the proposer a dotted line.
    for (const line of ['ผู้จัดทำ', 'ผู้เสนอ', 'ความเห็น/คำสั่งของผู้บริหาร', '(นางสาวสมใจ ใจดี)', 'ตำแหน่ง นักวิเคราะห์นโยบายและแผน', '(นายสมชาย รักดี)'])
      expect(d.lines).toContain(line);
    // The six-month report is dated 1 April 2569, the first working day after the round.
    expect(d.lines.filter((l) => l === 'วันที่ ๑ เมษายน ๒๕๖๙')).toHaveLength(4);
    // An อบต.'s chain: the head of สำนักปลัด proposes, the ปลัด gives an opinion, the นายก approves.
    // A position too long for its column breaks between the role and the agency's name, never inside a word.
    const text = d.lines.join('\n');
    for (const post of ['ตำแหน่ง หัวหน้าสำนักปลัด\nองค์การบริหารส่วนตำบล\n', 'ตำแหน่ง ปลัด\nองค์การบริหารส่วนตำบลบ้านตัวอย่าง\n']) expect(text).toContain(post);
    expect(d.lines).toContain('เมษายน ๒๕๖๙');
    // Thai digits only (the item code's letter aside), no keys, no English outcome words.
    expect(d.text.replace('o๒๘', '')).not.toMatch(/[0-9]|[a-z]+-[a-z]+|onTrack|atRisk/);
    // A4: portrait cover and summary, landscape table, portrait closing.
    expect([...d.xml.matchAll(/w:orient="(\w+)"/g)].map((m) => m[1])).toEqual(['portrait', 'portrait', 'landscape', 'portrait']);
  });

  test('twelve months: the annual title; nine late measures by number, each with its reason; unfinished work carried to the next plan', async () => {
    const d = await readDocx(await renderProgressReport(followedModel({ kind: 'year' })));
    expect(d.lines.slice(4, 6)).toEqual(['รอบ ๑๒ เดือน', '(ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๘ ถึงวันที่ ๓๐ กันยายน ๒๕๖๙)']);
    expect(d.lines[d.lines.indexOf('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน') + 1]).toBe('ประจำปีงบประมาณ พ.ศ. ๒๕๖๙');
    expect(d.text).toContain(
      'ณ สิ้นวันที่ ๓๐ กันยายน ๒๕๖๙ องค์การบริหารส่วนตำบลบ้านตัวอย่าง มีมาตรการตามแผนทั้งสิ้น ๑๔ มาตรการ ดำเนินการแล้วเสร็จ ๓ มาตรการ (ร้อยละ ๒๑.๔๓) ' +
        'อยู่ระหว่างดำเนินการ ๑ มาตรการ ซึ่งในจำนวนนี้มีความเสี่ยงที่จะไม่แล้วเสร็จตามกำหนด ๑ มาตรการ ล่าช้ากว่ากำหนด ๙ มาตรการ และยกเลิก ๑ มาตรการ ' +
        'มาตรการที่ล่าช้ากว่ากำหนด ได้แก่ มาตรการที่ ๑, ๒, ๕, ๗, ๘, ๙, ๑๒, ๑๓ และ ๑๔ มีมาตรการที่หน่วยงานขอเลื่อน',
    );
    // Its annual report is due in October, but the six-month step (30 April) is still short: late.
    expect(measureRow(d.lines, '๑', '๒').slice(3, 8)).toEqual([
      'กำลังดำเนินการ',
      'ร้อยละ ๖๐',
      'ล่าช้ากว่ากำหนด',
      'ขั้นตอนที่ ๓ กำหนด ๓๐ เม.ย. ๒๕๖๙ ยังไม่แล้วเสร็จ ความคืบหน้า ๖๐% (ควรถึง ๗๕%)',
      'เผยแพร่แผนดำเนินงานประจำปีบนเว็บไซต์แล้ว',
    ]);
    expect(measureRow(d.lines, '๒', '๓').slice(5, 7)).toEqual(['ล่าช้ากว่ากำหนด', 'กำหนด ๓๐ ก.ย. ๒๕๖๙ ครบกำหนดแล้ว ความคืบหน้า ๔๐%']);
    expect(d.text).toContain(
      '• นำมาตรการที่ยังไม่แล้วเสร็จ (มาตรการที่ ๑, ๒, ๕, ๗, ๘, ๙, ๑๒, ๑๓ และ ๑๔) ไปพิจารณาดำเนินการต่อในมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐',
    );
    expect(d.text).not.toContain('เร่งรัดการดำเนินการให้แล้วเสร็จ หรือเสนอขอเลื่อน');
  });

  test('a day in February, Arabic digits: the hand-added measure at risk, 18 days left', async () => {
    const d = await readDocx(await renderProgressReport(followedModel({ kind: 'date', day: { y: 2026, m: 2, d: 10 } }, { digits: 'arabic' })));
    expect(d.lines[4]).toBe('ณ วันที่ 10 กุมภาพันธ์ 2569');
    expect(d.lines[d.lines.indexOf('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน') + 1]).toBe('ณ วันที่ 10 กุมภาพันธ์ 2569');
    expect(d.text).toContain('อยู่ระหว่างดำเนินการ 6 มาตรการ ซึ่งในจำนวนนี้มีความเสี่ยงที่จะไม่แล้วเสร็จตามกำหนด 1 มาตรการ ล่าช้ากว่ากำหนด 4 มาตรการ และยกเลิก 1 มาตรการ');
    expect(measureRow(d.lines, '14', '').slice(6, 8)).toEqual(['เสี่ยงล่าช้า', 'เหลือ 18 วัน ผ่านไปแล้ว 69% ของเวลา ความคืบหน้า 50%']);
    expect(d.text).not.toMatch(/[๐-๙]/);
  });

  test("a status that cannot be read: its own row and column in the counts, its clause, its reason and the coordinator's request", async () => {
    const d = await readDocx(await renderProgressReport(withUnreadStatus(followedModel({ kind: 'half' }), 6)));
    expect(d.text).toContain('ล่าช้ากว่ากำหนด ๕ มาตรการ อ่านสถานะที่หน่วยงานรายงานไม่ได้ ๑ มาตรการ (มาตรการที่ ๖) และยกเลิก ๑ มาตรการ');
    const t1 = d.lines.indexOf('ตารางที่ ๑ ผลการดำเนินการตามมาตรการ จำแนกตามผลการติดตาม');
    expect(d.lines.slice(t1 + 4, t1 + 25)).toEqual([
      'ล่าช้ากว่ากำหนด',
      '๕',
      '๓๕.๗๑',
      'เสี่ยงล่าช้า',
      '๑',
      '๗.๑๔',
      'อ่านสถานะไม่ได้',
      '๑',
      '๗.๑๔',
      'เป็นไปตามกำหนด',
      '๓',
      '๒๑.๔๓',
      'แล้วเสร็จ',
      '๓',
      '๒๑.๔๓',
      'ยกเลิก',
      '๑',
      '๗.๑๔',
      'รวม',
      '๑๔',
      '๑๐๐.๐๐',
    ]);
    // Table 2: the column after ล่าช้ากว่ากำหนด, before ยกเลิก; สำนักปลัด has the one.
    const t2 = d.lines.indexOf('ตารางที่ ๒ ผลการดำเนินการจำแนกตามหน่วยงานที่รับผิดชอบ');
    expect(d.lines.slice(t2 + 1, t2 + 18)).toEqual([
      'หน่วยงาน',
      'ที่รับผิดชอบ',
      'ทั้งหมด',
      'แล้วเสร็จ',
      'เป็นไปตามกำหนด',
      'เสี่ยงล่าช้า',
      'ล่าช้ากว่ากำหนด',
      'อ่านสถานะไม่ได้',
      'ยกเลิก',
      'สำนักปลัด',
      '๑๐',
      '๒',
      '๓',
      '๑',
      '๓',
      '๑',
      '๐',
    ]);
    expect(measureRow(d.lines, '๖', '๗').slice(3, 7)).toEqual(['รอ', 'ร้อยละ ๕๐', 'อ่านสถานะไม่ได้', 'อ่านสถานะ "รอ" (คอลัมน์ L แถวที่ ๙) ไม่ได้ โปรดเลือกสถานะจากรายการ']);
    expect(d.lines).toContain('• ให้หน่วยงานที่รับผิดชอบมาตรการที่อ่านสถานะไม่ได้ (มาตรการที่ ๖) เลือกสถานะจากรายการในแผนมาตรการ เพื่อให้ติดตามผลได้ครบถ้วน');
  });

  test('a round with nothing to report says so in the document instead of empty tables', async () => {
    const full = followedModel({ kind: 'half' });
    const none = { ...full, measures: [], counts: countStates([]), owners: [] };
    const d = await readDocx(await renderProgressReport(none));
    expect(d.lines).toContain('แผ่นงานมาตรการยังไม่มีมาตรการที่ต้องติดตามผล จึงไม่มีผลการดำเนินการที่จะรายงานในรอบนี้');
    expect(d.text).not.toContain('ตารางที่ ๑');
    expect(d.text).not.toContain('ตารางที่ ๓');
    // Every measure cancelled: nothing live to follow; table 3 still lists them with their reason.
    const cancelled = full.measures.map((m) => ({ ...m, state: 'cancelled' as const, reason: 'หน่วยงานแจ้งยกเลิก' }));
    const allCancelled = { ...full, measures: cancelled, counts: countStates(cancelled), owners: countByOwner(cancelled) };
    const c = await readDocx(await renderProgressReport(allCancelled));
    expect(c.lines).toContain('มาตรการทั้ง ๑๔ มาตรการในแผนถูกยกเลิก จึงไม่มีมาตรการที่ต้องติดตามผลในรอบนี้');
    expect(c.text).not.toContain('ตารางที่ ๑ ผลการดำเนินการตามมาตรการ');
  });
});
