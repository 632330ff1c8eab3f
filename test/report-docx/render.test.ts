import { toThaiDigits } from '../../src/core/numbers';
import { renderReport } from '../../src/report-docx/render';
import { GRID_001, GRID_002, INDICATOR_NAMES } from '../core/examples';
import { GRID_FAILING, reportOf } from '../core/report/fixtures';
import { readDocx } from './docx-text';

const NAMES = INDICATOR_NAMES;
const th = toThaiDigits;

/** The indicator table's rows: number, name, tool, score, verdict, one line each. */
function indicatorRows(lines: string[]): string[][] {
  const start = lines.findIndex((l) => l.startsWith('ตารางที่ ๔') || l.startsWith('ตารางที่ 4'));
  return NAMES.map((name) => {
    const at = lines.indexOf(name, start);
    return lines.slice(at - 1, at + 4);
  });
}

describe('renderReport (.docx)', () => {
  test('example 001, report form: cover, figures, indicators, measures, approval; Thai digits; TH Sarabun New', async () => {
    const m = reportOf(GRID_001);
    const bytes = await renderReport(m);
    console.log(`example 001 report: ${(bytes.length / 1024).toFixed(1)} KB`);
    const d = await readDocx(bytes);
    expect(d.lines).toContain('เทศบาลตำบลทุ่งผึ้ง');
    expect(d.lines).toContain('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘');
    expect(d.lines).toContain('คำนำ');
    expect(d.lines).toContain('ตุลาคม ๒๕๖๘');
    expect(d.text).toContain('ได้คะแนนรวม ๙๖.๔๗ คะแนน อยู่ในระดับ “ผ่านดีเยี่ยม”');
    expect(indicatorRows(d.lines)).toEqual([
      ['๑', 'การปฏิบัติหน้าที่', 'IIT', '๙๘.๒๙', 'ผ่านเกณฑ์'],
      ['๒', 'การใช้งบประมาณ', 'IIT', '๙๙.๑๕', 'ผ่านเกณฑ์'],
      ['๓', 'การใช้อำนาจ', 'IIT', '๑๐๐.๐๐', 'ผ่านเกณฑ์'],
      ['๔', 'การใช้ทรัพย์สินของราชการ', 'IIT', '๙๗.๙๕', 'ผ่านเกณฑ์'],
      ['๕', 'การแก้ไขปัญหาการทุจริต', 'IIT', '๑๐๐.๐๐', 'ผ่านเกณฑ์'],
      ['๖', 'คุณภาพการดำเนินงาน', 'EIT', '๙๖.๒๒', 'ผ่านเกณฑ์'],
      ['๗', 'ประสิทธิภาพการสื่อสาร', 'EIT', '๙๖.๑๒', 'ผ่านเกณฑ์'],
      ['๘', 'การปรับปรุงการทำงาน', 'EIT', '๙๕.๑๗', 'ผ่านเกณฑ์'],
      ['๙', 'การเปิดเผยข้อมูล', 'OIT', '๙๐.๐๐', 'ผ่านเกณฑ์'],
      ['๑๐', 'การป้องกันการทุจริต', 'OIT', '๑๐๐.๐๐', 'ผ่านเกณฑ์'],
    ]);
    // Every live measure with its owner and its Thai time frame.
    for (const r of m.measures) {
      const at = d.lines.indexOf(r.measure);
      expect(at).toBeGreaterThan(0);
      expect(d.lines.slice(at, at + 60)).toEqual(expect.arrayContaining([th(r.owner), th(r.timeframe)]));
    }
    expect(d.lines).toContain('ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙');
    expect(d.lines).toContain(`ส่วนที่ ๒ มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙`);
    // The approval block: preparer, proposer, the executive's decision, dotted lines for blank names.
    for (const line of ['ผู้จัดทำ', 'ผู้เสนอ', 'ความเห็น/คำสั่งของผู้บริหาร', '☐ ทราบ          ☐ อนุมัติ']) expect(d.lines).toContain(line);
    // A เทศบาล's chain: preparer, head of สำนักปลัด, ปลัด for an opinion, the mayor approves.
    expect(d.lines.filter((l) => l.startsWith('(ลงชื่อ) ....'))).toHaveLength(4);
    // Four across a landscape page: a long position goes on lines of its own, broken between words
    // (ปลัดเทศบาลตำบลทุ่งผึ้ง is 6.5 cm at 14 pt, wider than a quarter of the page).
    const text = d.lines.join('\n');
    for (const post of ['ตำแหน่ง\nหัวหน้าสำนักปลัดเทศบาล\n', '\nตำแหน่ง ปลัด\nเทศบาลตำบลทุ่งผึ้ง\n', 'ตำแหน่ง\nนายกเทศมนตรีตำบลทุ่งผึ้ง\n']) expect(text).toContain(post);
    // Every signature dated with the document's one date, as the cover and คำนำ are.
    expect(d.lines.filter((l) => l === 'วันที่ ๑ ตุลาคม ๒๕๖๘')).toHaveLength(4);
    // Every indicator passes: said so, not "ไม่ผ่านเกณฑ์ ๐ ตัวชี้วัด".
    expect(d.text).toContain('อยู่ในระดับ “ผ่านดีเยี่ยม” ผ่านเกณฑ์ทุกตัวชี้วัด (ตั้งแต่ ๘๕ คะแนนขึ้นไป) รายละเอียดตามตารางที่ ๓');
    expect(d.text).not.toMatch(/เกณฑ์ ๐ ตัวชี้วัด/);
    expect(d.lines.filter((l) => l === 'ตุลาคม ๒๕๖๘')).toHaveLength(2);
    // No internal ids, status or progress, no Arabic digit anywhere in the text.
    expect(d.text).not.toMatch(/[0-9]/);
    expect(d.text).not.toMatch(/ยังไม่เริ่ม|ความคืบหน้า|รหัสมาตรการ|\b[a-z]+-[a-z0-9-]+\b/);
    // Typography: TH Sarabun New for every script, 16 pt, Sarabun as its alternative; A4; Part 2 landscape.
    expect(d.styles).toMatch(/<w:rFonts w:ascii="TH Sarabun New" w:cs="TH Sarabun New" w:eastAsia="TH Sarabun New" w:hAnsi="TH Sarabun New"\/>/);
    expect(d.styles).toMatch(/<w:sz w:val="32"\/><w:szCs w:val="32"\/>/);
    expect(d.fontTable).toContain('<w:font w:name="TH Sarabun New"><w:altName w:val="Sarabun"/>');
    expect(d.xml).toMatch(/<w:pgSz w:w="11907" w:h="16840" w:orient="portrait"\/><w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1701"/);
    expect(d.xml).toMatch(/<w:pgSz w:w="16840" w:h="11907" w:orient="landscape"\/>/);
    expect(d.xml).toContain('w:fmt="thaiNumbers"');
    expect(d.xml.includes(String.raw`TOC \h \o &quot;1-2&quot;`)).toBe(true);
    expect(d.media).toHaveLength(1);
  });

  test('failing indicators and items: ไม่ผ่านเกณฑ์, the items table, the path (internal copy); Arabic digits with the switch', async () => {
    const m = reportOf(GRID_FAILING, { digits: 'arabic', audience: 'internal' });
    const d = await readDocx(await renderReport(m));
    expect(d.text).toContain('ได้คะแนนรวม 89.41 คะแนน อยู่ในระดับ “ผ่าน”');
    const rows = indicatorRows(d.lines);
    expect(rows[0]).toEqual(['1', 'การปฏิบัติหน้าที่', 'IIT', '80.50', 'ไม่ผ่านเกณฑ์']);
    expect(rows[8]).toEqual(['9', 'การเปิดเผยข้อมูล', 'OIT', '65.00', 'ไม่ผ่านเกณฑ์']);
    expect(rows.filter((r) => r[4] === 'ผ่านเกณฑ์')).toHaveLength(8);
    expect(d.lines).toContain('4.2 ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไข');
    expect(d.lines).toContain('i1');
    expect(d.lines).toContain('70.20');
    expect(d.lines).toContain('6. เส้นทางสู่ค่าเป้าหมาย');
    expect(d.text).not.toMatch(/[๐-๙]/);
    expect(d.xml).not.toContain('w:fmt="thaiNumbers"');
    for (const r of m.measures) expect(d.lines).toContain(r.measure);
  });

  test('memo by agency type: addressed to the approver, ส่วนราชการ with the division and phone', async () => {
    const local = await readDocx(
      await renderReport(
        reportOf(GRID_001, {
          form: 'memo',
          fields: [
            ['หน่วยงานที่จัดทำ', 'สำนักปลัด'],
            ['โทรศัพท์', '0 5426 9000'],
          ],
        }),
      ),
    );
    expect(local.lines).toContain('เรียน  นายกเทศมนตรีตำบลทุ่งผึ้ง');
    expect(local.lines).toContain('ส่วนราชการ  สำนักปลัด เทศบาลตำบลทุ่งผึ้ง โทร. ๐ ๕๔๒๖ ๙๐๐๐');
    const province = await readDocx(await renderReport(reportOf(GRID_002, { form: 'memo' })));
    expect(province.lines).toContain('เรียน  ผู้ว่าราชการจังหวัดลำพูน');
    expect(province.lines).toContain('ส่วนราชการ  จังหวัดลำพูน');
    // 7.6 cm at 14 pt, wider than half the page's 16 cm: broken before สำนักงาน, not by the word processor.
    expect(province.lines.join('\n')).toContain('ตำแหน่ง หัวหน้า\nสำนักงานจังหวัดลำพูน\n');
  });

  test('memo form: บันทึกข้อความ to the executive with the analysis and measures attached', async () => {
    const m = reportOf(GRID_001, {
      form: 'memo',
      fields: [
        ['ส่วนราชการ', 'สำนักปลัด เทศบาลตำบลทุ่งผึ้ง'],
        ['ที่', 'ลป 54301/123'],
        ['ชื่อผู้บริหาร', 'นายสมชาย รักดี'],
        ['ตำแหน่งผู้บริหาร', 'นายกเทศมนตรีตำบลทุ่งผึ้ง'],
      ],
    });
    const d = await readDocx(await renderReport(m));
    expect(d.lines).toContain('บันทึกข้อความ');
    expect(d.lines).toContain('ส่วนราชการ  สำนักปลัด เทศบาลตำบลทุ่งผึ้ง');
    // The plan's approval day (1 October 2568), not the day the file was made (15 October).
    expect(d.lines).toContain('ที่  ลป ๕๔๓๐๑/๑๒๓      วันที่  ๑ ตุลาคม ๒๕๖๘');
    expect(d.lines).toContain('เรียน  นายกเทศมนตรีตำบลทุ่งผึ้ง');
    for (const h of ['๑. เรื่องเดิม', '๒. ข้อเท็จจริง', '๓. ข้อพิจารณาและข้อเสนอ', 'สิ่งที่ส่งมาด้วย']) expect(d.lines).toContain(h);
    expect(d.text).toContain('(ข้อ o๒๗ ของแบบตรวจการเปิดเผยข้อมูลสาธารณะ)');
    expect(d.lines).toContain('(นายสมชาย รักดี)');
    expect(d.lines).toContain('ตำแหน่ง นายกเทศมนตรีตำบลทุ่งผึ้ง');
    expect(d.lines).not.toContain('คำนำ');
    expect(d.lines).toContain('ตารางที่ ๔ ผลการประเมินรายตัวชี้วัด');
    for (const r of m.measures) expect(d.lines).toContain(th(r.measure));
  });
});
