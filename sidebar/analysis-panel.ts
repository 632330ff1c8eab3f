/**
 * The analysis panel: the score sheet, agency, years, target and approval date; Generate and the
 * score template; the result. Other panels read its year and chosen score sheet, and wait while it
 * writes sheets.
 */
import type { GenerateOptions, GenerateResult, SidebarState, TemplateOptions, TemplateResult } from '../src/gas/contract';
import { resultParts } from './analysis-result';
import { dateField } from './date-field';
import type { Host, Panel } from './host';
import type { Msg } from './i18n';
import { parsePlanYear, parseTarget, parseYear, type Parsed } from './parse';
import { call } from './rpc';
import { byId, fill, h, setOptions, sheetLink, show } from './view';

type FieldId = 'year' | 'plan-year' | 'target';
type Fields = { year?: number; planYear?: number; target?: number };

export interface AnalysisPanel extends Panel {
  /** Fills the form from what the spreadsheet holds, keeping what the user already typed. */
  setState(state: Pick<SidebarState, 'sheets' | 'detected'>): void;
  /** The form's fiscal year: a number, undefined when blank, null when invalid (the form says why). */
  year(): number | undefined | null;
  /** The chosen score sheet, undefined for "detect automatically". */
  sourceSheet(): string | undefined;
  /** A sheet was added elsewhere: list it as a possible score sheet. */
  addSheet(name: string): void;
  /** No Generate or template insert is running. */
  idle(): boolean;
}

