import { FIXED_BY_LIST, fixedByFor, indicatorAdvice, itemAdvice, measureById } from '../../../src/core/advice';
import { loadCatalogue } from '../../../src/core/advice/catalogue';
import { builtinEditions } from '../../../src/core/editions';
import { ITEM_WORDING } from '../../../src/core/editions/item-wording';

const { measures: MEASURES, items: ITEM_ADVICE, indicators: INDICATOR_ADVICE } = loadCatalogue();
const EDITIONS = builtinEditions();
import { loadBuiltinLists } from '../../../src/core/editions/builtin-lists';
import type { ItemListId } from '../../../src/core/editions/types';

const LISTS = loadBuiltinLists();
const { 'iit-2566': IIT_2566, 'oit-2566': OIT_2566, 'oit-2568': OIT_2568 } = LISTS;
const WORDED = ['iit-2561', 'iit-2566', 'iit-2568', 'eit-2561', 'eit-2568'] as const;
const THAI = /[\u0E00-\u0E7F]/;

describe('recommendation catalogue', () => {
  test('every item of every edition has advice', () => {
    const missing: string[] = [];
    for (const e of EDITIONS) {
      for (const list of Object.values(e.itemLists)) {
        for (const item of list.items) if (!itemAdvice(list.id, item.code)) missing.push(`${e.id} ${list.id} ${item.code}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('exactly 213 entries, one per (list, code), each a code of its list', () => {
    expect(ITEM_ADVICE).toHaveLength(213);
    const keys = ITEM_ADVICE.map((a) => `${a.list}:${a.code}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const strangers = ITEM_ADVICE.filter((a) => !LISTS[a.list].items.some((i) => i.code === a.code)).map((a) => `${a.list}:${a.code}`);
    expect(strangers).toEqual([]);
    const expected = Object.values(LISTS).reduce((n, l) => n + l.items.length, 0);
    expect(expected).toBe(213);
  });

  test('measure ids are unique, kebab-case, with at least 3 steps each', () => {
    const ids = MEASURES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of MEASURES) {
      expect(m.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(m.stepsTh.length).toBeGreaterThanOrEqual(3);
      expect(m.stepsTh.length).toBeLessThanOrEqual(6);
    }
    expect(MEASURES.length).toBeGreaterThanOrEqual(18);
    expect(MEASURES.length).toBeLessThanOrEqual(26);
  });

  test('every measure id used by items and indicators exists', () => {
    const unknown = [
      ...ITEM_ADVICE.filter((a) => !MEASURES.some((m) => m.id === a.measure)).map((a) => `${a.list}:${a.code} → ${a.measure}`),
      ...INDICATOR_ADVICE.flatMap((a) =>
        [a.developMeasure, a.keepMeasure].filter((id) => !MEASURES.some((m) => m.id === id)).map((id) => `indicator ${a.no} → ${id}`),
      ),
    ];
    expect(unknown).toEqual([]);
    expect(() => measureById('no-such-measure')).toThrow();
    expect(measureById('keep-standard').id).toBe('keep-standard');
  });

  test('every fixedBy code exists in the OIT list its item list refers to', () => {
    const wrong: string[] = [];
    for (const a of ITEM_ADVICE) {
      const oit = LISTS[FIXED_BY_LIST[a.list]];
      for (const c of a.fixedBy) if (!oit.items.some((i) => i.code === c)) wrong.push(`${a.list}:${a.code} → ${oit.id} ${c}`);
    }
    expect(wrong).toEqual([]);
  });

  test("every item of every edition gets fixedBy codes of that edition's OIT list", () => {
    for (const e of EDITIONS) {
      const oit = e.itemLists.OIT;
      for (const list of [e.itemLists.IIT, e.itemLists.EIT]) {
        for (const item of list.items) {
          const codes = fixedByFor(list.id as ItemListId, item.code, oit.id);
          expect({ item: `${e.id} ${list.id} ${item.code}`, ok: codes.length > 0 && codes.every((c) => oit.items.some((i) => i.code === c)) }).toEqual({
            item: `${e.id} ${list.id} ${item.code}`,
            ok: true,
          });
        }
      }
    }
  });

  test('eit-2561 codes are translated for 2566 (E-Service is o17 in 2564, o18 in 2566)', () => {
    expect(itemAdvice('eit-2561', 'e13')!.fixedBy).toEqual(['o17']);
    expect(fixedByFor('eit-2561', 'e13', 'oit-2566')).toEqual(['o18']);
    expect(fixedByFor('eit-2561', 'e13', 'oit-2564')).toEqual(['o17']);
  });

  test('OIT items are answered by themselves', () => {
    for (const a of ITEM_ADVICE.filter((x) => x.list.startsWith('oit-'))) expect(a.fixedBy).toEqual([a.code]);
  });

  test('a low i2 in 2568 is met by E-Service (o10) and the manuals (o8, o9)', () => {
    const a = itemAdvice('iit-2568', 'i2')!;
    expect(a.fixedBy).toEqual(expect.arrayContaining(['o10', 'o8', 'o9']));
    expect(a.measure).toBe('e-service');
  });

  test("every item of every list has a name: survey items the wording table's, OIT items the official one", () => {
    const missing: string[] = [];
    for (const id of WORDED) {
      for (const item of LISTS[id].items) {
        const w = ITEM_WORDING[id][item.code];
        if (!w || !w.th.trim() || !w.en.trim() || item.nameTh !== w.th) missing.push(`${id}:${item.code}`);
      }
      expect(Object.keys(ITEM_WORDING[id]).sort()).toEqual(LISTS[id].items.map((i) => i.code).sort());
    }
    for (const list of Object.values(LISTS))
      for (const item of list.items) if (!THAI.test(item.nameTh) && !/^[A-Z]/.test(item.nameTh)) missing.push(`${list.id}:${item.code}`);
    expect(missing).toEqual([]);
    expect(OIT_2568.items.find((i) => i.code === 'o10')?.nameTh).toBe('E-Service');
    expect(OIT_2566.items.find((i) => i.code === 'o10')?.nameTh).toBe('นโยบายคุ้มครองข้อมูลส่วนบุคคล');
    expect(IIT_2566.items[0].nameTh).toBe(ITEM_WORDING['iit-2561'].i1.th);
  });

  test('no Thai text field is empty, and Thai fields are Thai', () => {
    const bad: string[] = [];
    const check = (where: string, s: string) => {
      if (!s.trim() || !THAI.test(s)) bad.push(where);
    };
    const checkEn = (where: string, s: string) => {
      if (!s.trim() || THAI.test(s)) bad.push(where);
    };
    for (const a of ITEM_ADVICE) {
      check(`${a.list}:${a.code} issueTh`, a.issueTh);
      check(`${a.list}:${a.code} adviceTh`, a.adviceTh);
      checkEn(`${a.list}:${a.code} issueEn`, a.issueEn);
      checkEn(`${a.list}:${a.code} adviceEn`, a.adviceEn);
    }
    for (const m of MEASURES) {
      check(`${m.id} titleTh`, m.titleTh);
      checkEn(`${m.id} titleEn`, m.titleEn);
      m.stepsTh.forEach((s, k) => check(`${m.id} step ${k + 1}`, s));
    }
    for (const a of INDICATOR_ADVICE) {
      check(`indicator ${a.no} strengthTh`, a.strengthTh);
      check(`indicator ${a.no} weaknessTh`, a.weaknessTh);
      checkEn(`indicator ${a.no} strengthEn`, a.strengthEn);
      checkEn(`indicator ${a.no} weaknessEn`, a.weaknessEn);
      a.developTh.forEach((s, k) => check(`indicator ${a.no} develop ${k + 1}`, s));
    }
    for (const id of WORDED) for (const [code, w] of Object.entries(ITEM_WORDING[id])) check(`${id}:${code} wording`, w.th);
    expect(bad).toEqual([]);
  });

  test('no stray whitespace or doubled spaces in Thai text', () => {
    const texts = [
      ...ITEM_ADVICE.flatMap((a) => [a.issueTh, a.adviceTh]),
      ...MEASURES.flatMap((m) => [m.titleTh, ...m.stepsTh]),
      ...INDICATOR_ADVICE.flatMap((a) => [a.strengthTh, a.weaknessTh, ...a.developTh]),
    ];
    expect(texts.filter((s) => s !== s.trim() || /\s{2,}/.test(s))).toEqual([]);
  });

  test('indicator advice for 1–10, with 3–4 development points each', () => {
    expect(INDICATOR_ADVICE.map((a) => a.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const a of INDICATOR_ADVICE) {
      expect(a.developTh.length).toBeGreaterThanOrEqual(3);
      expect(a.developTh.length).toBeLessThanOrEqual(4);
    }
    expect(indicatorAdvice(9).developMeasure).toBe('oit-disclosure');
    expect(() => indicatorAdvice(11)).toThrow();
  });

  test('lookups accept upper-case codes', () => {
    expect(itemAdvice('oit-2568', 'O6')?.code).toBe('o6');
  });
});
