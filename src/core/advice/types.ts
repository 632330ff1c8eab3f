import type { ItemListId } from '../editions/types';

/**
 * The area of work a finding belongs to. It decides the default owner (ผู้รับผิดชอบ) of the
 * measures that answer it, through the owner table in the plan.
 */
export type Topic =
  | 'service' // service steps, manuals, E-Service, service statistics
  | 'budget' // spending plans, disbursement
  | 'procurement'
  | 'asset' // state property
  | 'hr' // human resources, appointments, fairness to staff
  | 'authority' // superiors' orders, use of power
  | 'integrity' // executives' stance, No Gift, ethics, culture
  | 'risk' // corruption risk assessment and its management
  | 'complaint' // complaint channels and handling
  | 'communication' // public information, website, two-way channels
  | 'participation' // outsiders taking part in improvement
  | 'planning' // strategy, annual plan and reports
  | 'ita'; // the ITA measures themselves, anti-corruption plan

/** When in the plan's fiscal year the work is done. */
export type Timing =
  | 'q1' // documents and announcements: Oct–Dec
  | 'q2' // by the end of March
  | 'half' // a 6-month report: due end of April
  | 'year' // an annual report: due by 30 Sep
  | 'ongoing'; // all year, reported periodically

export type FollowUp = 'monthly' | 'quarterly' | 'half-yearly';

/** A measure (มาตรการ/โครงการ/กิจกรรม) that may answer several items at once. */
export interface MeasureTemplate {
  /** Stable id, part of the plan's row key: never rename one that has shipped. */
  id: string;
  titleTh: string;
  titleEn: string;
  /** Concrete steps (ขั้นตอน/วิธีการดำเนินการ), Thai, each a full sentence without numbering. */
  stepsTh: string[];
  topic: Topic;
  timing: Timing;
  followUp: FollowUp;
}

/** Advice for one item code of one item list. */
export interface ItemAdvice {
  list: ItemListId;
  code: string;
  /** What a low score on this item means (ประเด็น), Thai then English. */
  issueTh: string;
  issueEn: string;
  /** What the agency should do, Thai, in the formal register of the seeds, our own words. */
  adviceTh: string;
  adviceEn: string;
  /** OIT item codes of the same edition whose publication answers it (may be empty). */
  fixedBy: string[];
  /** The measure this item feeds; several items may share one. */
  measure: string;
}

/** Advice for an indicator as a whole (the same ten indicators in every edition). */
export interface IndicatorAdvice {
  no: number;
  /** What a score at or above the target shows (จุดแข็ง), Thai then English. */
  strengthTh: string;
  strengthEn: string;
  /** What a score below the target points to (ข้อบกพร่องหรือจุดอ่อน). */
  weaknessTh: string;
  weaknessEn: string;
  /** Numbered guidance to raise the score, as the seeds list it (แนวทางการพัฒนา). */
  developTh: string[];
  /** Measure for an indicator at or above target but below 100. */
  developMeasure: string;
  /** Measure for keeping full marks (optional in the plan). */
  keepMeasure: string;
}
