import { cutToBytes, MAX_NAME_BYTES, resultFileName, uniqueName } from '../../src/cli/file-name';
import { LONG_AGENCY } from './helpers';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('result file names', () => {
  test('a short name is kept as it is, unsafe characters replaced', () => {
    expect(resultFileName('เทศบาลตำบลทุ่งผึ้ง', 2568)).toEqual({ name: 'ita-analysis-เทศบาลตำบลทุ่งผึ้ง-2568.xlsx', shortened: false });
    expect(resultFileName('กอง/สำนัก: "ก" *ข*', null).name).toBe('ita-analysis-กอง-สำนัก-ก-ข-unknown.xlsx');
  });

  test('a long Thai name is shortened by bytes, at a word, with a hash of the full name', () => {
    expect(bytes(`ita-analysis-${LONG_AGENCY}-2568.xlsx`)).toBeGreaterThan(255);
    const { name, shortened } = resultFileName(LONG_AGENCY, 2568);
    expect(shortened).toBe(true);
    expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name).toMatch(/^ita-analysis-องค์การบริหารส่วนตำบล.*-[0-9a-f]{6}-2568\.xlsx$/);
    expect(Buffer.from(name, 'utf8').toString('utf8')).toBe(name); // whole characters only
    const kept = name.replace(/^ita-analysis-/, '').replace(/-[0-9a-f]{6}-2568\.xlsx$/, '');
    const safe = LONG_AGENCY.replace(/\s+/g, '-');
    expect(safe.startsWith(kept)).toBe(true);
    // The cut falls where a word ends: the next character is neither a mark nor inside a word.
    expect(safe[kept.length]).not.toMatch(/\p{M}/u);
    expect(['เฉลิมพระเกียรติ', 'อำเภอ', 'เมือง', 'นคร', 'ราชสีมา', 'จังหวัด', '-'].some((w) => safe.slice(kept.length).startsWith(w))).toBe(true);
    // Another agency sharing the first 150 bytes gets another name.
    expect(resultFileName(`${LONG_AGENCY} สาขา 2`, 2568).name).not.toBe(name);
  });

  test('cutting never leaves a vowel or tone mark without its consonant, nor a leading vowel without one', () => {
    const word = 'เกี้ยว'.repeat(20); // no word boundary inside a repeated syllable run for ICU to use
    for (let room = 1; room <= 40; room++) {
      const cut = cutToBytes(word, room);
      expect(bytes(cut)).toBeLessThanOrEqual(room);
      expect(word.startsWith(cut)).toBe(true);
      expect(word[cut.length] ?? '').not.toMatch(/\p{M}/u);
      expect(cut).not.toMatch(/[เแโใไ]$/);
    }
  });

  test('unique names: -2, -3 … ignoring case, as Windows and macOS compare them', () => {
    const taken = new Set<string>();
    expect(uniqueName('ita-analysis-A-2568.xlsx', taken)).toBe('ita-analysis-A-2568.xlsx');
    expect(uniqueName('ita-analysis-a-2568.xlsx', taken)).toBe('ita-analysis-a-2568-2.xlsx');
    expect(uniqueName('ita-analysis-A-2568.xlsx', taken)).toBe('ita-analysis-A-2568-3.xlsx');
  });
});
