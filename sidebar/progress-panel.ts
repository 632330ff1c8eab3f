/**
 * The "ติดตามผลการดำเนินการตามมาตรการ" panel: a round (6 months, 12 months, or a day; none = today in
 * the spreadsheet's time zone), then either the follow-up sheet written in the spreadsheet
 * (writeProgressSheet) or the follow-up report rendered here in the browser from getProgressData,
 * with the digits and signers of the report panel.
 */
import { progressDownloadName } from '../src/core/file-name';
import { roundTag } from '../src/core/progress';
import type { ProgressRequest, ProgressSheetResult } from '../src/gas/contract';
import { renderProgressReport } from '../src/report-docx/progress';
import { DOCX_MIME } from '../src/report-docx/render';
import type { PanelHost } from './report-panel';
import { documentOptions, save } from './report-panel';
import { dateField } from './date-field';
import { call } from './rpc';
import { byId, fill, h, sheetLink, show } from './view';

type Done = { kind: 'sheet'; result: ProgressSheetResult } | { kind: 'report'; file: string; late: number; total: number };

/** The panel's host; `pick` chooses a message's half in the sidebar's language. */
export function progressPanel(host: Omit<PanelHost, 'sourceSheet'> & { pick: (m: { th: string; en: string }) => string }): { render: () => void; setPlans: (names: string[]) => void } {
  const el = {
    planField: byId('followup-plan-field'),
    plan: byId<HTMLSelectElement>('followup-plan'),
    half: byId<HTMLInputElement>('followup-round-6'),
    year: byId<HTMLInputElement>('followup-round-12'),
    date: byId<HTMLInputElement>('followup-date'),
    sheet: byId<HTMLButtonElement>('followup-sheet'),
    download: byId<HTMLButtonElement>('followup-download'),
    busy: byId('followup-busy'),
    busyText: byId('followup-busy-text'),
    result: byId('followup-result'),
  };
  const docDate = dateField('followup-doc-date', host.tr);
  let busy: 'sheet' | 'report' | null = null;
  let done: Done | null = null;

  const render = () => {
    docDate.render();
    for (const b of [el.sheet, el.download]) {
      b.disabled = !host.ready() || busy !== null;
      b.setAttribute('aria-busy', String(busy !== null));
    }
    show(el.busy, busy !== null);
    el.busyText.textContent = busy === 'sheet' ? host.tr('followupWriting') : busy === 'report' ? host.tr('reportMaking') : '';
    show(el.result, done !== null && busy === null);
    if (!done) return fill(el.result);
    if (done.kind === 'report') return fill(el.result, h('p', { text: host.tr('followupReportDone', { file: done.file, late: done.late, n: done.total }) }));
    const r = done.result;
    fill(
      el.result,
      h('p', { text: host.tr('followupSheetDone', { round: r.round, late: r.counts.late, risk: r.counts.atRisk, done: r.counts.done, n: r.counts.total }) }),
      ...(r.counts.unread ? [h('p', { text: host.tr('followupUnread', { unread: r.counts.unread }) })] : []),
      h('p', {}, sheetLink(r.sheet, r.sheetId, r)),
      ...(r.warnings.length ? [h('ul', { className: 'warning-list' }, ...r.warnings.map((w) => h('li', { text: host.pick(w) })))] : []),
    );
  };

  /** The chosen round; a day left blank means today, which the server reads in the spreadsheet's time zone. */
  const request = (): ProgressRequest | null => {
    const round = el.half.checked ? '6' : el.year.checked ? '12' : el.date.value || undefined;
    // The first choice is the current plan: only an earlier year's plan is named.
    const plan = el.plan.selectedIndex > 0 ? el.plan.value : undefined;
    const date = docDate.read();
    if (date === null) return null;
    return { ...(round ? { round } : {}), ...(plan ? { plan } : {}), ...documentOptions(), ...(date ? { docDate: date } : {}) };
  };

  /** The plans the file holds: the choice shows only when an earlier year's plan was kept. */
  const setPlans = (names: string[]) => {
    fill(el.plan, ...names.map((n) => h('option', { text: n, attrs: { value: n } })));
    show(el.planField, names.length > 1);
  };

  const run = (kind: 'sheet' | 'report') => {
    if (busy || !host.ready()) return;
    const asked = request();
    if (!asked) return byId('followup-doc-date').focus();
    host.clearAlert();
    busy = kind;
    done = null;
    render();
    const work =
      kind === 'sheet'
        ? call('writeProgressSheet', asked).then((result): Done => ({ kind: 'sheet', result }))
        : call('getProgressData', asked).then(async (model): Promise<Done> => {
            const file = progressDownloadName(model.agency, model.planYear, roundTag(model.round));
            save(new Blob([(await renderProgressReport(model)) as BlobPart], { type: DOCX_MIME }), file);
            return { kind: 'report', file, late: model.counts.late, total: model.counts.total };
          });
    void work
      .then((d) => (done = d))
      .catch(host.showFailure)
      .then(() => {
        busy = null;
        render();
      });
  };

  el.sheet.addEventListener('click', () => run('sheet'));
  el.download.addEventListener('click', () => run('report'));
  // Choosing a day selects its round.
  el.date.addEventListener('input', () => (byId<HTMLInputElement>('followup-round-date').checked = true));
  return { render, setPlans };
}
