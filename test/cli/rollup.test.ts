/** `rollup`: a national-style CSV, a folder of agency workbooks, bad rows on stderr, the workbook as LibreOffice opens it. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GRID_001, GRID_002 } from '../core/examples';
import { agencyTable, toCsv } from '../tools/agencies';
import { recalculatedSheets, withLibreOffice } from '../tools/libreoffice';
import { parseRollupArgs } from '../../src/cli/rollup-args';
import { plainLines, readXlsx, run, writeXlsx } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'ita-rollup-'));

describe('rollup of a province table (CSV)', () => {
  const csv = join(dir, 'province.csv');
  const grid = agencyTable({ agencies: 120, years: [2567, 2568], abbreviateLater: true });
  // One bad row: a total typed with a letter O.
  grid[grid.length - 1][20] = '8O.12';
  writeFileSync(csv, toCsv(grid));
  const out = join(dir, 'province.xlsx');
  let result: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    result = await run(['rollup', csv, '--group-by', 'district', '--out', out]);
  });

  test('prints the figures and names the bad row on stderr', () => {
    expect(result.code).toBe(0);
    expect(result.out).toContain('หน่วยงาน / Agencies: 119');
    expect(result.out).toContain('เทียบกับ / compared with 2567');
    expect(result.out).toContain('แถวที่ไม่นำมาคำนวณ / Rows left out: 1');
    expect(plainLines(result.err)).toEqual([
      'แผ่นงาน "province" เซลล์ U241: ไม่ใช่ตัวเลข ("8O.12") จึงไม่นำมาคำนวณ / sheet "province" cell U241: is not a number ("8O.12"); left out of the figures',
    ]);
  });

  test('writes the sheets, in order, with Thai digits in text and numbers as numbers', async () => {
    const wb = await readXlsx(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'สรุปผล ITA หลายหน่วยงาน',
      'อันดับผล ITA',
      'ผลรายตัวชี้วัด หลายหน่วยงาน',
      'หน่วยงานที่ต้องติดตาม',
      'ผลเปลี่ยนแปลงจากปีก่อน',
    ]);
    const overview = wb.getWorksheet('สรุปผล ITA หลายหน่วยงาน')!;
    expect(overview.getCell('A1').value).toMatch(/พ\.ศ\. ๒๕๖๘$/);
    expect(overview.getCell('B2').value).toBe(119);
    const ranking = wb.getWorksheet('อันดับผล ITA')!;
    expect(ranking.getRow(2).values).toEqual([
      undefined,
      'อันดับ',
      'หน่วยงาน',
      'ประเภท',
      'อำเภอ',
      'คะแนนรวม',
      'ระดับผลการประเมิน',
      'อันดับปี ๒๕๖๗',
      'อันดับขยับขึ้น (+) หรือลง (−)',
      'คะแนนปี ๒๕๖๗',
      'คะแนนเปลี่ยนแปลง',
    ]);
    expect(ranking.getCell('A3').value).toBe(1);
    expect(ranking.rowCount).toBe(2 + 119);
  });

  withLibreOffice('LibreOffice opens every sheet with the ranking and the figures', async () => {
    const sheets = recalculatedSheets(out);
    const ranking = sheets.get('อันดับผล ITA')!;
    expect(ranking).toHaveLength(121);
    const totals = ranking.slice(2).map((r) => Number(r[4]));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const overview = sheets.get('สรุปผล ITA หลายหน่วยงาน')!;
    expect(overview[1].slice(0, 2)).toEqual(['จำนวนหน่วยงาน', '119']);
    expect(overview.some((r) => r[0] === 'จำแนกตามอำเภอ')).toBe(true);
    expect(overview.some((r) => r[0].startsWith('แผ่นงาน "province" เซลล์ U241'))).toBe(true);
  });
});

describe('rollup of a folder of agency workbooks', () => {
  test('reads each score sheet with the analysis reader and reports the one it cannot read', async () => {
    const folder = join(dir, 'agencies');
    mkdirSync(folder);
    await writeXlsx(join(folder, 'a.xlsx'), [['คะแนน ITA', GRID_001]]);
    await writeXlsx(join(folder, 'b.xlsx'), [['คะแนน ITA', GRID_002]]);
    const broken = GRID_002.map((r) => [...r]);
    broken[1][1] = 'เทศบาลตำบลผิดพลาด';
    broken[9][2] = 150;
    await writeXlsx(join(folder, 'c.xlsx'), [['คะแนน ITA', broken]]);
    const out = join(dir, 'folder.xlsx');
    const r = await run(['rollup', folder, '--out', out, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect([json.agencies, json.mean, json.reaching, json.leftOut.length]).toEqual([2, 93.31, 2, 1]);
    expect(json.leftOut[0]).toBe('c.xlsx sheet "คะแนน ITA": cell C10: indicator 1 score is outside 0–100 (150); left out of the figures');
    const ranking = (await readXlsx(out)).getWorksheet('อันดับผล ITA')!;
    expect([ranking.getCell('B3').value, ranking.getCell('D3').value, ranking.getCell('E3').value]).toEqual(['เทศบาลตำบลทุ่งผึ้ง', 96.47, 'ผ่านดีเยี่ยม']);
  });
});

describe('arguments', () => {
  test('a bad grouping is named in Thai and English', async () => {
    const r = await run(['rollup', 'x.csv', '--group-by', 'amphoe']);
    expect(r.code).toBe(1);
    expect(plainLines(r.err)).toEqual([
      'ตัวเลือก --group-by ต้องเป็น อำเภอ (district) ประเภท (type) หรือ จังหวัด (province) ("amphoe") / Option --group-by must be district, type or province ("amphoe")',
    ]);
  });

  test('the grouping is taken in its Thai word or its English value', () => {
    expect(parseRollupArgs(['x.csv', '--group-by', 'จังหวัด']).groupBy).toBe('province');
    expect(parseRollupArgs(['x.csv', '--group-by', 'อำเภอ']).groupBy).toBe('district');
    expect(parseRollupArgs(['x.csv', '--group-by', 'Type']).groupBy).toBe('type');
  });
});

describe('rollup --report', () => {
  test('writes the document beside the workbook under the default name', async () => {
    const csv = join(dir, 'small.csv');
    writeFileSync(csv, toCsv(agencyTable({ agencies: 30, years: [2568] })));
    const out = join(dir, 'small', 'rollup.xlsx');
    const r = await run(['rollup', csv, '--out', out, '--report', '--digits', 'arabic']);
    expect(r.code).toBe(0);
    const report = join(dir, 'small', 'ita-rollup-report-2568.docx');
    expect(r.out).toContain(`รายงาน / Report: ${report}`);
    const { readDocx } = await import('../report-docx/docx-text');
    const { lines } = await readDocx(readFileSync(report));
    expect(lines[0]).toMatch(/^สรุปผลการประเมิน.* พ\.ศ\. 2568$/);
  });
});

describe('rollup --packs (the built command line, worker threads)', () => {
  const built = existsSync(join(__dirname, '../../dist/cli.js'));
  (built ? test : test.skip)(
    'writes each agency its analysis workbook and report, with its earlier year, progress on stderr',
    async () => {
      const csv = join(dir, 'packs.csv');
      writeFileSync(csv, toCsv(agencyTable({ agencies: 4, years: [2567, 2568], items: true })));
      const folder = join(dir, 'packs');
      const { runBuilt } = await import('./helpers');
      const r = runBuilt(['rollup', csv, '--out', join(dir, 'packs.xlsx'), '--packs', folder, '--jobs', '2']);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`ชุดเอกสารรายหน่วยงาน / Agency packs: 4 (0 ไม่สำเร็จ / failed) ${folder}`);
      expect(
        r.err
          .trim()
          .split('\n')
          .map((l) => l.replace(/:.*/, '')),
      ).toEqual(['จัดทำชุดเอกสาร 1/4', 'จัดทำชุดเอกสาร 2/4', 'จัดทำชุดเอกสาร 3/4', 'จัดทำชุดเอกสาร 4/4']);
      const files = readdirSync(folder).sort();
      expect(files).toHaveLength(8);
      const book = files.find((f) => f.startsWith('ita-analysis-องค์การบริหารส่วนจังหวัด'))!;
      const wb = await readXlsx(join(folder, book));
      expect(wb.worksheets.map((w) => w.name)).toEqual(['คะแนน ITA', 'ผลย้อนหลัง', 'หน่วยงานภายใน', 'การวิเคราะห์ผล ITA', 'มาตรการ ITA', 'สรุปมาตรการ ITA']);
      // The earlier year is compared in the analysis sheet, as analyze does with a ผลย้อนหลัง sheet.
      const analysis = wb.getWorksheet('การวิเคราะห์ผล ITA')!;
      const texts: string[] = [];
      analysis.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')));
      expect(texts).toContain('ผลการประเมินเทียบกับปีที่ผ่านมา');
    },
    120_000,
  );
});

describe('the size a roll-up takes', () => {
  test('a CSV past 100,000 rows is refused, and the error names that limit', async () => {
    const csv = join(dir, 'huge.csv');
    writeFileSync(csv, 'ชื่อหน่วยงาน,ปีงบประมาณ,คะแนนรวม\n' + 'อบต.ก,2568,90\n'.repeat(100_001));
    const r = await run(['rollup', csv]);
    expect(r.code).toBe(1);
    expect(plainLines(r.err)[0]).toContain('มีข้อมูลเกิน 100,000 แถว ซึ่งเป็นขีดจำกัด');
  });
});
