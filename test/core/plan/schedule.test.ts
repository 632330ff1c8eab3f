/** Issues 11 and 21: a schedule a committee signs: each step's date agrees with its kind and words, scheduled from the approval day. */
import { MEASURES } from '../../../src/core/advice/measures';
import { THAI_MONTHS, type Day } from '../../../src/core/dates';
import type { GridValue } from '../../../src/core/grid';
import { inDigits } from '../../../src/core/numbers';
import { runPipeline } from '../../../src/core/pipeline';
import { readMilestones, stepList } from '../../../src/core/plan/milestones';
import { compareDays, defaultApproval, followUpRounds, scheduleMeasure } from '../../../src/core/plan/schedule';
import { kindFromText, STEP_KINDS } from '../../../src/core/plan/step-kinds';
import { oitCollectionEnd } from '../../../src/core/plan/ita-calendar';
import { COL } from '../../../src/core/forms/plan-columns';
import { GRID_FAILING } from '../report/fixtures';

const FY_START: Day = { y: 2025, m: 10, d: 1 };
const FY_END: Day = { y: 2026, m: 9, d: 30 };
const OCT_AFTER: Day = { y: 2026, m: 10, d: 31 };
const APRIL_30: Day = { y: 2026, m: 4, d: 30 };
const iso = (d: Day) => `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
const measure = (id: string) => MEASURES.find((m) => m.id === id)!;
/** Words that say a step repeats or runs on: such a step is never a one-off due at a milestone. */
const RUNS_ON = /ทุกไตรมาส|ทุกเดือน|อย่างต่อเนื่อง|เป็นระยะ|อย่างสม่ำเสมอ|ตลอดปี/;

describe('every step of every catalogue measure is dated as its kind says', () => {
  test('the table gives every catalogue measure a kind per step, and no step whose words say it repeats is a one-off', () => {
    expect(Object.keys(STEP_KINDS).sort()).toEqual(MEASURES.map((m) => m.id).sort());
    for (const m of MEASURES) {
      expect([m.id, STEP_KINDS[m.id].length]).toEqual([m.id, m.stepsTh.length]);
      m.stepsTh.forEach((step, k) => {
        if (RUNS_ON.test(step)) expect([m.id, k + 1, STEP_KINDS[m.id][k].kind]).not.toEqual([m.id, k + 1, 'once']);
        // A report on the year's data ('รายงาน…ประจำปี', not a plan for the year) waits for the year's end.
        if (kindFromText(step).kind === 'afterData') expect([m.id, k + 1, STEP_KINDS[m.id][k].kind]).toEqual([m.id, k + 1, 'afterData']);
      });
    }
  });

  for (const approval of [null, { y: 2026, m: 1, d: 15 }, { y: 2026, m: 6, d: 20 }] as (Day | null)[]) {
    test(`approved ${approval ? iso(approval) : 'on 1 October'}: one-offs by the first milestone, periodic and continuous work to 30 September, data published after its period`, () => {
      for (const m of MEASURES) {
        for (const rank of [0, 3]) {
          const s = scheduleMeasure(m, 2569, rank, approval);
          const why = `${m.id} rank ${rank}`;
          const from = approval ?? FY_START;
          expect([why, compareDays(s.start, from) >= 0, compareDays(s.deadline, s.start) >= 0, compareDays(s.deadline, OCT_AFTER) <= 0]).toEqual([
            why,
            true,
            true,
            true,
          ]);
          const onceDue = s.steps.filter((x) => x.kind.kind === 'once').map((x) => iso(x.due));
          expect([why, new Set(onceDue).size <= 1]).toEqual([why, true]);
          s.steps.forEach((step, k) => {
            const at = [why, `step ${k + 1}`, step.kind.kind];
            expect([...at, compareDays(step.due, s.start) > 0]).toEqual([...at, true]);
            if (step.kind.kind === 'periodic' || step.kind.kind === 'continuous') expect([...at, iso(step.due)]).toEqual([...at, '2026-09-30']);
            if (step.kind.kind === 'afterData') {
              const after = { month: OCT_AFTER, year: OCT_AFTER, half: APRIL_30, oit: APRIL_30 }[step.kind.data];
              expect([...at, step.kind.data, compareDays(step.due, after) >= 0]).toEqual([...at, step.kind.data, true]);
            }
          });
          // The deadline is the last step's; no periodic or continuous step is named in a milestone.
          expect([why, iso(s.deadline)]).toEqual([why, iso(s.steps.map((x) => x.due).reduce((a, b) => (compareDays(a, b) >= 0 ? a : b)))]);
          for (const ms of s.milestones) {
            for (const n of ms.steps) expect([why, n, ['periodic', 'continuous'].includes(s.steps[n - 1].kind.kind)]).toEqual([why, n, false]);
            expect([why, compareDays(ms.by, s.deadline) < 0]).toEqual([why, true]);
          }
          // The milestones are written into the follow-up and read back from it, in either digit style.
          expect([why, readMilestones(s.followUpTh)]).toEqual([why, s.milestones]);
          expect([why, readMilestones(inDigits(s.followUpTh, 'thai'))]).toEqual([why, s.milestones]);
          // Every month the follow-up names falls inside the measure's own period.
          for (const month of THAI_MONTHS) {
            const named = s.followUpTh.replace(/ภายใน \d+ \S+ \d+/g, '');
            if (!named.includes(`(${month}`) && !named.includes(` ${month}`)) continue;
            const k = THAI_MONTHS.indexOf(month) + 1;
            const y = k >= 10 ? 2025 : 2026;
            expect([why, month, compareDays({ y, m: k, d: 1 }, s.deadline) <= 0]).toEqual([why, month, true]);
          }
        }
      }
    });
  }

  test("the steps the issue names: periodic checks, continuous replies, the ethics assessment and the year's data are not due with the first milestone", () => {
    const asset = scheduleMeasure(measure('asset-control'), 2569, 0, null);
    // 'ตรวจสอบวัสดุและครุภัณฑ์…เป็นระยะ' runs all year; the year's statistics come after it ends.
    expect(asset.steps.map((s) => iso(s.due))).toEqual(['2025-11-30', '2025-11-30', '2025-11-30', '2026-09-30', '2026-10-31']);
    expect([iso(asset.start), iso(asset.deadline)]).toEqual(['2025-10-01', '2026-10-31']);
    expect(asset.milestones).toEqual([{ steps: [1, 2, 3], by: { y: 2025, m: 11, d: 30 } }]);
    // 'แจ้งความคืบหน้า…ภายในระยะเวลาที่กำหนด' is continuous work.
    expect(iso(scheduleMeasure(measure('complaint-handling'), 2569, 0, null).steps[3].due)).toBe('2026-09-30');
    // The ethics measure: 'ประเมินการปฏิบัติตามประมวลจริยธรรมของบุคลากร' after the year, not by 31 January.
    const ethics = scheduleMeasure(measure('ethics-code'), 2569, 3, null);
    expect(ethics.steps.map((s) => iso(s.due))).toEqual(['2025-12-31', '2025-12-31', '2026-09-30', '2026-10-31']);
    // 'เผยแพร่ข้อมูล…ของปีที่ประเมิน': by the end of OIT collection (30 April), not in November.
    const oit = scheduleMeasure(measure('oit-disclosure'), 2569, 0, null);
    expect([iso(oit.steps[2].due), iso(oit.deadline)]).toEqual(['2026-04-30', '2026-04-30']);
    expect(oit.milestones).toEqual([{ steps: [1, 2], by: { y: 2025, m: 11, d: 30 } }]);
  });

  test('a manual published by November and checked every quarter: runs all year, with the November milestone in its follow-up', () => {
    const s = scheduleMeasure(measure('service-manual'), 2569, 0, null);
    expect([iso(s.start), iso(s.deadline)]).toEqual(['2025-10-01', '2026-09-30']);
    expect(s.followUpTh).toBe('รายงานผลต่อผู้บริหารทุกไตรมาส (ธันวาคม มีนาคม มิถุนายน และกันยายน) โดยดำเนินการขั้นตอนที่ 1–4 ให้แล้วเสร็จภายใน 30 พฤศจิกายน 2568');
  });

  test("two milestones, then the year's report after 30 September", () => {
    const s = scheduleMeasure(measure('bribery-risk'), 2569, 0, null);
    expect(iso(s.deadline)).toBe('2026-10-31');
    expect(s.followUpTh).toBe(
      'รายงานผลต่อผู้บริหารรอบ 6 เดือน (ณ 31 มีนาคม 2569) และรอบ 12 เดือน (ณ 30 กันยายน 2569) และเมื่อดำเนินการแล้วเสร็จ ' +
        'โดยดำเนินการขั้นตอนที่ 1–3 ให้แล้วเสร็จภายใน 30 พฤศจิกายน 2568 และขั้นตอนที่ 4 ภายใน 30 เมษายน 2569',
    );
  });

  test('the routine ITA measure: set up by November, its annual report after the year', () => {
    const s = scheduleMeasure(measure('ita-measures'), 2569, 0, null);
    expect(iso(s.deadline)).toBe('2026-10-31');
    expect(s.milestones).toEqual([{ steps: [1, 2], by: { y: 2025, m: 11, d: 30 } }]);
  });

  test('approved on 15 January: the milestones move with the approval, second-quarter work still by the end of March', () => {
    const jan = { y: 2026, m: 1, d: 15 };
    const hr = scheduleMeasure(measure('hr-fairness'), 2569, 0, jan);
    expect([iso(hr.start), iso(hr.deadline), hr.milestones.map((m) => iso(m.by))]).toEqual(['2026-01-15', '2026-09-30', ['2026-02-28']]);
    const eService = scheduleMeasure(measure('e-service'), 2569, 0, jan);
    expect([iso(eService.start), iso(eService.deadline), eService.milestones]).toEqual([
      '2026-01-15',
      '2026-09-30',
      [{ steps: [1, 2, 4], by: { y: 2026, m: 3, d: 31 } }],
    ]);
  });

  test("the approval day people leave blank: today inside the plan's fiscal year, else 1 October", () => {
    expect(defaultApproval(2569, { y: 2025, m: 11, d: 23 })).toEqual({ y: 2025, m: 11, d: 23 });
    expect(defaultApproval(2569, { y: 2025, m: 8, d: 2 })).toEqual({ y: 2025, m: 10, d: 1 });
    expect(defaultApproval(2569, null)).toEqual({ y: 2025, m: 10, d: 1 });
  });

  test('follow-up rounds: quarters end in December, March, June and September', () => {
    expect(followUpRounds('quarterly', FY_START, FY_END).map(iso)).toEqual(['2025-12-31', '2026-03-31', '2026-06-30', '2026-09-30']);
    expect(followUpRounds('half-yearly', { y: 2026, m: 4, d: 2 }, FY_END).map(iso)).toEqual(['2026-09-30']);
  });
});

describe('milestones as the plan writes them and people edit them', () => {
  test('step lists and reading back what people typed', () => {
    expect([stepList([1, 2, 3, 4]), stepList([1, 2, 4]), stepList([1, 3, 5]), stepList([5])]).toEqual(['1–4', '1–2 และ 4', '1, 3 และ 5', '5']);
    expect(readMilestones('รายงานทุกไตรมาส โดยดำเนินการขั้นตอนที่ ๑-๓ ให้แล้วเสร็จภายใน ๑๕ ธ.ค. ๒๕๖๘')).toEqual([{ steps: [1, 2, 3], by: { y: 2025, m: 12, d: 15 } }]);
    expect(readMilestones('รายงานผลต่อผู้บริหารเมื่อดำเนินการแล้วเสร็จ')).toEqual([]);
  });
});

describe('the approval day moves the plan, or is refused', () => {
  test('approved on 15 January 2569: milestones counted from that day, and the result says so', () => {
    const run = runPipeline({ grid: GRID_FAILING, sheetName: 'คะแนน ITA', options: { approval: { y: 2026, m: 1, d: 15 } } });
    const notice = run.plan.notices[0];
    // 12 of the 14 measures had a milestone before 15 January (the other two have none).
    expect(run.plan.rows.length).toBe(14);
    expect(notice.th).toBe(
      'แผนอนุมัติเมื่อ 15 มกราคม 2569 หลังหมุดหมายของมาตรการ 12 มาตรการที่จะครบกำหนดตั้งแต่ 30 พฤศจิกายน 2568 หากอนุมัติวันที่ 1 ตุลาคม 2568 หมุดหมายทั้งหมดจึงนับจากวันอนุมัติ หมุดหมายแรกจึงเป็น 28 กุมภาพันธ์ 2569',
    );
    expect(run.analysis.warnings).toContainEqual(notice);
    const onTime = runPipeline({ grid: GRID_FAILING, sheetName: 'คะแนน ITA', options: { approval: { y: 2025, m: 10, d: 20 } } });
    expect(onTime.plan.notices).toEqual([]);
  });

  test("an approval after the plan's fiscal year is refused with the dates", () => {
    expect(() => runPipeline({ grid: GRID_FAILING, sheetName: 'คะแนน ITA', options: { approval: { y: 2026, m: 10, d: 5 } } })).toThrow(
      "วันที่อนุมัติแผน 5 ตุลาคม 2569 อยู่หลังสิ้นปีงบประมาณ พ.ศ. 2569 ของแผนมาตรการ (30 กันยายน 2569): โปรดตรวจสอบวันที่อนุมัติหรือปีงบประมาณของแผน / The plan's approval date 2026-10-05 is after the end of the plan's fiscal year B.E. 2569 (2026-09-30)",
    );
  });
});

describe('the assessment calendar: OIT evidence before the assessors collect it', () => {
  const OVERVIEW = ['ปีงบประมาณ', 'กลุ่มหน่วยงาน', 'ชื่อกรอบการประเมิน', 'ค่าเป้าหมาย', 'เผยแพร่หลักฐาน OIT ภายใน'];
  const planOf = (oitBy: GridValue) =>
    runPipeline({
      grid: GRID_FAILING,
      sheetName: 'คะแนน ITA',
      today: { y: 2025, m: 10, d: 1 },
      framework: [{ name: 'กรอบการประเมิน', grid: [OVERVIEW, [2569, '', 'เกณฑ์ปี 2569', 85, oitBy]] }],
    }).plan;
  const oitRow = (plan: ReturnType<typeof planOf>) => plan.rows.find((r) => r.key === 'participation')!;

  test("built in: the measure that publishes the year's OIT evidence ends with the collection, 30 April of the plan's year", () => {
    expect(iso(scheduleMeasure(measure('oit-disclosure'), 2569, 0, null).deadline)).toBe('2026-04-30');
    expect(oitCollectionEnd(2570)).toEqual({ y: 2027, m: 4, d: 30 });
  });

  test("a กรอบการประเมิน row for the plan's year moves the public forum's publication (its last step) (Thai digits, a short month, a date cell); an unreadable day names its cell", () => {
    expect(oitRow(planOf('๓๑ มี.ค.')).cells[COL.deadline]).toEqual({ date: '2026-03-31' });
    expect(oitRow(planOf({ date: '2026-05-15' })).cells[COL.deadline]).toEqual({ date: '2026-05-15' });
    expect(oitRow(planOf('')).cells[COL.deadline]).toEqual({ date: '2026-04-30' });
    expect(() => planOf('ปลายเมษา')).toThrow('แผ่นงาน กรอบการประเมิน เซลล์ E2: ต้องเป็นวันและเดือน เช่น 30 เมษายน ("ปลายเมษา")');
    expect(() => planOf('31 เมษายน')).toThrow('เซลล์ E2: ต้องเป็นวันและเดือน');
  });
});
