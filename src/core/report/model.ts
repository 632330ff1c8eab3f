/**
 * ReportModel: the facts of the document an agency publishes (analysis + measures + who signs),
 * as plain data. The server builds it (it crosses google.script.run as JSON); the .docx renderer
 * (src/report-docx, in the sidebar and the CLI) turns it into the document and owns the wording,
 * so dist/Code.js carries the facts but not the prose.
 */

import type { AgencyKind } from '../divisions';

export type SignerRole = 'prepare' | 'propose' | 'opinion' | 'approve';

export interface ReportSigner {
  role: SignerRole;
  person: Person;
}

export type ReportForm = 'report' | 'memo';
export type DigitStyle = 'thai' | 'arabic';
/** Who reads it: the website (the default) or the coordinator and the executive, with the program's notes. */
export type ReportAudience = 'public' | 'internal';

export interface Person {
  /** '' when not given: the document leaves a dotted line to write on. */
  name: string;
  position: string;
}

/** What the coordinator fills in once (the `ข้อมูลรายงาน` sheet, or the sidebar's fields). */
export interface ReportFields {
  agency: string;
  /** ประเภทหน่วยงาน as the coordinator sets it (องค์การบริหารส่วนตำบล, จังหวัด, กรม, โรงเรียน); '' = the score sheet's. */
  agencyType: string;
  district: string;
  province: string;
  preparer: Person;
  proposer: Person;
  executive: Person;
  /** The chain listed in ข้อมูลรายงาน (ผู้ลงนาม rows); [] = the chain of the agency's kind. */
  signers: ReportSigner[];
  /** Memo: ส่วนราชการ, ที่, เรียน; the division that prepares it and its phone for the ส่วนราชการ line. */
  office: string;
  division: string;
  phone: string;
  ref: string;
  to: string;
  /** Issue date; null = the day the document is made. */
  date: ReportDate | null;
}

/** A calendar day in B.E. (the document's own reckoning). */
export interface ReportDate {
  d: number;
  m: number;
  /** B.E. */
  y: number;
}

export interface ReportTool {
  id: string;
  nameTh: string;
  weight: number;
  score: number;
  pass: boolean;
  indicators: number[];
}

export interface ReportIndicator {
  no: number;
  nameTh: string;
  family: string;
  score: number;
  pass: boolean;
  rank: number;
  /** The analysis' paragraph on this indicator (score, meaning, what to do). */
  narrative: string;
  /** What the score shows: a strength to keep, or a weakness to fix. */
  finding: string;
  /** Items of it that still need work: below target, scored 0, or the agency's lowest ('o6 แผน… (0.00 คะแนน)'). */
  toImprove: string[];
}

export interface ReportItem {
  code: string;
  indicator: number;
  wording: string;
  score: number;
  issue: string;
  advice: string;
  /** OIT items that answer it ('o10 E-Service'). */
  fixedBy: string[];
}

export interface ReportPathStep {
  code: string;
  nameTh: string;
  points: number;
  totalAfter: number;
}

export interface ReportPath {
  target: number;
  reached: boolean;
  start: number;
  steps: ReportPathStep[];
  /** Total points still missing after every OIT item (0 when reached). */
  remaining: number;
}

/** One level of the edition's scheme: a letter band (min–max) or a pass level (min total, every tool). */
export interface ReportLevelRule {
  level: string;
  min: number;
  max: number | null;
  everyTool: number | null;
}

export interface ReportMeasure {
  no: number;
  measure: string;
  /** The indicator(s) and items the measure answers, one per line. */
  analysis: string;
  steps: string;
  owner: string;
  /** ระยะเวลาดำเนินการ as Thai text, from the plan's dates or what people typed. */
  timeframe: string;
  followUp: string;
}

/** This year beside the earlier years (core/history), Arabic digits like the rest of the model. */
export interface ReportHistory {
  /** Oldest first; the last is the year assessed. */
  years: number[];
  levels: (string | null)[];
  /** The total first, then indicators 1–10. */
  rows: ReportTrend[];
  /** One sentence for the total, then one per indicator. */
  sentences: string[];
  summary: string[];
  /** Editions that differ between the years, totals computed rather than given. */
  notes: string[];
}

export interface ReportTrend {
  /** 0 for the total. */
  no: number;
  nameTh: string;
  values: (number | null)[];
  change: number | null;
  trend: 'up' | 'down' | 'same' | null;
  /** The plan ranks this indicator's measures up for its fall. */
  rankedUp: boolean;
}

/** The signers and the memo's header come straight from the report's fields. */
export interface ReportModel extends Pick<
  ReportFields,
  'agency' | 'district' | 'province' | 'preparer' | 'proposer' | 'executive' | 'office' | 'division' | 'phone' | 'ref' | 'to'
> {
  /** Who signs, in the order the document goes up (src/core/report/signers). */
  signers: ReportSigner[];
  form: ReportForm;
  digits: DigitStyle;
  audience: ReportAudience;
  /** What the program assumed or could not confirm (the framework it used, the analysis' warnings): internal only. */
  programNotes: string[];
  agencyType: string | null;
  /** The kind of agency the document's words and signers follow. */
  kind: AgencyKind;
  /** Assessed fiscal year and the plan's fiscal year (B.E.). */
  year: number;
  planYear: number;
  issued: ReportDate;
  editionLabel: string;
  levelScheme: 'letter' | 'pass';
  levels: ReportLevelRule[];
  target: number;
  /** The published figures (see officialFigures). */
  total: number;
  level: string | null;
  levelNote: string | null;
  tools: ReportTool[];
  indicators: ReportIndicator[];
  /** Indicator numbers at or above target (best first) and below it (worst first). */
  strengths: number[];
  weaknesses: number[];
  /** False when the score sheet gave no item scores (the analysis stays at indicator level). */
  itemsGiven: boolean;
  lowItems: ReportItem[];
  /** Toward the target, and toward 95 when that differs; null without OIT item scores. */
  paths: ReportPath[] | null;
  /** Null when the file gives no earlier year. */
  history: ReportHistory | null;
  measures: ReportMeasure[];
  /** The OIT item the published measures are evidence for ('o27' in 2568, 'o42' in 2566), if any. */
  measuresItem: string | null;
}