export function analysisPanel(host: Host): AnalysisPanel {
  const tr = host.tr;
  const el = {
    form: byId<HTMLFormElement>('gen-form'),
    source: byId<HTMLSelectElement>('source-sheet'),
    sourceHint: byId('source-hint'),
    agency: byId<HTMLInputElement>('agency'),
    year: byId<HTMLInputElement>('year'),
    yearNote: byId('year-note'),
    planYear: byId<HTMLInputElement>('plan-year'),
    target: byId<HTMLInputElement>('target'),
    includeKeep: byId<HTMLInputElement>('include-keep'),
    generate: byId<HTMLButtonElement>('generate'),
    insertTemplate: byId<HTMLButtonElement>('insert-template'),
    templateResult: byId('template-result'),
    result: byId('result'),
  };
  const FIELD_INPUT: Record<FieldId, HTMLInputElement> = { year: el.year, 'plan-year': el.planYear, target: el.target };
  const approvalDate = dateField('approval-date', tr);
  const state = {
    sheets: [] as string[],
    detected: null as string | null,
    loaded: false,
    fieldErrors: {} as Partial<Record<FieldId, Msg>>,
    yearNote: null as Msg | null,
    planYearTouched: false,
    result: null as GenerateResult | null,
    template: null as TemplateResult | null,
  };

  // ------------------------------------------------------------ drawing

  const renderSourceOptions = () => {
    if (!state.loaded) return;
    const current = el.source.options.length > 0 ? el.source.value : (state.detected ?? '');
    const names = state.sheets.slice();
    if (current && !names.includes(current)) names.push(current);
    setOptions(el.source, [{ value: '', label: tr('autoDetect') }, ...names.map((n) => ({ value: n, label: n }))], current);
    el.sourceHint.textContent = state.detected ? tr('detectedHint') : tr('notDetectedHint');
    el.sourceHint.classList.toggle('hint-warn', !state.detected);
  };

  const renderFieldMessages = () => {
    for (const id of Object.keys(FIELD_INPUT) as FieldId[]) {
      const input = FIELD_INPUT[id];
      const box = byId(`${id}-error`);
      const msg = state.fieldErrors[id];
      box.textContent = msg ? tr(msg.key, msg.vars) : '';
      show(box, Boolean(msg));
      if (msg) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    const note = state.yearNote ?? { key: 'yearHint' as const };
    el.yearNote.textContent = tr(note.key, note.vars);
  };

  const renderResults = () => {
    show(el.result, state.result !== null && task.kind !== 'generate');
    fill(el.result, ...(state.result ? resultParts(host, state.result) : []));
    const t = state.template;
    show(el.templateResult, t !== null);
    if (t) fill(el.templateResult, h('p', { text: tr('templateDone', { sheet: t.sheet }) }), h('p', {}, sheetLink(t.sheet, t.sheetId, t)));
    else fill(el.templateResult);
  };

  const render = () => {
    renderSourceOptions();
    renderFieldMessages();
    renderResults();
    approvalDate.render();
  };

  const task = host.tasks.add<'generate' | 'template'>({
    buttons: [el.generate, el.insertTemplate],
    status: byId('progress'),
    statusText: byId('progress-text'),
    busyText: (kind) => tr(kind === 'generate' ? 'generating' : 'inserting'),
    ready: host.loaded,
    render: renderResults,
  });

  // ------------------------------------------------------------ fields

  const setFieldError = (id: FieldId, msg: Msg | undefined) => {
    if (msg) state.fieldErrors[id] = msg;
    else delete state.fieldErrors[id];
  };

  const noteYear = (year: Parsed<number>) => {
    if (!year.ok) state.yearNote = null;
    else if (year.note) state.yearNote = year.note;
  };

  /** Reads the year fields and target; records their messages; undefined when any is invalid. */
  const readFields = (): Fields | undefined => {
    const year = parseYear(el.year.value);
    const plan = parsePlanYear(el.planYear.value, year.ok ? year.value : undefined);
    const target = parseTarget(el.target.value);
    const check = (id: FieldId, p: Parsed<number>) => setFieldError(id, p.ok ? undefined : p.error);
    check('year', year);
    check('plan-year', plan);
    check('target', target);
    noteYear(year);
    renderFieldMessages();
    if (!year.ok || !plan.ok || !target.ok) {
      const first = (['year', 'plan-year', 'target'] as FieldId[]).find((id) => state.fieldErrors[id]);
      if (first) {
        // Asked from another panel (the framework's year) while this section is closed: show why.
        host.tasks.reveal(FIELD_INPUT[first]);
        FIELD_INPUT[first].focus();
      }
      return undefined;
    }
    // Show what will be sent: Arabic digits, B.E.
    if (year.value !== undefined) el.year.value = String(year.value);
    if (plan.value !== undefined) el.planYear.value = String(plan.value);
    if (target.value !== undefined) el.target.value = String(target.value);
    return { year: year.value, planYear: plan.value, target: target.value };
  };

  const generateOptions = (): GenerateOptions | undefined => {
    const fields = readFields();
    if (!fields) return undefined;
    const options: GenerateOptions = {};
    if (el.source.value) options.sourceSheet = el.source.value;
    if (fields.year !== undefined) options.year = fields.year;
    if (fields.target !== undefined) options.target = fields.target;
    if (fields.planYear !== undefined) options.planYear = fields.planYear;
    const agency = el.agency.value.trim();
    if (agency) options.agency = agency;
    // Typed the Thai way or picked; sent as YYYY-MM-DD (C.E.), which the server checks again.
    const approval = approvalDate.read();
    if (approval === null) {
      byId('approval-date').focus();
      return undefined;
    }
    if (approval) options.approvalDate = approval;
    if (el.includeKeep.checked) options.includeKeep = true;
    return options;
  };

  const templateOptions = (): TemplateOptions | undefined => {
    const fields = readFields();
    if (!fields) return undefined;
    const options: TemplateOptions = {};
    if (fields.year !== undefined) options.year = fields.year;
    const agency = el.agency.value.trim();
    if (agency) options.agency = agency;
    return options;
  };

  const addSheet = (name: string) => {
    if (!state.sheets.includes(name)) state.sheets.push(name);
    renderSourceOptions();
  };

  // ------------------------------------------------------------ events

  el.form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    task.run('generate', {
      read: generateOptions,
      call: (options) => {
        state.result = null;
        return call('generateAnalysis', options);
      },
      done: (result) => (state.result = result),
    });
  });
  el.insertTemplate.addEventListener('click', () =>
    task.run('template', {
      read: templateOptions,
      call: (options) => {
        state.template = null;
        return call('insertScoreTemplate', options);
      },
      done: (result) => {
        state.template = result;
        if (result?.sheet) {
          addSheet(result.sheet);
          el.source.value = result.sheet;
        }
      },
    }),
  );
  // While the plan year follows the fiscal year (the user has not typed one), keep it at year + 1.
  el.year.addEventListener('input', () => {
    if (state.yearNote) {
      state.yearNote = null;
      renderFieldMessages();
    }
    if (state.planYearTouched) return;
    const year = parseYear(el.year.value);
    if (year.ok && year.value !== undefined) el.planYear.value = String(year.value + 1);
    else if (year.ok) el.planYear.value = '';
  });
  el.year.addEventListener('change', () => {
    const year = parseYear(el.year.value);
    setFieldError('year', year.ok ? undefined : year.error);
    noteYear(year);
    if (year.ok && year.value !== undefined) el.year.value = String(year.value);
    renderFieldMessages();
  });
  el.planYear.addEventListener('input', () => {
    state.planYearTouched = el.planYear.value.trim() !== '';
  });

  return {
    render,
    setState: (s) => {
      state.loaded = true;
      state.sheets = s.sheets.slice();
      state.detected = s.detected.sourceSheet;
      const d = s.detected;
      fill(el.source);
      renderSourceOptions();
      if (!el.agency.value.trim() && d.agency) el.agency.value = d.agency;
      if (!el.year.value.trim() && d.year) el.year.value = String(d.year);
      if (!el.planYear.value.trim() && d.year) el.planYear.value = String(d.year + 1);
    },
    year: () => {
      const fields = readFields();
      return fields ? fields.year : null;
    },
    sourceSheet: () => el.source.value || undefined,
    addSheet,
    idle: () => task.idle,
  };
}
