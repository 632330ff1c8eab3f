import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseCsv, readInput } from '../../src/cli/read-input';
import { LIST_SHEET } from '../../src/cli/xlsx-render';
import { ItaError } from '../../src/core/errors';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ita-input-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failure(p: Promise<unknown>): Promise<ItaError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ItaError);
  return e as ItaError;
}

async function workbookFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet('คะแนน');
  a.addRow(['ตัวชี้วัด', 'คะแนน']);
  a.addRow([1, 98.29]);
  a.getCell('C3').value = new Date(Date.UTC(2025, 0, 31));
  wb.addWorksheet('หมายเหตุ').getCell('A1').value = 'ข้อความ';
  wb.addWorksheet(LIST_SHEET, { state: 'hidden' }).getCell('A1').value = 'x';
  const path = join(dir, 'agency.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

describe('readInput: xlsx', () => {
  test('all sheets, in order, without our hidden list sheet', async () => {
    const { sheets } = await readInput(await workbookFile());
    expect(sheets.map((s) => s.name)).toEqual(['คะแนน', 'หมายเหตุ']);
    expect(sheets[0].grid).toEqual([
      ['ตัวชี้วัด', 'คะแนน', null],
      [1, 98.29, null],
      [null, null, { date: '2025-01-31' }],
    ]);
  });

  test('one named sheet', async () => {
    const { sheets } = await readInput(await workbookFile(), { sheet: 'หมายเหตุ' });
    expect(sheets).toEqual([{ name: 'หมายเหตุ', grid: [['ข้อความ']] }]);
  });

  test('an unknown sheet names itself and the sheets there are', async () => {
    const e = await failure(readInput(await workbookFile(), { sheet: 'Sheet1' }));
    expect(e.th).toContain('ไม่พบแผ่นงาน');
    expect(e.th).toContain('"Sheet1"');
    expect(e.en).toContain('"คะแนน", "หมายเหตุ"');
    expect(e.en).not.toContain(LIST_SHEET);
  });

  test('a text file named .xlsx', async () => {
    const path = join(dir, 'fake.xlsx');
    await writeFile(path, 'this is not a workbook\n');
    const e = await failure(readInput(path));
    expect(e.message).toContain('fake.xlsx');
    expect(e.en).toContain('not an Excel (.xlsx) workbook');
    expect(e.message).not.toMatch(/\n\s+at /); // no stack
  });
});

describe('readInput: csv', () => {
  test('BOM, CRLF, quotes, doubled quotes, line breaks in quotes; numbers stay text', async () => {
    const path = join(dir, 'คะแนน 2568.csv');
    const text = '\uFEFFตัวชี้วัด,คะแนน,หมายเหตุ\r\n1,๙๘.๒๙,"มี ""หมายเหตุ"", ยาว"\r\n2,99.15,"สอง\r\nบรรทัด"\r\n3,,\r\n,,\r\n';
    await writeFile(path, text, 'utf8');
    const { sheets } = await readInput(path, { sheet: 'ignored for csv' });
    expect(sheets).toEqual([
      {
        name: 'คะแนน 2568',
        grid: [
          ['ตัวชี้วัด', 'คะแนน', 'หมายเหตุ'],
          ['1', '๙๘.๒๙', 'มี "หมายเหตุ", ยาว'],
          ['2', '99.15', 'สอง\r\nบรรทัด'],
          ['3', null, null],
        ],
      },
    ]);
  });

  test('Windows-874 bytes (Excel on Thai Windows) are read as Thai', async () => {
    const path = join(dir, 'legacy.csv');
    // 'การ,1' in Windows-874 (TIS-620): not valid UTF-8.
    await writeFile(path, Buffer.from([0xa1, 0xd2, 0xc3, 0x2c, 0x31, 0x0a]));
    const { sheets } = await readInput(path);
    expect(sheets[0].grid).toEqual([['การ', '1']]);
  });

  test('an unclosed quote names the line', async () => {
    const path = join(dir, 'broken.csv');
    await writeFile(path, 'a,b\n1,"open\n2,3\n');
    const e = await failure(readInput(path));
    expect(e.th).toContain('บรรทัดที่ 2');
    expect(e.en).toContain('line 2');
    expect(e.en).toContain('broken.csv');
  });

  test('parseCsv details: LF and CR endings, empty quoted fields, no trailing newline', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('a\rb\r')).toEqual([['a'], ['b']]);
    expect(parseCsv('"",x,""')).toEqual([['', 'x', '']]);
    expect(parseCsv('a,\n')).toEqual([['a', '']]);
    expect(parseCsv('ab"c,d')).toEqual([['ab"c', 'd']]);
    expect(parseCsv('')).toEqual([]);
  });
});

describe('readInput: files that cannot be read', () => {
  test('a missing file', async () => {
    const e = await failure(readInput(join(dir, 'none.xlsx')));
    expect(e.th).toContain('ไม่พบไฟล์');
    expect(e.en).toContain('none.xlsx');
  });

  test('an unknown extension', async () => {
    const path = join(dir, 'notes.txt');
    await writeFile(path, 'x');
    const e = await failure(readInput(path));
    expect(e.en).toContain('Unsupported file type');
    expect(e.en).toContain('notes.txt');
  });

  test('an old .xls workbook gets a hint to save as .xlsx', async () => {
    const e = await failure(readInput(join(dir, 'old.xls')));
    expect(e.th).toContain('.xlsx');
    expect(e.en).toContain('save it as .xlsx');
  });

  test('a folder named like a file', async () => {
    const folder = join(dir, 'folder.csv');
    await mkdir(folder);
    const e = await failure(readInput(folder));
    expect(e.en).toContain('is a folder');
  });
});
