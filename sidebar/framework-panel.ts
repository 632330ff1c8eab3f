/**
 * The sidebar's framework card: copies the built-in framework of the form's year into a new
 * `กรอบการประเมิน` sheet, optionally for an agency group, so the coordinator can edit it.
 */
import type { FrameworkOptions, FrameworkResult } from '../src/gas/contract';
import type { Host, Panel } from './host';
import { call } from './rpc';
import { byId, fill, h, sheetLink, show } from './view';

export interface FrameworkLinks {
  /** The form's fiscal year: a number, undefined when blank, null when invalid (the form says why). */
  year(): number | undefined | null;
  /** The state has loaded and the analysis panel is not writing sheets. */
  ready(): boolean;
  /** A sheet was added: the score-sheet list should know it. */
  added(sheet: string): void;
}

export function frameworkPanel(host: Host, links: FrameworkLinks): Panel {
  const el = {
    group: byId<HTMLInputElement>('framework-group'),
    button: byId<HTMLButtonElement>('framework-insert'),
    box: byId('framework-result'),
  };
  let result: FrameworkResult | null = null;

  const render = () => {
    show(el.box, result !== null && task.idle);
    if (!result) return fill(el.box);
    const r = result;
    const group = r.group ? host.tr('frameworkForGroup', { group: r.group }) : '';
    fill(
      el.box,
      h('p', { className: 'framework-done', text: host.tr('frameworkDone', { framework: `${r.framework}${group}`, sheet: r.sheet }) }),
      h('p', {}, sheetLink(r.sheet, r.sheetId, r)),
    );
  };

  const task = host.tasks.add({
    buttons: [el.button],
    status: byId('framework-progress'),
    statusText: byId('framework-progress-text'),
    busyText: () => host.tr('frameworkInserting'),
    ready: links.ready,
    render,
  });

  /** Null when the form's year is wrong (the form says so). */
  const read = (): FrameworkOptions | null => {
    const year = links.year();
    if (year === null) return null;
    const options: FrameworkOptions = {};
    if (year !== undefined) options.year = year;
    const group = el.group.value.trim();
    if (group) options.group = group;
    return options;
  };

  el.button.addEventListener('click', () =>
    task.run('insert', {
      read,
      call: (options) => {
        result = null;
        return call('insertFramework', options);
      },
      done: (r) => {
        result = r;
        if (r?.sheet) links.added(r.sheet);
      },
    }),
  );
  return { render };
}
