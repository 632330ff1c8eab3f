import { label } from '../../../src/core/errors';
import { attentionOrder, followUp, parseRound, roundOf, roundText, defaultRound, type Progress } from '../../../src/core/progress';
import { noteParts } from '../../../src/core/progress/notes';
import { judge } from '../../../src/core/progress/classify';
import { ADDED_MEASURE, EDUCATION, followedPlan } from './fixtures';

const SHEET = { th: 'แผ่นงาน "มาตรการ ITA"', en: 'sheet "มาตรการ ITA"' };
const at = (round: string) => followUp(followedPlan(), SHEET, roundOf(parseRound(round, label('รอบ', 'round')), 2569));
const states = (p: Progress) => p.measures.map((m) => `${m.no}:${m.state}`);
const countsOf = (p: Progress) => [p.counts.total, p.counts.done, p.counts.onTrack, p.counts.atRisk, p.counts.late, p.counts.cancelled];

describe('following the plan through the year', () => {
  test('six months (to 31 March 2569): the measure due in December is late, the postponed one at risk, the hand-added one late', () => {
    const p = at('6');
    expect(p.round).toEqual({ kind: 'half', planYear: 2569, from: { y: 2025, m: 10, d: 1 }, asOf: { y: 2026, m: 3, d: 31 } });
    expect(roundText(p.round)).toBe('รอบ 6 เดือน (1 ตุลาคม 2568 – 31 มีนาคม 2569)');
    expect(states(p)).toEqual(['1:onTrack', '2:onTrack', '3:done', '4:cancelled', '5:onTrack', '6:late', '7:atRisk', '8:onTrack', '9:onTrack', '10:done', '11:done', '12:onTrack', '13:onTrack', '14:late']);
    // total, done, on track, at risk, late, cancelled
    expect(countsOf(p)).toEqual([14, 3, 7, 1, 2, 1]);
    const six = p.measures[5];
    expect(six).toMatchObject({ deadline: { y: 2025, m: 12, d: 31 }, revised: null, progress: 50, daysLate: 90, problems: ['บุคลากรติดภารกิจการเลือกตั้งท้องถิ่น'] });
    // The postponement is kept beside the original deadline, which never moves.
    const seven = p.measures[6];
    expect(seven).toMatchObject({ deadline: { y: 2026, m: 3, d: 31 }, revised: { y: 2026, m: 4, d: 30 }, daysLeft: 30, elapsed: 83, progress: 40 });
    expect(seven.problems).toEqual(['เลื่อนการจัดเวทีประชาคมเป็นเดือนเมษายน']);
    expect(seven.suggestions).toEqual(['ประสานผู้นำชุมชนล่วงหน้า']);
    expect(p.measures.map((m) => m.measure)).not.toContain('ป้องกันการใช้อำนาจโดยมิชอบของผู้บังคับบัญชา'); // marked no longer needed
    const added = p.measures[13];
    expect(added).toMatchObject({ measure: ADDED_MEASURE, owner: EDUCATION, added: true, deadline: { y: 2026, m: 2, d: 28 }, daysLate: 31 });
    expect(p.owners).toEqual([
      { owner: 'สำนักปลัด', counts: { total: 10, done: 2, onTrack: 6, atRisk: 1, late: 1, cancelled: 0 } },
      { owner: 'กองคลัง', counts: { total: 3, done: 1, onTrack: 1, atRisk: 0, late: 0, cancelled: 1 } },
      { owner: EDUCATION, counts: { total: 1, done: 0, onTrack: 0, atRisk: 0, late: 1, cancelled: 0 } },
    ]);
    // Late first, the longest overdue first; then at risk; then the plan's order.
    expect(attentionOrder(p.measures).map((m) => m.no)).toEqual([6, 14, 7, 1, 2, 5, 8, 9, 12, 13, 3, 10, 11, 4]);
  });

  test('twelve months (to 30 September 2569): every open measure is late, measures due that day included', () => {
    const p = at('๑๒');
    expect(roundText(p.round)).toBe('รอบ 12 เดือน ประจำปีงบประมาณ พ.ศ. 2569');
    expect(states(p)).toEqual(['1:late', '2:late', '3:done', '4:cancelled', '5:late', '6:late', '7:late', '8:late', '9:late', '10:done', '11:done', '12:late', '13:late', '14:late']);
    expect(countsOf(p)).toEqual([14, 3, 0, 0, 10, 1]);
    expect(p.measures.map((m) => m.daysLate)).toEqual([0, 0, 0, 0, 0, 273, 153, 0, 0, 0, 0, 0, 0, 214]);
    expect(attentionOrder(p.measures).slice(0, 3).map((m) => m.no)).toEqual([6, 14, 7]);
    // The done measure with a blank progress, the cancelled one with its reason as a result.
    expect(p.measures[10]).toMatchObject({ state: 'done', progress: null });
    expect(p.measures[3]).toMatchObject({ state: 'cancelled', results: ['ยกเลิกเนื่องจากรวมไว้ในมาตรการที่ 1'] });
    expect(p.measures[1]).toMatchObject({ problems: ['ผู้รับจ้างพัฒนาระบบส่งงานล่าช้า'], suggestions: ['เร่งรัดการตรวจรับและทดสอบระบบ'] });
  });

  test('a day inside the fiscal year (10 February 2569, B.E. date): the hand-added measure is at risk, 18 days before its deadline', () => {
    const p = at('2569-02-10');
    expect(roundText(p.round)).toBe('ณ วันที่ 10 กุมภาพันธ์ 2569');
    expect(states(p)).toEqual(['1:onTrack', '2:onTrack', '3:done', '4:cancelled', '5:onTrack', '6:late', '7:onTrack', '8:onTrack', '9:onTrack', '10:done', '11:done', '12:onTrack', '13:onTrack', '14:atRisk']);
    expect(p.measures[13]).toMatchObject({ daysLeft: 18, elapsed: 69, progress: 50 });
    expect(p.measures[6]).toMatchObject({ daysLeft: 79 });
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

  test('judging: progress 100 without the status counts as done; no deadline cannot be late', () => {
    const asOf = { y: 2026, m: 3, d: 31 };
    const fy = { y: 2025, m: 10, d: 1 };
    expect(judge({ status: 'inProgress', progress: 100, start: null, due: { y: 2025, m: 12, d: 31 } }, asOf, fy).state).toBe('done');
    expect(judge({ status: 'blank', progress: null, start: null, due: null }, asOf, fy)).toEqual({ state: 'onTrack', daysLate: 0, daysLeft: null, elapsed: null });
    // Ahead of time is on track even close to the deadline.
    expect(judge({ status: 'inProgress', progress: 95, start: fy, due: { y: 2026, m: 4, d: 10 } }, asOf, fy)).toMatchObject({ state: 'onTrack', daysLeft: 10, elapsed: 95 });
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
