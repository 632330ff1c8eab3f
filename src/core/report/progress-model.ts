/**
 * The follow-up document's model: the progress at the end of a round (src/core/progress) with who
 * signs, as plain data. The .docx renderer (src/report-docx/progress.ts) owns the wording.
 */
import type { Progress } from '../progress';
import type { DigitStyle, Person, ReportDate } from './model';
import type { ReportSigner } from './model';

export interface ProgressReportModel extends Progress {
  digits: DigitStyle;
  agency: string;
  district: string;
  province: string;
  issued: ReportDate;
  planYear: number;
  /**
   * The OIT item of the next assessment that asks for the report on the measures ('o28' in the
   * 2568 framework, 'o43' in 2566), with the assessment's year; null when the framework has none.
   */
  evidence: { item: string; year: number } | null;
  preparer: Person;
  proposer: Person;
  executive: Person;
  /** Who signs, in the order the document goes up. */
  signers: ReportSigner[];
}
