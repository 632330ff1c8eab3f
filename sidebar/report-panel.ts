/**
 * The "รายงานสำหรับเผยแพร่" panel: asks the server for the report's data (getReportData), renders the
 * .docx here in the browser (so dist/Code.js stays small) and downloads it with a Blob and an
 * <a download> click, which the HtmlService sandbox allows.
 */
import { reportDownloadName } from '../src/core/file-name';
import type { ReportRequest } from '../src/gas/contract';
import { DOCX_MIME, renderReport } from '../src/report-docx/render';
import { dateField } from './date-field';
import type { Host, Panel } from './host';
import { call } from './rpc';
import { byId, show } from './view';

const FIELDS = ['preparerName', 'preparerPosition', 'proposerName', 'proposerPosition', 'executiveName', 'executivePosition'] as const;
const inputId = (f: string) => `report-${f.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** `sourceSheet`: the score sheet chosen in the analysis panel, if any. */
export function reportPanel(host: Host, sourceSheet: () => string | undefined): Panel {
  const el = {
    download: byId<HTMLButtonElement>('report-download'),
    memo: byId<HTMLInputElement>('report-form-memo'),
    status: byId('report-status'),
    internal: byId<HTMLInputElement>('report-internal'),
  };
  const docDate = dateField('report-doc-date', host.tr);
  let done: { file: string; n: number } | null = null;

  const render = () => {
    show(el.status, done !== null && task.idle);
    el.status.textContent = done ? host.tr('reportDone', done) : '';
    docDate.render();
  };

  const task = host.tasks.add({ buttons: [el.download], status: byId('report-progress'), ready: host.loaded, render });

  /** Null when the date typed cannot be read (the field says so, and gets the focus). */
  const read = (): ReportRequest | null => {
    const source = sourceSheet();
    const date = docDate.read();
    if (date === null) {
      byId('report-doc-date').focus();
      return null;
    }
    return {
      form: el.memo.checked ? 'memo' : 'report',
      ...documentOptions(),
      ...(el.internal.checked ? { audience: 'internal' as const } : {}),
      ...(date ? { docDate: date } : {}),
      ...(source ? { sourceSheet: source } : {}),
    };
  };

  el.download.addEventListener('click', () =>
    task.run('download', {
      read,
      call: async (asked) => {
        done = null;
        const model = await call('getReportData', asked);
        const bytes = await renderReport(model);
        const file = reportDownloadName(model.agency, model.year);
        save(new Blob([bytes as BlobPart], { type: DOCX_MIME }), file);
        return { file, n: model.measures.length };
      },
      done: (d) => (done = d),
    }),
  );
  return { render };
}

/** The digits and the signers typed in this panel: every document the sidebar makes uses them. */
export function documentOptions(): Required<Pick<ReportRequest, 'digits' | 'fields'>> {
  const fields: NonNullable<ReportRequest['fields']> = {};
  for (const f of FIELDS) {
    const v = byId<HTMLInputElement>(inputId(f)).value.trim();
    if (v) fields[f] = v;
  }
  return { digits: byId<HTMLInputElement>('report-arabic').checked ? 'arabic' : 'thai', fields };
}

/** Downloads a made document: a Blob and an <a download> click, which the HtmlService sandbox allows. */
export function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Let the download start before the address is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
