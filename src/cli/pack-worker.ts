/**
 * Writes one agency's pack (analysis workbook and report) from its row: run in a worker thread of
 * `rollup --packs`, or in the main thread with one job. The worker answers each job with its outcome.
 */
import { parentPort } from 'node:worker_threads';
import { describeError, type Label } from '../core/errors';
import type { Day } from '../core/dates';
import type { DigitStyle } from '../core/numbers';
import type { AgencyRecord } from '../core/rollup';
import { buildPack } from '../core/pack';
import { renderReport } from '../report-docx/render';
import { writeWorkbookQuickly } from './quick-xlsx';
import { writeBytesAtomically } from './docx-write';
import { currentStamp } from './workbook-file';
import { renderWorkbook } from './xlsx-render';
import { useNativeZip } from './native-zip';

export interface PackJob {
  id: number;
  record: AgencyRecord;
  earlier: AgencyRecord[];
  workbook: string;
  report: string;
  target?: number;
  digits: DigitStyle;
  today: Day;
}

export type PackOutcome = { id: number; ok: true } | { id: number; ok: false; error: Label };

export async function writeOnePack(job: PackJob): Promise<PackOutcome> {
  try {
    const pack = buildPack(job.record, job.earlier, { target: job.target, digits: job.digits, today: job.today });
    await writeWorkbookQuickly(renderWorkbook({ sheets: pack.sheets }), job.workbook, await currentStamp(job.workbook));
    await writeBytesAtomically(await renderReport(pack.report), job.report);
    return { id: job.id, ok: true };
  } catch (e) {
    const { th, en } = describeError(e);
    return { id: job.id, ok: false, error: { th, en } };
  }
}

/** The worker's side: one job per message, one outcome back. */
export function packWorkerLoop(): void {
  useNativeZip();
  parentPort!.on('message', (job: PackJob) => {
    void writeOnePack(job).then((outcome) => parentPort!.postMessage(outcome));
  });
}
