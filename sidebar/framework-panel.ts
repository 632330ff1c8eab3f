/**
 * The sidebar's framework card: copies the built-in framework of the form's year into a new
 * `กรอบการประเมิน` sheet, optionally for an agency group, so the coordinator can edit it.
 */
import type { FrameworkOptions, FrameworkResult } from '../src/gas/contract';
import type { Key, Vars } from './i18n';
import { call } from './rpc';
import { byId, fill, h, sheetLink, show } from './view';

export interface FrameworkPanelDeps {
  tr(key: Key, vars?: Vars): string;
  /** The form's fiscal year: a number, undefined when blank, null when invalid (the form says why). */
  year(): number | undefined | null;
  /** The sidebar has its state and no other job is running. */
  ready(): boolean;
  fail(error: unknown): void;
  clearAlert(): void;
  /** A sheet was added: the score-sheet list should know it. */
  added(sheet: string): void;
}

export class FrameworkPanel {
  private busy = false;
  private result: FrameworkResult | null = null;
  private readonly group = byId<HTMLInputElement>('framework-group');
  private readonly button = byId<HTMLButtonElement>('framework-insert');
  private readonly progress = byId('framework-progress');
  private readonly progressText = byId('framework-progress-text');
  private readonly box = byId('framework-result');

  constructor(private readonly deps: FrameworkPanelDeps) {
    this.button.addEventListener('click', () => this.run());
  }

  render(): void {
    this.button.disabled = this.busy || !this.deps.ready();
    this.button.setAttribute('aria-busy', String(this.busy));
    show(this.progress, this.busy);
    this.progressText.textContent = this.busy ? this.deps.tr('frameworkInserting') : '';
    const r = this.result;
    show(this.box, r !== null && !this.busy);
    if (!r) {
      fill(this.box);
      return;
    }
    const group = r.group ? this.deps.tr('frameworkForGroup', { group: r.group }) : '';
    fill(
      this.box,
      h('p', { className: 'framework-done', text: this.deps.tr('frameworkDone', { framework: `${r.framework}${group}`, sheet: r.sheet }) }),
      h('p', {}, sheetLink(r.sheet, r.sheetId, r)),
    );
  }

  private run(): void {
    if (this.busy || !this.deps.ready()) return;
    const year = this.deps.year();
    if (year === null) return;
    const options: FrameworkOptions = {};
    if (year !== undefined) options.year = year;
    const group = this.group.value.trim();
    if (group) options.group = group;
    this.deps.clearAlert();
    this.busy = true;
    this.result = null;
    this.render();
    void call('insertFramework', options)
      .then((result) => {
        this.result = result;
        if (result?.sheet) this.deps.added(result.sheet);
      })
      .catch((error) => this.deps.fail(error))
      .then(() => {
        this.busy = false;
        this.render();
      });
  }
}
