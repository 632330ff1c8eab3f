/** Issue 11: deadlines that a committee can approve, scheduled from the day the plan is approved. */
import { MEASURES } from '../../../src/core/advice/measures';
import { THAI_MONTHS, type Day } from '../../../src/core/dates';
import { compareDays, defaultApproval, followUpRounds, scheduleMeasure } from '../../../src/core/plan/schedule';

const FY_END: Day = { y: 2026, m: 9, d: 30 };
const iso = (d: Day) => `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
const measure = (id: string) => MEASURES.find((m) => m.id === id)!;

describe('every measure in the catalogue is scheduled without contradicting itself', () => {
  for (const approval of [null, { y: 2026, m: 1, d: 15 }, { y: 2026, m: 6, d: 20 }] as (Day | null)[]) {
    test(`approved ${approval ? iso(approval) : 'on 1 October'}: the deadline covers the last step and every follow-up round, nothing starts before approval`, () => {
      for (const m of MEASURES) {
        for (const rank of [0, 3]) {
          const s = scheduleMeasure(m, 2569, rank, approval);
          const why = `${m.id} rank ${rank}`;
          expect([why, compareDays(s.start, approval ?? { y: 2025, m: 10, d: 1 }) >= 0]).toEqual([why, true]);
          expect([why, compareDays(s.deadline, s.start) >= 0, compareDays(s.deadline, FY_END) <= 0]).toEqual([why, true, true]);
          // A step that reports for the year or repeats every month or quarter: the measure runs to 30 September.
          const allYear = m.stepsTh.some((t) => /ไตรมาส|ทุกเดือน|รายเดือน|ประจำเดือน|สิ้นปีงบประมาณ|ปีละครั้ง|รอบ 12 เดือน|อย่างต่อเนื่อง/.test(t) || /รายงาน[^แ]*ประจำปี(?!งบ)/.test(t));
          if (allYear) expect([why, iso(s.deadline)]).toEqual([why, '2026-09-30']);
          if (m.stepsTh.some((t) => t.includes('รอบ 6 เดือน'))) expect([why, compareDays(s.deadline, { y: 2026, m: 4, d: 30 }) >= 0]).toEqual([why, true]);
          // Every month the follow-up names falls inside the measure's own period.
          for (const month of THAI_MONTHS) {
            if (!s.followUpTh.includes(`(${month}`) && !s.followUpTh.includes(` ${month}`)) continue;
            const k = THAI_MONTHS.indexOf(month) + 1;
            const y = k >= 10 ? 2025 : 2026;
            expect([why, month, compareDays({ y, m: k, d: 1 }, s.deadline) <= 0]).toEqual([why, month, true]);
          }
        }
      }
    });
  }

  test('a manual published by November and checked every quarter: runs all year, with the November milestone in its follow-up', () => {
    const s = scheduleMeasure(measure('service-manual'), 2569, 0, null);
    expect([iso(s.start), iso(s.deadline)]).toEqual(['2025-10-01', '2026-09-30']);
    expect(s.followUpTh).toBe('รายงานผลต่อผู้บริหารทุกไตรมาส (ธันวาคม มีนาคม มิถุนายน และกันยายน) โดยดำเนินการขั้นตอนที่ 1–4 ให้แล้วเสร็จภายใน 30 พฤศจิกายน 2568');
  });

  test('a measure with no year-long step keeps its early deadline and reports on completion', () => {
    const s = scheduleMeasure(measure('hr-fairness'), 2569, 0, null);
    expect([iso(s.start), iso(s.deadline)]).toEqual(['2025-10-01', '2025-11-30']);
    expect(s.followUpTh).toBe('รายงานผลต่อผู้บริหารเมื่อดำเนินการแล้วเสร็จ');
  });

  test('the routine ITA measure reports at 6 and 12 months', () => {
    const s = scheduleMeasure(measure('ita-measures'), 2569, 0, null);
    expect(iso(s.deadline)).toBe('2026-09-30');
    expect(s.followUpTh).toBe('รายงานผลต่อผู้บริหารรอบ 6 เดือน (ณ 31 มีนาคม 2569) และรอบ 12 เดือน (ณ 30 กันยายน 2569) โดยดำเนินการขั้นตอนที่ 1–2 ให้แล้วเสร็จภายใน 30 พฤศจิกายน 2568');
  });

  test('approved on 15 January: documents due two months on, not in November; second-quarter work still by the end of March', () => {
    const jan = { y: 2026, m: 1, d: 15 };
    expect(iso(scheduleMeasure(measure('hr-fairness'), 2569, 0, jan).deadline)).toBe('2026-02-28');
    expect(iso(scheduleMeasure(measure('hr-fairness'), 2569, 0, jan).start)).toBe('2026-01-15');
    const eService = scheduleMeasure(measure('e-service'), 2569, 0, jan);
    expect([iso(eService.start), iso(eService.deadline)]).toEqual(['2026-01-15', '2026-09-30']);
  });

  test('the approval day people leave blank: today inside the plan\'s fiscal year, else 1 October', () => {
    expect(defaultApproval(2569, { y: 2025, m: 11, d: 23 })).toEqual({ y: 2025, m: 11, d: 23 });
    expect(defaultApproval(2569, { y: 2025, m: 8, d: 2 })).toEqual({ y: 2025, m: 10, d: 1 });
    expect(defaultApproval(2569, null)).toEqual({ y: 2025, m: 10, d: 1 });
  });

  test('follow-up rounds: quarters end in December, March, June and September', () => {
    expect(followUpRounds('quarterly', { y: 2025, m: 10, d: 1 }, FY_END).map(iso)).toEqual(['2025-12-31', '2026-03-31', '2026-06-30', '2026-09-30']);
    expect(followUpRounds('half-yearly', { y: 2026, m: 4, d: 2 }, FY_END).map(iso)).toEqual(['2026-09-30']);
  });
});
