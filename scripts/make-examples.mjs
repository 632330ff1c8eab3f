// Writes examples/example-001-2568.xlsx: example 001's published figures in the score template's layout.
import ExcelJS from 'exceljs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const names = [
  'การปฏิบัติหน้าที่',
  'การใช้งบประมาณ',
  'การใช้อำนาจ',
  'การใช้ทรัพย์สินของราชการ',
  'การแก้ไขปัญหาการทุจริต',
  'คุณภาพการดำเนินงาน',
  'ประสิทธิภาพการสื่อสาร',
  'การปรับปรุงการทำงาน',
  'การเปิดเผยข้อมูล',
  'การป้องกันการทุจริต',
];
const indicators = [98.29, 99.15, 100, 97.95, 100, 96.22, 96.12, 95.17, 90.0, 100];

const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet('คะแนน ITA');
ws.addRows([
  ['แบบกรอกคะแนนผลการประเมิน ITA'],
  ['ชื่อหน่วยงาน', 'เทศบาลตำบลทุ่งผึ้ง'],
  ['ประเภทหน่วยงาน', 'เทศบาลตำบล'],
  ['ปีงบประมาณที่ประเมิน (พ.ศ.)', 2568],
  ['คะแนนรวมที่ประกาศ', 96.47],
  ['ระดับผลการประเมินที่ประกาศ', 'ผ่านดีเยี่ยม'],
  [],
  ['เครื่องมือ', 'ชื่อเครื่องมือ', 'คะแนน'],
  ['IIT', 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน', 99.08],
  ['EIT ส่วนที่ 1', 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก ส่วนที่ 1', 95.37],
  ['EIT ส่วนที่ 2', 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก ส่วนที่ 2', 96.3],
  ['OIT', 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ', 95.0],
  [],
  ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'คะแนน'],
  ...names.map((n, k) => [k + 1, n, indicators[k]]),
  [],
  ['ข้อ', 'ข้อคำถาม/รายการ', 'คะแนน'],
  // Example 001 reports one OIT item not met (o6); every other OIT item was published.
  ...Array.from({ length: 28 }, (_, k) => [`o${k + 1}`, '', k + 1 === 6 ? 0 : 100]),
]);
ws.getColumn(1).width = 28;
ws.getColumn(2).width = 60;
await wb.xlsx.writeFile(join(root, 'examples/example-001-2568.xlsx'));
console.log('wrote examples/example-001-2568.xlsx');
