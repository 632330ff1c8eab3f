import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
// JSZip comes with ExcelJS; used here only to build odd archives.
import JSZip from 'jszip';
import { LIMITS } from '../../src/cli/limits';
import { parseCsv, readInput } from '../../src/cli/read-input';
import { LIST_SHEET } from '../../src/cli/xlsx-render';
import { ItaError } from '../../src/core/errors';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ita-input-'));
});
afterEach(async () => {
  jest.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const EXAMPLE = join(__dirname, '../../examples/example-001-2568.xlsx');

/** The one-line message, checked for the file's name and for any library or Node wording. */
function plain(e: ItaError, file: string): void {
  expect(e.th).toContain(file);
  expect(e.en).toContain(file);
  expect(e.message).not.toMatch(/\n|jszip|central directory|EISDIR|ENOENT|EACCES|errno|\bat \w/i);
  expect(e.th).toMatch(/[ก-๙]/);
}

/** ExcelJS's loader, to show that a refused file never reaches it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const XLSX = require('exceljs/lib/xlsx/xlsx') as { prototype: { load: () => Promise<unknown> } };

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
    const { sheets } = await readInput(path);
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
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
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

describe('readInput: what is wrong with the file, in plain words', () => {
  const cases: [string, () => Promise<string>, RegExp, RegExp][] = [
    ['a folder without an extension', async () => (await mkdir(join(dir, 'scores'), { recursive: true }), join(dir, 'scores')), /เป็นโฟลเดอร์/, /is a folder/],
    ['an empty file', async () => (await writeFile(join(dir, 'empty.xlsx'), ''), join(dir, 'empty.xlsx')), /ไฟล์ว่างเปล่า/, /empty \(0 bytes\)/],
    [
      'a password-protected workbook (an encrypted compound file)',
      async () => {
        const cfb = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(512)]);
        await writeFile(join(dir, 'locked.xlsx'), cfb);
        return join(dir, 'locked.xlsx');
      },
      /ตั้งรหัสผ่าน/,
      /password-protected/,
    ],
    [
      'an old .xls saved under .xlsx',
      async () => (await writeFile(join(dir, 'old.xlsx'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(2048)])), join(dir, 'old.xlsx')),
      /รุ่นเก่า \(\.xls\)/,
      /old Excel \(\.xls\)/,
    ],
    [
      'a download cut in half',
      async () => (await writeFile(join(dir, 'cut.xlsx'), (await readFile(EXAMPLE)).subarray(0, 6000)), join(dir, 'cut.xlsx')),
      /เสียหายหรือได้รับมาไม่ครบ/,
      /damaged or incomplete/,
    ],
    [
      'a Word document renamed .xlsx',
      async () => {
        const zip = new JSZip();
        zip.file('word/document.xml', '<w:document/>');
        await writeFile(join(dir, 'letter.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
        return join(dir, 'letter.xlsx');
      },
      /ไม่ใช่เวิร์กบุ๊ก Excel/,
      /not an Excel workbook/,
    ],
    [
      'binary bytes that are not a workbook',
      async () => (await writeFile(join(dir, 'pic.xlsx'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), join(dir, 'pic.xlsx')),
      /ไม่ใช่ไฟล์ Excel/,
      /not an Excel/,
    ],
  ];
  test.each(cases)('%s', async (_, make, th, en) => {
    const path = await make();
    const e = await failure(readInput(path));
    plain(e, path);
    expect(e.th).toMatch(th);
    expect(e.en).toMatch(en);
  });

  test('a file that cannot be read for lack of permission', async () => {
    const path = join(dir, 'secret.xlsx');
    await writeFile(path, 'x');
    // Root reads any file, so the refusal is simulated where Node reports it.
    await jest.isolateModulesAsync(async () => {
      const denied = Object.assign(new Error("EACCES: permission denied, open 'secret.xlsx'"), { code: 'EACCES' });
      jest.doMock('node:fs/promises', () => ({ ...jest.requireActual('node:fs/promises'), open: jest.fn().mockRejectedValue(denied) }));
      const { readInput: isolated } = await import('../../src/cli/read-input');
      const e = (await isolated(path).catch((err: unknown) => err)) as ItaError;
      plain(e, path);
      expect(e.th).toBe(`ไม่มีสิทธิ์อ่านไฟล์: ${path}`);
    });
  });
});

describe('readInput: limits, before anything is built in memory', () => {
  test('a file over 50 MB is refused from its size alone', async () => {
    const path = join(dir, 'huge.xlsx');
    await writeFile(path, '');
    await truncate(path, LIMITS.fileBytes + 1024 * 1024); // sparse: no 51 MB written
    const load = jest.spyOn(XLSX.prototype, 'load');
    const e = await failure(readInput(path));
    plain(e, path);
    expect(e.th).toContain('51.0 MB เกินขีดจำกัด 50.0 MB');
    expect(e.en).toContain('over the 50.0 MB limit');
    expect(load).not.toHaveBeenCalled();
  });

  test('a sheet with data past row 5,000 is refused before ExcelJS loads it, naming the sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('คะแนน').addRows([
      ['ตัวชี้วัด', 'คะแนน'],
      [1, 98.29],
    ]);
    const big = wb.addWorksheet('ข้อมูลดิบ');
    for (let r = 1; r <= LIMITS.rows + 1; r++) big.getCell(r, 1).value = r;
    const path = join(dir, 'rows.xlsx');
    await wb.xlsx.writeFile(path);
    const load = jest.spyOn(XLSX.prototype, 'load');
    const e = await failure(readInput(path));
    plain(e, path);
    expect(e.th).toContain('แผ่นงาน "ข้อมูลดิบ"');
    expect(e.th).toContain('เกิน 5,000 แถว');
    expect(e.en).toContain('beyond row 5,000');
    expect(load).not.toHaveBeenCalled();
  });

  test('a sheet with data past column 200 is refused; formatted empty cells do not count', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('กว้าง');
    for (let r = 1; r <= 300; r++) ws.getCell(r, 1).border = { top: { style: 'thin' } }; // formatting only
    ws.getCell(1, 250).border = { top: { style: 'thin' } };
    ws.getCell(1, 1).value = 'ok';
    const fine = join(dir, 'fine.xlsx');
    await wb.xlsx.writeFile(fine);
    expect((await readInput(fine)).sheets[0].grid[0][0]).toBe('ok');
    ws.getCell(2, LIMITS.cols + 1).value = 'too far';
    const wide = join(dir, 'wide.xlsx');
    await wb.xlsx.writeFile(wide);
    const e = await failure(readInput(wide));
    expect(e.th).toContain('เกิน 200 คอลัมน์');
    expect(e.en).toContain('beyond column 200');
  });

  test('a CSV past 5,000 rows is refused while parsing', async () => {
    const path = join(dir, 'long.csv');
    await writeFile(path, 'ตัวชี้วัด,คะแนน\n'.repeat(LIMITS.rows + 1));
    const e = await failure(readInput(path));
    plain(e, path);
    expect(e.en).toContain('beyond row 5,000');
  });
});
