import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { removeStaleTemps, STALE_TEMP_MS, writeWorkbookAtomically } from '../../src/cli/atomic-write';
import { ItaError } from '../../src/core/errors';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ita-write-'));
});
afterEach(async () => {
  jest.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('ผล').getCell('A1').value = 96.47;
  return wb;
}

async function stampOf(path: string) {
  const s = await stat(path);
  return { mtimeMs: s.mtimeMs, size: s.size };
}

async function failure(p: Promise<unknown>): Promise<ItaError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ItaError);
  expect((e as ItaError).message).not.toMatch(/\n|ENOENT|EEXIST|EACCES|ENOTDIR|mkdir|rename/);
  return e as ItaError;
}

/** A process id that is certainly not running: one that has just exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('writeWorkbookAtomically', () => {
  test('replaces the file as the run read it and leaves no temporary file behind', async () => {
    const path = join(dir, 'out.xlsx');
    await writeFile(path, 'OLD');
    await writeWorkbookAtomically(workbook(), path, await stampOf(path));
    expect(await readdir(dir)).toEqual(['out.xlsx']);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path);
    expect(back.getWorksheet('ผล')!.getCell('A1').value).toBe(96.47);
  });

  test('a failed write leaves the old file intact, cleans up, and names the file without the library text', async () => {
    const path = join(dir, 'out.xlsx');
    await writeFile(path, 'OLD');
    const wb = workbook();
    jest.spyOn(wb.xlsx, 'writeFile').mockImplementation(async (tmp: string) => {
      await writeFile(tmp, 'half a zip');
      throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
    });
    const err = await failure(writeWorkbookAtomically(wb, path, await stampOf(path)));
    expect(err.th).toBe(`บันทึกไฟล์ ${path} ไม่ได้ (รหัสจากระบบ EIO)`);
    expect(await readFile(path, 'utf8')).toBe('OLD');
    expect(await readdir(dir)).toEqual(['out.xlsx']);
  });

  test('missing folders are created', async () => {
    const path = join(dir, 'ปี 2569', 'อำเภอ', 'out.xlsx');
    await writeWorkbookAtomically(workbook(), path, null);
    expect((await stat(path)).size).toBeGreaterThan(1000);
  });

  test('a folder that cannot be created: part of the path is a file', async () => {
    await writeFile(join(dir, 'report'), 'a file');
    const err = await failure(writeWorkbookAtomically(workbook(), join(dir, 'report', 'out.xlsx'), null));
    expect(err.th).toContain(`สร้างโฟลเดอร์ ${join(dir, 'report')} ไม่ได้`);
    expect(err.en).toContain('a file of that name already exists');
  });

  test('a folder that cannot be created for lack of permission', async () => {
    // Root may write anywhere, so the refusal is simulated where Node reports it.
    await jest.isolateModulesAsync(async () => {
      const denied = Object.assign(new Error("EACCES: permission denied, mkdir '/srv/ita'"), { code: 'EACCES' });
      jest.doMock('node:fs/promises', () => ({ ...jest.requireActual('node:fs/promises'), mkdir: jest.fn().mockRejectedValue(denied) }));
      const isolated = await import('../../src/cli/atomic-write');
      const err = (await isolated.writeWorkbookAtomically(workbook(), '/srv/ita/out.xlsx', null).catch((e: unknown) => e)) as ItaError;
      expect(err.th).toBe('สร้างโฟลเดอร์ /srv/ita ไม่ได้: ไม่มีสิทธิ์เขียนในตำแหน่งนั้น');
      expect(err.en).toBe('Cannot create the folder /srv/ita: no permission to write there');
    });
  });

  test('a file saved by someone while the run worked is not replaced, and no temporary file is left', async () => {
    const path = join(dir, 'plan.xlsx');
    await writeFile(path, 'as the run read it');
    const read = await stampOf(path);
    const wb = workbook();
    const write = wb.xlsx.writeFile.bind(wb.xlsx);
    jest.spyOn(wb.xlsx, 'writeFile').mockImplementation(async (tmp: string) => {
      await writeFile(path, 'a division saved this meanwhile');
      await utimes(path, new Date(), new Date(read.mtimeMs + 5000));
      return write(tmp);
    });
    const err = await failure(writeWorkbookAtomically(wb, path, read));
    expect(err.th).toContain('ถูกบันทึก ย้าย หรือลบโดยผู้อื่น');
    expect(err.th).toContain('จึงไม่เขียนทับ');
    expect(err.en).toContain('was not overwritten');
    expect(await readFile(path, 'utf8')).toBe('a division saved this meanwhile');
    expect(await readdir(dir)).toEqual(['plan.xlsx']);
  });

  test('a file created by someone while the run worked (there was none) is not replaced either', async () => {
    const path = join(dir, 'new.xlsx');
    const wb = workbook();
    const write = wb.xlsx.writeFile.bind(wb.xlsx);
    jest.spyOn(wb.xlsx, 'writeFile').mockImplementation(async (tmp: string) => {
      await writeFile(path, 'someone else');
      return write(tmp);
    });
    const err = await failure(writeWorkbookAtomically(wb, path, null));
    expect(err.th).toContain('ถูกสร้างขึ้นโดยผู้อื่น');
    expect(await readFile(path, 'utf8')).toBe('someone else');
    expect(await readdir(dir)).toEqual(['new.xlsx']);
  });
});

describe('stale temporary files from an interrupted write', () => {
  test("those of a process no longer running or older than 10 minutes go; a running write's and other files stay", async () => {
    const dead = `.out.xlsx.${deadPid()}.0badc0de.tmp`;
    const old = `.out.xlsx.${process.pid}.0000beef.tmp`;
    const live = `.out.xlsx.${process.pid}.1234abcd.tmp`;
    const others = ['.hidden-note.tmp', 'out.xlsx', '.out.xlsx.123.notahex.tmp'];
    for (const name of [dead, old, live, ...others]) await writeFile(join(dir, name), 'x');
    const longAgo = new Date(Date.now() - STALE_TEMP_MS - 60_000);
    await utimes(join(dir, old), longAgo, longAgo);
    await removeStaleTemps(dir);
    expect((await readdir(dir)).sort()).toEqual([live, ...others].sort());
  });

  test('the next write into the folder cleans them up', async () => {
    const dead = `.ita-analysis-ทุ่งผึ้ง-2568.xlsx.${deadPid()}.cafebabe.tmp`;
    await writeFile(join(dir, dead), 'half a zip');
    await writeWorkbookAtomically(workbook(), join(dir, 'other.xlsx'), null);
    expect(await readdir(dir)).toEqual(['other.xlsx']);
  });

  test('a folder is cleaned once per run: later writes into it do not list it again', async () => {
    await writeWorkbookAtomically(workbook(), join(dir, 'first.xlsx'), null);
    const dead = `.first.xlsx.${deadPid()}.feedface.tmp`;
    await writeFile(join(dir, dead), 'left by another run');
    await writeWorkbookAtomically(workbook(), join(dir, 'second.xlsx'), null);
    expect((await readdir(dir)).sort()).toEqual([dead, 'first.xlsx', 'second.xlsx'].sort());
  });
});
