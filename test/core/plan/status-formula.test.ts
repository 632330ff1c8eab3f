import { summarySheet } from '../../../src/core/layout/plan-sheet';
import { runPipeline } from '../../../src/core/pipeline';
import { statusIs } from '../../../src/core/plan/status-formula';
import { STATUS_WORDS } from '../../../src/core/plan/values';
import { GRID_FAILING } from '../report/fixtures';

describe('a status read by meaning in a formula', () => {
  test('done: its words on the text without spaces, and only when no earlier meaning is said', () => {
    const f = statusIs('L5', 'done');
    for (const w of STATUS_WORDS.done.anywhere) expect(f).toContain(`ISNUMBER(FIND("${w}",SUBSTITUTE(L5," ","")))`);
    expect(f).toContain('(SUBSTITUTE(L5," ","")="done")');
    // Cancelled, not started and in progress come first ('ยังไม่แล้วเสร็จ' says เสร็จ but is in progress).
    expect(f.match(/\(1-\(\(/g)).toHaveLength(3);
    expect(statusIs('L5', 'cancelled')).not.toContain('(1-');
  });

  test('put together once per meaning: the same formula for every cell but the cell, whatever was asked before', () => {
    const k5 = statusIs('K5', 'inProgress');
    expect(statusIs('$L$5:$L$40', 'inProgress')).toBe(k5.split('K5').join('$L$5:$L$40'));
    expect(statusIs('K5', 'inProgress')).toBe(k5);
    expect(k5).not.toContain('\u0000');
    // Its own words, then those of the two meanings read before it, each on the cell once.
    const words = (['inProgress', 'cancelled', 'notStarted'] as const).flatMap((m) => Object.values(STATUS_WORDS[m]).flat());
    expect(k5.match(/SUBSTITUTE\(K5," ",""\)/g)).toHaveLength(words.length);
  });

  test("the summary sheet's longest formula stays within Excel's 8,192 characters", () => {
    const run = runPipeline({ grid: GRID_FAILING, sheetName: 'คะแนน ITA', today: { y: 2025, m: 10, d: 1 } });
    const spec = summarySheet(run.divisions, run.plan);
    const longest = Math.max(...spec.rows.flat().map((c) => (c && typeof c === 'object' && 'formula' in c ? String(c.formula).length : 0)));
    expect(longest).toBeGreaterThan(1000);
    expect(longest).toBeLessThan(8192);
  });
});
