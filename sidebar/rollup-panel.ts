/**
 * The sidebar's roll-up card (สรุปหลายหน่วยงาน): an office's table of agencies in this spreadsheet
 * → the roll-up sheets. Shows the figures, links to the overview sheet, and every row left out
 * with its sheet and cell, each through textContent.
 */
import type { RollupResult } from '../src/gas/contract';
import type { Host, Panel } from './host';
import { call } from './rpc';
import { byId, fill, formatScore, h, sheetLink, show } from './view';

type GroupBy = 'district' | 'type' | 'province';

/** `ready`: the state has loaded and the analysis panel is not writing sheets. */
export function rollupPanel(host: Host, ready: () => boolean): Panel & { setSheets(names: string[]): void } {
  const el = {
    sheet: byId<HTMLSelectElement>('rollup-sheet'),
    group: byId<HTMLSelectElement>('rollup-group'),
    button: byId<HTMLButtonElement>('rollup-run'),
    box: byId('rollup-result'),
  };
  let result: RollupResult | null = null;

  const render = () => {
    show(el.box, result !== null && task.idle);
    if (!result) return fill(el.box);
    const r = result;
    const tr = host.tr;
    const left = r.leftOut.map((l) => h('li', { text: host.pick(l) }));
    fill(
      el.box,
      h('p', {
        className: 'rollup-done',
        text: tr('rollupDone', { year: r.year, agencies: r.agencies, mean: formatScore(r.mean), reaching: r.reaching, followUp: r.followUp }),
      }),
      r.previousYear ? h('p', { text: tr('rollupCompared', { year: r.previousYear }) }) : null,
      h('p', {}, sheetLink(r.sheets[0], r.sheetId, r)),
      left.length ? h('p', { className: 'rollup-left', text: tr('rollupLeftOut', { n: left.length }) }) : null,
      left.length ? h('ul', { className: 'rollup-left-list' }, ...left) : null,
    );
  };

  const task = host.tasks.add({
    buttons: [el.button],
    status: byId('rollup-progress'),
    statusText: byId('rollup-progress-text'),
    busyText: () => host.tr('rollupRunning'),
    ready,
    render,
  });

  el.button.addEventListener('click', () =>
    task.run('run', {
      read: () => ({
        ...(el.sheet.value ? { sourceSheet: el.sheet.value } : {}),
        ...(el.group.value ? { groupBy: el.group.value as GroupBy } : {}),
      }),
      call: (options) => {
        result = null;
        return call('summarizeAgencies', options);
      },
      done: (r) => (result = r),
    }),
  );
  /** The spreadsheet's sheets to choose the table from; the choice is kept while that sheet exists. */
  const setSheets = (names: string[]) => {
    const chosen = el.sheet.value;
    const all = el.sheet.options[0];
    el.sheet.replaceChildren(all, ...names.map((name) => h('option', { attrs: { value: name }, text: name })));
    el.sheet.value = names.includes(chosen) ? chosen : '';
  };
  return { render, setSheets };
}
