import { label } from '../../../src/core/errors';
import { attentionOrder, followUp, parseRound, roundOf, roundText, defaultRound, type Progress } from '../../../src/core/progress';
import { noteParts } from '../../../src/core/progress/notes';
import { judge } from '../../../src/core/progress/classify';
import { milestoneShares } from '../../../src/core/plan/milestones';
import { ADDED_MEASURE, EDUCATION, followedPlan } from './fixtures';

const SHEET = { th: 'แผ่นงาน "มาตรการ ITA"', en: 'sheet "มาตรการ ITA"' };
const at = (round: string) => followUp(followedPlan(), SHEET, roundOf(parseRound(round, label('รอบ', 'round')), 2569));
const states = (p: Progress) => p.measures.map((m) => `${m.no}:${m.state}`);
const countsOf = (p: Progress) => [p.counts.total, p.counts.done, p.counts.onTrack, p.counts.atRisk, p.counts.late, p.counts.cancelled];

describe('following the plan through the year', () => {
  test('six months (to 31 March 2569): missed milestones and passed deadlines are late, each with its reason; the postponed one at risk', () => {
    const p = at('6');
    expect(p.round).toEqual({ kind: 'half', planYear: 2569, from: { y: 2025, m: 10, d: 1 }, asOf: { y: 2026, m: 3, d: 31 } });
    expect(roundText(p.round)).toBe('รอบ 6 เดือน (1 ตุลาคม 2568 – 31 มีนาคม 2569)');
    expect(states(p)).toEqual([
      '1:onTrack',
      '2:onTrack',
      '3:done',
      '4:cancelled',
      '5:late',
      '6:onTrack',
      '7:atRisk',
      '8:late',
      '9:late',
      '10:done',
      '11:done',
      '12:onTrack',
      '13:late',
      '14:late',
    ]);
    // total, done, on track, at risk, late, cancelled
    expect(countsOf(p)).toEqual([14, 3, 4, 1, 5, 1]);
    // Not started at 0% three months after its December milestone (steps 1–2): late, and the reason names the milestone.
    expect(p.measures[12]).toMatchObject({ status: 'ยังไม่เริ่ม', progress: 0, daysLate: 90, reason: 'ขั้นตอนที่ 1–2 กำหนด 31 ธ.ค. 2568 ยังไม่แล้วเสร็จ ความคืบหน้า 0%' });
    // A passed milestone with low progress: 20% where steps 1–4 of 5 were due by 31 December.
    expect(p.measures[7]).toMatchObject({ progress: 20, daysLate: 90, reason: 'ขั้นตอนที่ 1–4 กำหนด 31 ธ.ค. 2568 ยังไม่แล้วเสร็จ ความคืบหน้า 20% (ควรถึง 80%)' });
    // On track: the progress is ahead of the time gone, and the reason says both.
    expect(p.measures[0]).toMatchObject({ reason: 'ผ่านไปแล้ว 46% ของเวลา ความคืบหน้า 60%', elapsed: 46 });
    // The postponement is kept beside the original deadline, which never moves.
    const seven = p.measures[6];
    expect(seven).toMatchObject({
      deadline: { y: 2026, m: 4, d: 30 },
      revised: { y: 2026, m: 5, d: 31 },
      daysLeft: 61,
      elapsed: 71,
      progress: 40,
      reason: 'ผ่านไปแล้ว 71% ของเวลา ความคืบหน้า 40%',
    });
    expect(seven.problems).toEqual(['เลื่อนการจัดเวทีประชาคมเป็นเดือนเมษายน']);
    expect(seven.suggestions).toEqual(['ประสานผู้นำชุมชนล่วงหน้า']);
    expect(p.measures.map((m) => m.measure)).not.toContain('ป้องกันการใช้อำนาจโดยมิชอบของผู้บังคับบัญชา'); // marked no longer needed
    const added = p.measures[13];
    expect(added).toMatchObject({
      measure: ADDED_MEASURE,
      owner: EDUCATION,
      added: true,
      deadline: { y: 2026, m: 2, d: 28 },
      daysLate: 31,
      reason: 'กำหนด 28 ก.พ. 2569 ผ่านไปแล้ว 31 วัน ความคืบหน้า 50%',
    });
    expect(p.owners).toEqual([
      { owner: 'สำนักปลัด', counts: { total: 10, done: 2, onTrack: 4, atRisk: 1, late: 3, unread: 0, cancelled: 0 } },
      { owner: 'กองคลัง', counts: { total: 3, done: 1, onTrack: 0, atRisk: 0, late: 1, unread: 0, cancelled: 1 } },
      { owner: EDUCATION, counts: { total: 1, done: 0, onTrack: 0, atRisk: 0, late: 1, unread: 0, cancelled: 0 } },
    ]);
    // Late first, the longest overdue first; then at risk; then the soonest due.
    expect(attentionOrder(p.measures).map((m) => m.no)).toEqual([5, 8, 9, 13, 14, 7, 2, 12, 1, 6, 3, 10, 11, 4]);
  });

  test('twelve months (to 30 September 2569): open measures due by then are late; one whose report on the year is due in October is judged by its milestones and time', () => {
    const p = at('๑๒');
    expect(roundText(p.round)).toBe('รอบ 12 เดือน ประจำปีงบประมาณ พ.ศ. 2569');
    expect(states(p)).toEqual([
      '1:late',
      '2:late',
      '3:done',
      '4:cancelled',
      '5:late',
      '6:atRisk',
      '7:late',
      '8:late',
      '9:late',
      '10:done',
      '11:done',
      '12:late',
      '13:late',
      '14:late',
    ]);
    expect(countsOf(p)).toEqual([14, 3, 0, 1, 9, 1]);
    expect(p.measures.map((m) => m.daysLate)).toEqual([153, 0, 0, 0, 304, 0, 122, 0, 273, 0, 0, 0, 273, 214]);
    expect(p.measures[0].reason).toBe('ขั้นตอนที่ 3 กำหนด 30 เม.ย. 2569 ยังไม่แล้วเสร็จ ความคืบหน้า 60% (ควรถึง 75%)');
    expect(p.measures[1].reason).toBe('กำหนด 30 ก.ย. 2569 ครบกำหนดแล้ว ความคืบหน้า 40%');
    expect(p.measures[5]).toMatchObject({ deadline: { y: 2026, m: 10, d: 31 }, daysLeft: 31, reason: 'ผ่านไปแล้ว 92% ของเวลา ความคืบหน้า 50%' });
    expect(
      attentionOrder(p.measures)
        .slice(0, 3)
        .map((m) => m.no),
    ).toEqual([5, 9, 13]);
    // The done measure with a blank progress, the cancelled one with its reason as a result.
    expect(p.measures[10]).toMatchObject({ state: 'done', progress: null, reason: 'หน่วยงานรายงานว่าเสร็จแล้ว' });
    expect(p.measures[3]).toMatchObject({ state: 'cancelled', results: ['ยกเลิกเนื่องจากรวมไว้ในมาตรการที่ 1'], reason: 'หน่วยงานแจ้งยกเลิก' });
    expect(p.measures[1]).toMatchObject({ problems: ['ผู้รับจ้างพัฒนาระบบส่งงานล่าช้า'], suggestions: ['เร่งรัดการตรวจรับและทดสอบระบบ'] });
  });

  test('a day inside the fiscal year (10 February 2569, B.E. date): the hand-added measure is at risk, 18 days before its deadline', () => {
    const p = at('2569-02-10');
    expect(roundText(p.round)).toBe('ณ วันที่ 10 กุมภาพันธ์ 2569');
    expect(states(p)).toEqual([
      '1:onTrack',
      '2:onTrack',
      '3:done',
      '4:cancelled',
      '5:late',
      '6:onTrack',
      '7:onTrack',
      '8:late',
      '9:late',
      '10:done',
      '11:done',
      '12:onTrack',
      '13:late',
      '14:atRisk',
    ]);
    expect(p.measures[13]).toMatchObject({ daysLeft: 18, elapsed: 69, progress: 50, reason: 'เหลือ 18 วัน ผ่านไปแล้ว 69% ของเวลา ความคืบหน้า 50%' });
    expect(p.measures[6]).toMatchObject({ daysLeft: 110 });
  });

  test('rounds: the default is today, or the 12-month round after the year; a day before the year is refused', () => {
    expect(defaultRound({ y: 2026, m: 5, d: 2 }, 2569)).toEqual({ kind: 'date', day: { y: 2026, m: 5, d: 2 } });
    expect(defaultRound({ y: 2026, m: 11, d: 23 }, 2569)).toEqual({ kind: 'year' });
    expect(() => roundOf({ kind: 'date', day: { y: 2025, m: 9, d: 1 } }, 2569)).toThrow(
      'วันที่ติดตามผล 1 กันยายน 2568 อยู่ก่อนวันเริ่มปีงบประมาณ พ.ศ. 2569 (1 ตุลาคม 2568) ของแผนมาตรการ / The follow-up date',
    );
    expect(() => parseRound('ครึ่งปี', label('ตัวเลือก --round', 'option --round'))).toThrow(
      'ตัวเลือก --round ต้องเป็น 6 (รอบ 6 เดือน), 12 (รอบ 12 เดือน) หรือวันที่ในรูปแบบ ปปปป-ดด-วว เช่น 2569-01-15 ("ครึ่งปี")',
    );
  });

  describe("the outcome rules, one by one (the README's table)", () => {
    const asOf = { y: 2026, m: 3, d: 31 };
    const fy = { y: 2025, m: 10, d: 1 };
    const sep30 = { y: 2026, m: 9, d: 30 };
    const dec31 = { y: 2025, m: 12, d: 31 };
    const steps1to4 = [{ steps: [1, 2, 3, 4], by: { y: 2026, m: 3, d: 15 } }];
    const j = (s: Partial<Parameters<typeof judge>[0]>) => judge({ status: 'inProgress', progress: 50, start: fy, due: sep30, ...s }, asOf, fy);

    test('done: the status, or progress 100 without it; cancelled', () => {
      expect(j({ progress: 100, due: dec31 })).toMatchObject({ state: 'done', reason: 'ความคืบหน้า 100%' });
      expect(j({ status: 'done', progress: null })).toMatchObject({ state: 'done', reason: 'หน่วยงานรายงานว่าเสร็จแล้ว' });
      expect(j({ status: 'cancelled', due: dec31 })).toMatchObject({ state: 'cancelled', reason: 'หน่วยงานแจ้งยกเลิก' });
    });

    test('a status typed that says nothing known: its own outcome, before progress or dates, naming what was typed and where', () => {
      const typed = { text: 'รอ', where: 'คอลัมน์ L แถวที่ 6' };
      const reason = 'อ่านสถานะ "รอ" (คอลัมน์ L แถวที่ 6) ไม่ได้ โปรดเลือกสถานะจากรายการ';
      expect(j({ status: 'unknown', typed, due: dec31 })).toEqual({ state: 'unread', reason, daysLate: 0, daysLeft: null, elapsed: 100 });
      expect(j({ status: 'unknown', typed, progress: 100 })).toMatchObject({ state: 'unread', reason });
      expect(j({ status: 'unknown', typed, progress: 0 })).toMatchObject({ state: 'unread', reason });
    });

    test('late: the deadline in force passed and not done', () => {
      expect(j({ due: dec31 })).toEqual({
        state: 'late',
        reason: 'กำหนด 31 ธ.ค. 2568 ผ่านไปแล้ว 90 วัน ความคืบหน้า 50%',
        daysLate: 90,
        daysLeft: null,
        elapsed: 100,
      });
    });

    test('a milestone: passed within 30 days with progress below its share is at risk; passed longer ago, late', () => {
      expect(j({ progress: 40, milestones: steps1to4, steps: 5 })).toMatchObject({
        state: 'atRisk',
        reason: 'ขั้นตอนที่ 1–4 กำหนด 15 มี.ค. 2569 ยังไม่แล้วเสร็จ ความคืบหน้า 40% (ควรถึง 80%)',
        daysLeft: 183,
      });
      expect(j({ progress: 80, milestones: steps1to4, steps: 5 })).toMatchObject({ state: 'onTrack' });
      const old = [{ steps: [1, 2], by: { y: 2025, m: 11, d: 30 } }];
      expect(j({ status: 'notStarted', progress: 0, milestones: old, steps: 4 })).toMatchObject({
        state: 'late',
        daysLate: 121,
        reason: 'ขั้นตอนที่ 1–2 กำหนด 30 พ.ย. 2568 ยังไม่แล้วเสร็จ ความคืบหน้า 0%',
      });
    });

    test("a milestone that names the measure's last step asks for its share of the steps the measure has, before and after later milestones pass", () => {
      // Four steps: step 1 by 30 November, step 4 (a publication after the half-year's data) by 30 April; steps 2–3 run to September.
      const twoMilestones = [
        { steps: [1], by: { y: 2025, m: 11, d: 30 } },
        { steps: [4], by: { y: 2026, m: 4, d: 30 } },
      ];
      expect(milestoneShares(twoMilestones, 4)).toEqual([25, 50]);
      // Steps unknown (a row typed by hand): one more than the last step named.
      expect(
        milestoneShares(
          [
            { steps: [1, 2], by: dec31 },
            { steps: [3], by: sep30 },
          ],
          0,
        ),
      ).toEqual([50, 75]);
      const at = (progress: number, day: Parameters<typeof judge>[1]) =>
        judge({ status: 'inProgress', progress, start: fy, due: sep30, milestones: twoMilestones, steps: 4 }, day, fy);
      expect(at(22, asOf)).toMatchObject({ state: 'late', reason: 'ขั้นตอนที่ 1 กำหนด 30 พ.ย. 2568 ยังไม่แล้วเสร็จ ความคืบหน้า 22% (ควรถึง 25%)' });
      expect(at(45, { y: 2026, m: 6, d: 15 })).toMatchObject({
        state: 'late',
        daysLate: 46,
        reason: 'ขั้นตอนที่ 4 กำหนด 30 เม.ย. 2569 ยังไม่แล้วเสร็จ ความคืบหน้า 45% (ควรถึง 50%)',
      });
    });

    test('not started: planned to start in October, still ยังไม่เริ่ม at 0% at six months, is at risk, never on track', () => {
      expect(j({ status: 'notStarted', progress: 0 })).toEqual({
        state: 'atRisk',
        reason: 'เริ่มตามแผน 1 ต.ค. 2568 ผ่านมาแล้ว 181 วัน ยังไม่เริ่ม',
        daysLate: 0,
        daysLeft: 183,
        elapsed: 50,
      });
      expect(j({ status: 'blank', progress: null, due: null })).toMatchObject({
        state: 'atRisk',
        reason: 'เริ่มตามแผน 1 ต.ค. 2568 ผ่านมาแล้ว 181 วัน ยังไม่รายงานสถานะ',
      });
      // Planned to start 20 days ago: not yet.
      expect(j({ status: 'notStarted', progress: 0, start: { y: 2026, m: 3, d: 11 } })).toMatchObject({ state: 'onTrack' });
    });

    test('well behind the share of time gone (25 points or more) is at risk whatever the deadline; close to it, any shortfall', () => {
      expect(j({ progress: 25 })).toMatchObject({ state: 'atRisk', reason: 'ผ่านไปแล้ว 50% ของเวลา ความคืบหน้า 25%' });
      expect(j({ progress: 26 })).toMatchObject({ state: 'onTrack', reason: 'ผ่านไปแล้ว 50% ของเวลา ความคืบหน้า 26%' });
      expect(j({ progress: 90, due: { y: 2026, m: 4, d: 10 } })).toMatchObject({ state: 'atRisk', reason: 'เหลือ 10 วัน ผ่านไปแล้ว 95% ของเวลา ความคืบหน้า 90%' });
      expect(j({ progress: 95, due: { y: 2026, m: 4, d: 10 } })).toMatchObject({ state: 'onTrack', daysLeft: 10, elapsed: 95 });
    });

    test('no deadline cannot be late', () => {
      expect(j({ status: 'inProgress', progress: null, due: null })).toEqual({
        state: 'onTrack',
        reason: 'ไม่ได้ระบุกำหนดแล้วเสร็จ',
        daysLate: 0,
        daysLeft: null,
        elapsed: null,
      });
    });
  });

  test('notes: labelled parts anywhere; a word like ปัญหาการทุจริต inside a sentence is no label', () => {
    expect(noteParts('จัดอบรมแล้ว 1 ครั้ง ปัญหา: งบประมาณล่าช้า ข้อเสนอแนะ: ขอโอนงบประมาณ', false)).toEqual({
      results: ['จัดอบรมแล้ว 1 ครั้ง'],
      problems: ['งบประมาณล่าช้า'],
      suggestions: ['ขอโอนงบประมาณ'],
    });
    expect(noteParts('ลดปัญหาการทุจริตในการจัดซื้อ', true)).toEqual({ results: [], problems: ['ลดปัญหาการทุจริตในการจัดซื้อ'], suggestions: [] });
    expect(noteParts('ปัญหาอุปสรรค ผู้รับเหมาส่งงานช้า\nแนวทางแก้ไข เร่งรัดผู้รับเหมา', false)).toEqual({
      results: [],
      problems: ['ผู้รับเหมาส่งงานช้า'],
      suggestions: ['เร่งรัดผู้รับเหมา'],
    });
  });
});
