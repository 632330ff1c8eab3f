/**
 * The sidebar's roll-up card (สรุปหลายหน่วยงาน): an office's table of agencies in this spreadsheet
 * → the roll-up sheets. Shows the figures, links to the overview sheet, and every row left out
 * with its sheet and cell, each through textContent.
 */
import type { RollupResult } from '../src/gas/contract';
import type { Key, Lang, Vars } from './i18n';
import { call } from './rpc';
import { byId, fill, formatScore, h, sheetLink, show } from './view';

export interface RollupPanelDeps {
  tr(key: Key, vars?: Vars): string;
  lang(): Lang;
  ready(): boolean;
  fail(error: unknown): void;
  clearAlert(): void;
}

type GroupBy = 'district' | 'type' | 'province';

export class RollupPanel {
  private busy = false;
  private result: RollupResult | null = null;
  private readonly group = byId<HTMLSelectElement>('rollup-group');
  private readonly button = byId<HTMLButtonElement>('rollup-run');
  private readonly progress = byId('rollup-progress');
  private readonly progressText = byId('rollup-progress-text');
  private readonly box = byId('rollup-result');

  constructor(private readonly deps: RollupPanelDeps) {
    this.button.addEventListener('click', () => this.run());
  }

  render(): void {
    this.button.disabled = this.busy || !this.deps.ready();
    this.button.setAttribute('aria-busy', String(this.busy));
    show(this.progress, this.busy);
    this.progressText.textContent = this.busy ? this.deps.tr('rollupRunning') : '';
    const r = this.result;
    show(this.box, r !== null && !this.busy);
    if (!r) {
      fill(this.box);
      return;
    }
    const tr = this.deps.tr;
    const left = r.leftOut.map((l) => h('li', { text: this.deps.lang() === 'th' ? l.th : l.en }));
    fill(
      this.box,
      h('p', { className: 'rollup-done', text: tr('rollupDone', { year: r.year, agencies: r.agencies, mean: formatScore(r.mean), reaching: r.reaching, followUp: r.followUp }) }),
      r.previousYear ? h('p', { text: tr('rollupCompared', { year: r.previousYear }) }) : null,
      h('p', {}, sheetLink(r.sheets[0], r.sheetId, r)),
      left.length ? h('p', { className: 'rollup-left', text: tr('rollupLeftOut', { n: left.length }) }) : null,
      left.length ? h('ul', { className: 'rollup-left-list' }, ...left) : null,
    );
  }

  private run(): void {
    if (this.busy || !this.deps.ready()) return;
    const group = this.group.value;
    this.deps.clearAlert();
    this.busy = true;
    this.result = null;
    this.render();
    void call('summarizeAgencies', group ? { groupBy: group as GroupBy } : {})
      .then((result) => {
        this.result = result;
      })
      .catch((error) => this.deps.fail(error))
      .then(() => {
        this.busy = false;
        this.render();
      });
  }
}
