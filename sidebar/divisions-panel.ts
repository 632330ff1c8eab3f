/**
 * The divisions panel: the list of divisions with their e-mails (edited here, saved in the
 * หน่วยงานภายใน sheet), sharing the plan with them, and re-applying rights after a sort.
 */
import type { Division, ShareResult } from '../src/gas/contract';
import type { Host, Panel } from './host';
import type { Msg } from './i18n';
import { splitEmails } from './parse';
import { call } from './rpc';
import { renderShare } from './share-result';
import { autosize, byId, fill, h, show } from './view';

interface DivisionRow {
  id: number;
  name: string;
  emails: string;
  errors: Msg[];
}

type Kind = 'save' | 'share' | 'reapply';

export function divisionsPanel(host: Host): Panel & { setList(divisions: Division[]): void } {
  const tr = host.tr;
  const el = {
    empty: byId('divisions-empty'),
    list: byId<HTMLOListElement>('division-list'),
    add: byId<HTMLButtonElement>('division-add'),
    save: byId<HTMLButtonElement>('division-save'),
    share: byId<HTMLButtonElement>('division-share'),
    reapply: byId<HTMLButtonElement>('division-reapply'),
    status: byId('division-status'),
    shareResult: byId('share-result'),
  };
  let rows: DivisionRow[] = [];
  let nextRowId = 1;
  let status: Msg | null = null;
  let share: ShareResult | null = null;

  const toRow = (d: Division): DivisionRow => {
    const emails = Array.isArray(d?.emails) ? d.emails.map(String) : [];
    return { id: nextRowId++, name: String(d?.name ?? ''), emails: emails.join('\n'), errors: [] };
  };

  // ------------------------------------------------------------ drawing

  const renderRows = () => {
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    fill(el.list, ...rows.map((row, i) => divisionRow(row, i)));
    show(el.empty, rows.length === 0);
    el.list.querySelectorAll('textarea').forEach(autosize);
    if (focused && document.getElementById(focused)) document.getElementById(focused)?.focus();
  };

  const divisionRow = (row: DivisionRow, index: number): HTMLLIElement => {
    const nameId = `division-name-${row.id}`;
    const emailsId = `division-emails-${row.id}`;
    const errorId = `division-error-${row.id}`;
    const invalid = row.errors.length > 0;
    const name = h('input', {
      className: 'division-name',
      attrs: { id: nameId, type: 'text', autocomplete: 'off', 'aria-describedby': errorId, 'aria-invalid': invalid ? 'true' : undefined },
      on: {
        input: () => {
          row.name = name.value;
        },
      },
    });
    name.value = row.name;
    const emails = h('textarea', {
      className: 'division-emails',
      attrs: {
        id: emailsId,
        rows: Math.min(5, Math.max(2, row.emails.split('\n').length)),
        spellcheck: 'false',
        autocomplete: 'off',
        'aria-describedby': errorId,
        'aria-invalid': invalid ? 'true' : undefined,
      },
      on: {
        input: () => {
          row.emails = emails.value;
          autosize(emails);
        },
      },
    });
    emails.value = row.emails;
    const label = row.name.trim() || tr('divisionRow', { n: index + 1 });
    const remove = h('button', {
      className: 'btn btn-small btn-quiet division-remove',
      text: tr('remove'),
      attrs: { type: 'button', id: `division-remove-${row.id}`, 'aria-label': tr('removeLabel', { name: label }) },
      on: { click: () => removeRow(row.id) },
    });
    const error = h('p', { className: 'field-error', attrs: { id: errorId, 'aria-live': 'polite' } });
    error.textContent = row.errors.map((m) => tr(m.key, m.vars)).join('\n');
    show(error, invalid);
    return h(
      'li',
      { className: `division${invalid ? ' division-invalid' : ''}`, attrs: { 'data-row': row.id } },
      h('div', { className: 'division-head' }, h('label', { text: tr('divisionName'), attrs: { for: nameId } }), remove),
      name,
      h('label', { text: tr('divisionEmails'), attrs: { for: emailsId } }),
      emails,
      error,
    );
  };

  /** The status line and the share answer (not the rows, which hold what is being typed). */
  const renderOutcome = () => {
    show(el.status, status !== null && task.idle);
    el.status.textContent = status ? tr(status.key, status.vars) : '';
    el.status.classList.toggle('status-warn', status?.key === 'errFixFields');
    show(el.shareResult, share !== null && (task.kind === null || task.kind === 'save'));
    if (share) renderShare(host, el.shareResult, share);
    else fill(el.shareResult);
  };

  const task = host.tasks.add<Kind>({
    buttons: [el.add, el.save, el.share, el.reapply],
    status: byId('division-progress'),
    statusText: byId('division-progress-text'),
    busyText: (kind) => tr(kind === 'save' ? 'saving' : 'sharing'),
    ready: host.loaded,
    render: renderOutcome,
  });

  // ------------------------------------------------------------ editing

  const addRow = () => {
    const row: DivisionRow = { id: nextRowId++, name: '', emails: '', errors: [] };
    rows.push(row);
    renderRows();
    document.getElementById(`division-name-${row.id}`)?.focus();
  };

  const removeRow = (id: number) => {
    const index = rows.findIndex((r) => r.id === id);
    if (index < 0) return;
    rows.splice(index, 1);
    renderRows();
    const next = rows[index] ?? rows[index - 1];
    (next ? document.getElementById(`division-remove-${next.id}`) : el.add)?.focus();
  };

  /** The list to send, or undefined (with messages on the rows) when something is wrong. */
  const collect = (): Division[] | undefined => {
    const list: Division[] = [];
    const seen = new Map<string, DivisionRow>();
    let firstBad: DivisionRow | undefined;
    for (const row of rows) {
      row.errors = [];
      const name = row.name.trim();
      const { emails, invalid } = splitEmails(row.emails);
      if (!name && !row.emails.trim()) continue;
      if (!name) row.errors.push({ key: 'errDivisionName' });
      const key = name.toLowerCase();
      if (name && seen.has(key)) row.errors.push({ key: 'errDivisionDuplicate' });
      seen.set(key, row);
      if (invalid.length) row.errors.push({ key: 'errEmail', vars: { list: invalid.join(', ') } });
      if (row.errors.length && !firstBad) firstBad = row;
      list.push({ name, emails });
    }
    renderRows();
    if (firstBad) {
      const bad = firstBad;
      const field = bad.errors.some((e) => e.key === 'errEmail') && bad.name.trim() ? 'emails' : 'name';
      document.getElementById(`division-${field}-${bad.id}`)?.focus();
      status = { key: 'errFixFields' };
      renderOutcome();
      return undefined;
    }
    return list;
  };

  const run = (kind: Kind) =>
    task.run(kind, {
      read: () => {
        status = null;
        // Re-applying uses the list saved in the sheet, as the next Generate would.
        return kind === 'reapply' ? [] : collect();
      },
      call: (list): Promise<{ saved: Division[] } | { share: ShareResult }> => {
        if (kind === 'save') return call('saveDivisions', list).then((saved) => ({ saved: Array.isArray(saved) ? saved : list }));
        share = null;
        return (kind === 'reapply' ? call('shareWithDivisions') : call('shareWithDivisions', list)).then((result) => ({ share: result }));
      },
      done: (answer) => {
        if ('share' in answer) {
          share = answer.share;
          return;
        }
        rows = answer.saved.map(toRow);
        renderRows();
        status = { key: 'saved', vars: { n: answer.saved.length } };
      },
    });

  el.add.addEventListener('click', addRow);
  el.save.addEventListener('click', () => run('save'));
  el.share.addEventListener('click', () => run('share'));
  el.reapply.addEventListener('click', () => run('reapply'));

  return {
    render: () => {
      renderRows();
      renderOutcome();
    },
    setList: (divisions) => {
      rows = divisions.map(toRow);
      renderRows();
    },
  };
}
