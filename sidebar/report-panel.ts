/**
 * The "รายงานสำหรับเผยแพร่" panel: asks the server for the report's data (getReportData), renders the
 * .docx here in the browser (so dist/Code.js stays small) and downloads it with a Blob and an
 * <a download> click, which the HtmlService sandbox allows.
 */
import { reportDownloadName } from '../src/core/file-name';
import type { ReportRequest } from '../src/gas/contract';
import { DOCX_MIME, renderReport } from '../src/report-docx/render';
import type { Key, Vars } from './i18n';
import { dateField } from './date-field';
import { call } from './rpc';
import { byId, show } from './view';

export interface PanelHost {
  tr: (key: Key, vars?: Vars) => string;
  /** True once the sidebar has loaded the spreadsheet's state. */
  ready: () => boolean;
  /** The score sheet chosen in the analysis panel, if any. */
  sourceSheet: () => string | undefined;
  clearAlert: () => void;
  showFailure: (error: unknown) => void;
}

const FIELDS = ['preparerName', 'preparerPosition', 'proposerName', 'proposerPosition', 'executiveName', 'executivePosition'] as const;
const inputId = (f: string) => `report-${f.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export function reportPanel(host: PanelHost): { render: () => void } {
  const el = {
    download: byId<HTMLButtonElement>('report-download'),
    memo: byId<HTMLInputElement>('report-form-memo'),
    progress: byId('report-progress'),
    status: byId('report-status'),
    internal: byId<HTMLInputElement>('report-internal'),
  };
  const docDate = dateField('report-doc-date', host.tr);
  let busy = false;
  let done: Vars | null = null;

  const render = () => {
    el.download.disabled = !host.ready() || busy;
    el.download.setAttribute('aria-busy', String(busy));
    show(el.progress, busy);
    show(el.status, done !== null && !busy);
    el.status.textContent = done ? host.tr('reportDone', done) : '';
    docDate.render();
  };

  /** Null when the date typed cannot be read (the field says so). */
  const request = (): ReportRequest | null => {
    const source = host.sourceSheet();
    const date = docDate.read();
    if (date === null) return null;
    return {
      form: el.memo.checked ? 'memo' : 'report',
      ...documentOptions(),
      ...(el.internal.checked ? { audience: 'internal' as const } : {}),
      ...(date ? { docDate: date } : {}),
      ...(source ? { sourceSheet: source } : {}),
    };
  };

  el.download.addEventListener('click', () => {
    if (busy || !host.ready()) return;
    const asked = request();
    if (!asked) return byId('report-doc-date').focus();
    host.clearAlert();
    busy = true;
    done = null;
    render();
    void call('getReportData', asked)
      .then(async (model) => {
        const bytes = await renderReport(model);
        const file = reportDownloadName(model.agency, model.year);
        save(new Blob([bytes as BlobPart], { type: DOCX_MIME }), file);
        done = { file, n: model.measures.length };
      })
      .catch(host.showFailure)
      .then(() => {
        busy = false;
        render();
      });
  });
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
