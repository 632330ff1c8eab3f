/** sidebar/i18n.ts and the word tables beside each panel (sidebar/*-text.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES, t } from '../../sidebar/i18n';

const ROOT = join(__dirname, '../..');
const entries = Object.entries(TABLES).flatMap(([table, words]) =>
  Object.entries(words as Record<string, readonly [string, string]>).map(([key, [th, en]]) => ({ table, key, th, en })),
);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('sidebar word tables', () => {
  test('a key lives in one table only (a second one would silently win)', () => {
    const tables = new Map<string, string[]>();
    for (const e of entries) tables.set(e.key, [...(tables.get(e.key) ?? []), e.table]);
    expect([...tables].filter(([, where]) => where.length > 1)).toEqual([]);
    // The 134 keys before the split, less two no part of the page used, plus the follow-up's document hint and the roll-up's sheet picker (2).
    expect(entries.length).toBe(135);
  });

  test('every key has Thai and English words with the same {values}', () => {
    expect(entries.filter((e) => !/[\u0E00-\u0E7F]/.test(e.th) || !e.en.trim()).map((e) => e.key)).toEqual([]);
    expect(entries.filter((e) => placeholders(e.th).join() !== placeholders(e.en).join()).map((e) => e.key)).toEqual([]);
  });

  test('each key the page names (data-i18n, placeholders, titles) has words', () => {
    const html = readFileSync(join(ROOT, 'sidebar/index.html'), 'utf8') + readFileSync(join(ROOT, 'sidebar/date-field.ts'), 'utf8');
    const named = [...html.matchAll(/data-(?:i18n(?:-placeholder|-title)?|label|hint)="([a-z]\w*)"|'data-i18n-(?:placeholder|title)': '(\w+)'/g)].map(
      (m) => m[1] ?? m[2],
    );
    expect(named.length).toBe(73);
    const known = new Set(entries.map((e) => e.key));
    expect(named.filter((k) => !known.has(k))).toEqual([]);
  });

  test("a panel's words are found through the joined table", () => {
    expect(t('rollupRun', 'th')).toBe('สรุปหลายหน่วยงาน');
    expect(t('saved', 'en', { n: 3 })).toBe('Saved 3 divisions');
    expect(t('reportMaking', 'th')).toBe('กำลังจัดทำเอกสาร…');
  });
});
