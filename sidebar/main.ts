/**
 * The sidebar: reads the spreadsheet's state, generates the analysis, inserts the score template,
 * keeps the divisions list and shares the plan with the divisions. Talks to the server only through
 * google.script.run (./rpc). Server text reaches the page through textContent/value only (./view).
 */
import type { Division, GenerateOptions, GenerateResult, ShareResult, SidebarState, TemplateOptions, TemplateResult } from '../src/gas/contract';
import { type Key, type Lang, type Msg, type Vars, loadLang, messageFor, saveLang, t } from './i18n';
import { parsePlanYear, parseTarget, parseYear, splitEmails, type Parsed } from './parse';
import { progressPanel } from './progress-panel';
import { dateField, type DateField } from './date-field';
import { reportPanel } from './report-panel';
import { NoServerError, ServerError, call } from './rpc';
import { FrameworkPanel } from './framework-panel';
import { RollupPanel } from './rollup-panel';
import { autosize, byId, fill, formatScore, h, levelTone, setOptions, sheetLink, show } from './view';

type FieldId = 'year' | 'plan-year' | 'target';

interface DivisionRow {
  id: number;
  name: string;
  emails: string;
  errors: Msg[];
}

/** What the user sees in an alert: server words (split per language) or one of ours. */
type AlertContent = { server: string } | { msg: Msg };

const app = {
  lang: loadLang() as Lang,
  loaded: false,
  loading: false,
  state: null as SidebarState | null,
  busy: null as null | 'generate' | 'template',
  divisionsBusy: null as null | 'save' | 'share' | 'reapply',
  alert: null as null | { content: AlertContent; retry?: () => void },
  result: null as GenerateResult | null,
  template: null as TemplateResult | null,
  share: null as ShareResult | null,
  divisionStatus: null as Msg | null,
  fieldErrors: {} as Partial<Record<FieldId, Msg>>,
  yearNote: null as Msg | null,
  planYearTouched: false,
  rows: [] as DivisionRow[],
  nextRowId: 1,
};

const tr = (key: Key, vars?: Vars): string => t(key, app.lang, vars);

const el = {
  alert: byId('alert'),
  alertText: byId('alert-text'),
  alertRetry: byId<HTMLButtonElement>('alert-retry'),
  alertDismiss: byId<HTMLButtonElement>('alert-dismiss'),
  loading: byId('loading'),
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
  progress: byId('progress'),
  progressText: byId('progress-text'),
  templateResult: byId('template-result'),
  result: byId('result'),
  divisionsEmpty: byId('divisions-empty'),
  divisionList: byId<HTMLOListElement>('division-list'),
  divisionAdd: byId<HTMLButtonElement>('division-add'),
  divisionSave: byId<HTMLButtonElement>('division-save'),
  divisionShare: byId<HTMLButtonElement>('division-share'),
  divisionReapply: byId<HTMLButtonElement>('division-reapply'),
  divisionProgress: byId('division-progress'),
  divisionProgressText: byId('division-progress-text'),
  divisionStatus: byId('division-status'),
  shareResult: byId('share-result'),
  langTh: byId<HTMLButtonElement>('lang-th'),
  langEn: byId<HTMLButtonElement>('lang-en'),
};

/** The report panel (its own module), created in init(). */
let report: { render: () => void } | null = null;
let approvalDate: DateField | null = null;
/** The follow-up panel (its own module), created in init(). */
let followUp: { render: () => void; setPlans: (names: string[]) => void } | null = null;

const FIELD_INPUT: Record<FieldId, HTMLInputElement> = { year: el.year, 'plan-year': el.planYear, target: el.target };

const frameworkPanel = new FrameworkPanel({
  tr,
  year: () => {
    const fields = readFields();
    return fields ? fields.year : null;
  },
  ready: () => app.loaded && app.busy === null,
  fail: (error) => showAlert(describeFailure(error)),
  clearAlert: () => clearAlert(),
  added: (sheet) => {
    if (app.state && !app.state.sheets.includes(sheet)) app.state.sheets.push(sheet);
    renderSourceOptions();
  },
});

const rollupPanel = new RollupPanel({
  tr,
  lang: () => app.lang,
  ready: () => app.loaded && app.busy === null,
  fail: (error) => showAlert(describeFailure(error)),
  clearAlert: () => clearAlert(),
});

// ---------------------------------------------------------------- language

function applyStaticText(): void {
  document.documentElement.lang = app.lang;
  document.title = tr('title');
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    node.textContent = tr(node.dataset.i18n as Key);
  }
  for (const node of Array.from(document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]'))) {
    node.placeholder = tr(node.dataset.i18nPlaceholder as Key);
  }
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n-title]'))) {
    node.title = tr(node.dataset.i18nTitle as Key);
    node.setAttribute('aria-label', node.title);
  }
  el.langTh.setAttribute('aria-pressed', String(app.lang === 'th'));
  el.langEn.setAttribute('aria-pressed', String(app.lang === 'en'));
}

function setLang(lang: Lang): void {
  if (lang === app.lang) return;
  app.lang = lang;
  saveLang(lang);
  renderAll();
}

function renderAll(): void {
  applyStaticText();
  renderSourceOptions();
  renderFieldMessages();
  renderProgress();
  renderAlert();
  renderResult();
  renderTemplateResult();
  renderDivisions();
  renderDivisionStatus();
  renderShareResult();
  renderButtons();
  approvalDate?.render();
  report?.render();
  followUp?.render();
  frameworkPanel.render();
  rollupPanel.render();
}

// ---------------------------------------------------------------- alert

function describeFailure(error: unknown): AlertContent {
  if (error instanceof ServerError && error.message.trim()) return { server: error.message };
  if (error instanceof NoServerError) return { msg: { key: 'noServer' } };
  if (!(error instanceof ServerError)) console.error(error);
  return { msg: { key: 'unknownError' } };
}

function showAlert(content: AlertContent, retry?: () => void): void {
  app.alert = { content, retry };
  renderAlert();
}

function clearAlert(): void {
  app.alert = null;
  renderAlert();
}

function renderAlert(): void {
  const a = app.alert;
  show(el.alert, a !== null);
  if (!a) {
    el.alertText.textContent = '';
    return;
  }
  const text = 'server' in a.content ? messageFor(a.content.server, app.lang) : tr(a.content.msg.key, a.content.msg.vars);
  el.alertText.textContent = text || tr('unknownError');
  show(el.alertRetry, Boolean(a.retry));
}

// ---------------------------------------------------------------- state

function renderSourceOptions(): void {
  const state = app.state;
  if (!state) return;
  const current = el.source.options.length > 0 ? el.source.value : state.detected.sourceSheet ?? '';
  const names = state.sheets.slice();
  if (current && !names.includes(current)) names.push(current);
  setOptions(el.source, [{ value: '', label: tr('autoDetect') }, ...names.map((n) => ({ value: n, label: n }))], current);
  const detected = state.detected.sourceSheet;
  el.sourceHint.textContent = detected ? tr('detectedHint') : tr('notDetectedHint');
  el.sourceHint.classList.toggle('hint-warn', !detected);
}

function applyState(state: SidebarState): void {
  app.state = {
    sheets: Array.isArray(state?.sheets) ? state.sheets.map(String) : [],
    detected: {
      sourceSheet: state?.detected?.sourceSheet ?? null,
      year: state?.detected?.year ?? null,
      agency: state?.detected?.agency ?? null,
    },
    divisions: Array.isArray(state?.divisions) ? state.divisions : [],
    plans: Array.isArray(state?.plans) ? state.plans.map(String) : [],
  };
  followUp?.setPlans(app.state.plans);
  const d = app.state.detected;
  fill(el.source);
  renderSourceOptions();
  if (!el.agency.value.trim() && d.agency) el.agency.value = d.agency;
  if (!el.year.value.trim() && d.year) el.year.value = String(d.year);
  if (!el.planYear.value.trim() && d.year) el.planYear.value = String(d.year + 1);
  app.rows = app.state.divisions.map(toRow);
  renderDivisions();
}

function load(): void {
  app.loading = true;
  show(el.loading, true);
  clearAlert();
  void call('getSidebarState')
    .then((state) => {
      applyState(state);
      app.loaded = true;
    })
    .catch((error) => showAlert(describeFailure(error), load))
    .then(() => {
      app.loading = false;
      show(el.loading, false);
      renderButtons();
    });
}

function renderButtons(): void {
  const ready = app.loaded;
  el.generate.disabled = !ready || app.busy !== null;
  el.insertTemplate.disabled = !ready || app.busy !== null;
  el.generate.setAttribute('aria-busy', String(app.busy === 'generate'));
  const divReady = ready && app.divisionsBusy === null;
  el.divisionAdd.disabled = !divReady;
  el.divisionSave.disabled = !divReady;
  el.divisionShare.disabled = !divReady;
  el.divisionReapply.disabled = !divReady;
  report?.render();
  followUp?.render();
  frameworkPanel.render();
  rollupPanel.render();
}

// ---------------------------------------------------------------- fields

function setFieldError(id: FieldId, msg: Msg | undefined): void {
  if (msg) app.fieldErrors[id] = msg;
  else delete app.fieldErrors[id];
}

function renderFieldMessages(): void {
  for (const id of Object.keys(FIELD_INPUT) as FieldId[]) {
    const input = FIELD_INPUT[id];
    const box = byId(`${id}-error`);
    const msg = app.fieldErrors[id];
    box.textContent = msg ? tr(msg.key, msg.vars) : '';
    show(box, Boolean(msg));
    if (msg) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
  const note = app.yearNote ?? { key: 'yearHint' as const };
  el.yearNote.textContent = tr(note.key, note.vars);
}

/** Reads the year fields and target; records their messages; undefined when any is invalid. */
function readFields(): { year?: number; planYear?: number; target?: number } | undefined {
  const year = parseYear(el.year.value);
  const plan = parsePlanYear(el.planYear.value, year.ok ? year.value : undefined);
  const target = parseTarget(el.target.value);
  const check = (id: FieldId, p: Parsed<number>) => setFieldError(id, p.ok ? undefined : p.error);
  check('year', year);
  check('plan-year', plan);
  check('target', target);
  if (!year.ok) app.yearNote = null;
  else if (year.note) app.yearNote = year.note;
  renderFieldMessages();
  if (!year.ok || !plan.ok || !target.ok) {
    const first = (['year', 'plan-year', 'target'] as FieldId[]).find((id) => app.fieldErrors[id]);
    if (first) FIELD_INPUT[first].focus();
    return undefined;
  }
  // Show what will be sent: Arabic digits, B.E.
  if (year.value !== undefined) el.year.value = String(year.value);
  if (plan.value !== undefined) el.planYear.value = String(plan.value);
  if (target.value !== undefined) el.target.value = String(target.value);
  return { year: year.value, planYear: plan.value, target: target.value };
}

function generateOptions(): GenerateOptions | undefined {
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
  const approval = approvalDate?.read();
  if (approval === null) {
    byId('approval-date').focus();
    return undefined;
  }
  if (approval) options.approvalDate = approval;
  if (el.includeKeep.checked) options.includeKeep = true;
  return options;
}

function templateOptions(): TemplateOptions | undefined {
  const fields = readFields();
  if (!fields) return undefined;
  const options: TemplateOptions = {};
  if (fields.year !== undefined) options.year = fields.year;
  const agency = el.agency.value.trim();
  if (agency) options.agency = agency;
  return options;
}

/** While the plan year follows the fiscal year (the user has not typed one), keep it at year + 1. */
function onYearInput(): void {
  if (app.yearNote) {
    app.yearNote = null;
    renderFieldMessages();
  }
  if (app.planYearTouched) return;
  const year = parseYear(el.year.value);
  if (year.ok && year.value !== undefined) el.planYear.value = String(year.value + 1);
  else if (year.ok) el.planYear.value = '';
}

function onYearChange(): void {
  const year = parseYear(el.year.value);
  setFieldError('year', year.ok ? undefined : year.error);
  if (!year.ok) app.yearNote = null;
  else if (year.note) app.yearNote = year.note;
  if (year.ok && year.value !== undefined) el.year.value = String(year.value);
  renderFieldMessages();
}

// ---------------------------------------------------------------- generate

function renderProgress(): void {
  show(el.progress, app.busy !== null);
  el.progressText.textContent = app.busy === 'generate' ? tr('generating') : app.busy === 'template' ? tr('inserting') : '';
}

function stat(name: 'passing' | 'failing' | 'measures', value: number): HTMLElement {
  return h(
    'div',
    { className: `stat stat-${name}`, attrs: { 'data-stat': name } },
    h('dt', { className: 'stat-label', text: tr(name) }),
    h('dd', { className: 'stat-value', text: String(value ?? 0) }),
  );
}

function renderResult(): void {
  const r = app.result;
  show(el.result, r !== null && app.busy !== 'generate');
  if (!r) {
    fill(el.result);
    return;
  }
  const level = app.lang === 'en' ? r.levelEn || r.level : r.level || r.levelEn;
  const warnings = Array.isArray(r.warnings) ? r.warnings : [];
  const pick = (m: { th: string; en: string }) => (app.lang === 'en' ? m.en || m.th : m.th || m.en);
  fill(
    el.result,
    h('h3', { className: 'result-heading visually-hidden', text: tr('resultHeading') }),
    h(
      'div',
      { className: 'score-row' },
      h(
        'div',
        { className: 'score-box' },
        h('span', { className: 'score-label', text: tr('score') }),
        h('span', { className: 'score-value', text: formatScore(r.score) }),
      ),
      h(
        'div',
        { className: 'level-box' },
        h('span', { className: 'score-label', text: tr('level') }),
        h('span', { className: `level-badge tone-${levelTone(r.levelEn || '')}`, text: level }),
      ),
    ),
    h('dl', { className: 'stats' }, stat('passing', r.passing), stat('failing', r.failing), stat('measures', r.measures)),
    h(
      'div',
      { className: 'links' },
      h('h4', { text: tr('sheetsCreated') }),
      h(
        'ul',
        { className: 'link-list' },
        h('li', {}, sheetLink(r.analysisSheet, r.analysisSheetId, r)),
        h('li', {}, sheetLink(r.planSheet, r.planSheetId, r)),
      ),
    ),
    r.obsolete || r.keptForWork ? h('p', { className: 'obsolete-count', text: tr('obsoleteCount', { n: r.obsolete ?? 0, kept: r.keptForWork ?? 0 }) }) : null,
    r.oldPlan ? h('p', { className: 'old-plan', text: tr('oldPlan', { sheet: String(r.oldPlan.sheet), n: r.oldPlan.unfinished ?? 0 }) }) : null,
    r.path
      ? h('p', { className: 'path' }, h('strong', { text: `${tr('path')}: ` }), h('span', { className: 'path-text', text: pick(r.path) }))
      : null,
    r.framework
      ? h('p', { className: 'framework-used' }, h('strong', { text: `${tr('framework')}: ` }), h('span', { className: 'framework-text', text: pick(r.framework) }))
      : null,
    warnings.length
      ? h(
          'div',
          { className: 'warnings' },
          h('h4', { text: tr('warnings') }),
          h('ul', { className: 'warning-list' }, ...warnings.map((w) => h('li', { text: pick(w) }))),
        )
      : null,
  );
}

function runGenerate(): void {
  if (!app.loaded || app.busy) return;
  const options = generateOptions();
  if (!options) return;
  clearAlert();
  app.busy = 'generate';
  app.result = null;
  renderProgress();
  renderResult();
  renderButtons();
  void call('generateAnalysis', options)
    .then((result) => {
      app.result = result;
    })
    .catch((error) => showAlert(describeFailure(error)))
    .then(() => {
      app.busy = null;
      renderProgress();
      renderResult();
      renderButtons();
    });
}

// ---------------------------------------------------------------- template

function renderTemplateResult(): void {
  const r = app.template;
  show(el.templateResult, r !== null);
  if (!r) {
    fill(el.templateResult);
    return;
  }
  fill(
    el.templateResult,
    h('p', { text: tr('templateDone', { sheet: r.sheet }) }),
    h('p', {}, sheetLink(r.sheet, r.sheetId, r)),
  );
}

function runTemplate(): void {
  if (!app.loaded || app.busy) return;
  const options = templateOptions();
  if (!options) return;
  clearAlert();
  app.busy = 'template';
  app.template = null;
  renderProgress();
  renderTemplateResult();
  renderButtons();
  void call('insertScoreTemplate', options)
    .then((result) => {
      app.template = result;
      if (app.state && result?.sheet) {
        if (!app.state.sheets.includes(result.sheet)) app.state.sheets.push(result.sheet);
        renderSourceOptions();
        el.source.value = result.sheet;
      }
    })
    .catch((error) => showAlert(describeFailure(error)))
    .then(() => {
      app.busy = null;
      renderProgress();
      renderTemplateResult();
      renderButtons();
    });
}

// ---------------------------------------------------------------- divisions

function toRow(d: Division): DivisionRow {
  const emails = Array.isArray(d?.emails) ? d.emails.map(String) : [];
  return { id: app.nextRowId++, name: String(d?.name ?? ''), emails: emails.join('\n'), errors: [] };
}

function renderDivisions(): void {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
  fill(el.divisionList, ...app.rows.map((row, i) => divisionRow(row, i)));
  show(el.divisionsEmpty, app.rows.length === 0);
  el.divisionList.querySelectorAll('textarea').forEach(autosize);
  if (focused && document.getElementById(focused)) document.getElementById(focused)?.focus();
}

function divisionRow(row: DivisionRow, index: number): HTMLLIElement {
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
    h(
      'div',
      { className: 'division-head' },
      h('label', { text: tr('divisionName'), attrs: { for: nameId } }),
      remove,
    ),
    name,
    h('label', { text: tr('divisionEmails'), attrs: { for: emailsId } }),
    emails,
    error,
  );
}

function addRow(): void {
  const row: DivisionRow = { id: app.nextRowId++, name: '', emails: '', errors: [] };
  app.rows.push(row);
  renderDivisions();
  document.getElementById(`division-name-${row.id}`)?.focus();
}

function removeRow(id: number): void {
  const index = app.rows.findIndex((r) => r.id === id);
  if (index < 0) return;
  app.rows.splice(index, 1);
  renderDivisions();
  const next = app.rows[index] ?? app.rows[index - 1];
  (next ? document.getElementById(`division-remove-${next.id}`) : el.divisionAdd)?.focus();
}

/** The list to send, or undefined (with messages on the rows) when something is wrong. */
function collectDivisions(): Division[] | undefined {
  const list: Division[] = [];
  const seen = new Map<string, DivisionRow>();
  let firstBad: DivisionRow | undefined;
  for (const row of app.rows) {
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
  renderDivisions();
  if (firstBad) {
    const bad = firstBad;
    const field = bad.errors.some((e) => e.key === 'errEmail') && bad.name.trim() ? 'emails' : 'name';
    document.getElementById(`division-${field}-${bad.id}`)?.focus();
    app.divisionStatus = { key: 'errFixFields' };
    renderDivisionStatus();
    return undefined;
  }
  return list;
}

function renderDivisionStatus(): void {
  const msg = app.divisionStatus;
  show(el.divisionStatus, msg !== null && app.divisionsBusy === null);
  el.divisionStatus.textContent = msg ? tr(msg.key, msg.vars) : '';
  el.divisionStatus.classList.toggle('status-warn', msg?.key === 'errFixFields');
  show(el.divisionProgress, app.divisionsBusy !== null);
  el.divisionProgressText.textContent =
    app.divisionsBusy === 'save' ? tr('saving') : app.divisionsBusy === null ? '' : tr('sharing');
}

function runDivisions(kind: 'save' | 'share' | 'reapply'): void {
  if (!app.loaded || app.divisionsBusy) return;
  app.divisionStatus = null;
  // Re-applying uses the list saved in the sheet, as the next Generate would.
  const list = kind === 'reapply' ? [] : collectDivisions();
  if (!list) return;
  clearAlert();
  app.divisionsBusy = kind;
  if (kind !== 'save') app.share = null;
  renderDivisionStatus();
  renderShareResult();
  renderButtons();
  const done = () => {
    app.divisionsBusy = null;
    renderDivisionStatus();
    renderShareResult();
    renderButtons();
  };
  if (kind === 'save') {
    void call('saveDivisions', list)
      .then((saved) => {
        const rows = Array.isArray(saved) ? saved : list;
        app.rows = rows.map(toRow);
        renderDivisions();
        app.divisionStatus = { key: 'saved', vars: { n: rows.length } };
      })
      .catch((error) => showAlert(describeFailure(error)))
      .then(done);
  } else {
    void (kind === 'reapply' ? call('shareWithDivisions') : call('shareWithDivisions', list))
      .then((result) => {
        app.share = result;
      })
      .catch((error) => showAlert(describeFailure(error)))
      .then(done);
  }
}

function copyAddresses(text: string, area: HTMLTextAreaElement, button: HTMLButtonElement): void {
  const copied = () => {
    button.textContent = tr('copied');
    window.setTimeout(() => {
      button.textContent = tr('copy');
    }, 2000);
  };
  const fallback = () => {
    area.focus();
    area.select();
    try {
      if (document.execCommand('copy')) copied();
    } catch {
      /* the addresses stay selected for Ctrl+C */
    }
  };
  if (navigator.clipboard?.writeText) navigator.clipboard.writeText(text).then(copied, fallback);
  else fallback();
}

function renderShareResult(): void {
  const r = app.share;
  show(el.shareResult, r !== null && app.divisionsBusy !== 'share' && app.divisionsBusy !== 'reapply');
  if (!r) {
    fill(el.shareResult);
    return;
  }
  const shareWith = Array.isArray(r.shareWith) ? r.shareWith : [];
  const divisions = Array.isArray(r.divisions) ? r.divisions : [];
  const notes = [...(Array.isArray(r.warnings) ? r.warnings : []), ...(Array.isArray(r.notes) ? r.notes : [])];
  const views = Array.isArray(r.views) ? r.views : [];
  const joined = shareWith.join(', ');
  const area = h('textarea', {
    className: 'share-addresses',
    attrs: { id: 'share-addresses', readonly: true, rows: Math.min(6, Math.max(2, shareWith.length)), spellcheck: 'false' },
  });
  area.value = joined;
  const copy = h('button', {
    className: 'btn btn-small',
    text: tr('copy'),
    attrs: { type: 'button', id: 'share-copy' },
    on: { click: () => copyAddresses(joined, area, copy) },
  });
  fill(
    el.shareResult,
    h('h3', { text: tr('shareHeading') }),
    h('p', { className: 'note', text: tr('shareWithNote') }),
    shareWith.length
      ? h(
          'div',
          { className: 'field' },
          h('div', { className: 'division-head' }, h('label', { text: tr('addresses'), attrs: { for: 'share-addresses' } }), copy),
          area,
        )
      : h('p', { className: 'empty', text: tr('shareNobody') }),
    divisions.length
      ? h(
          'div',
          { className: 'share-divisions' },
          h('h4', { text: tr('rowsPerDivision') }),
          h(
            'ul',
            { className: 'share-division-list' },
            ...divisions.map((d) =>
              h('li', {}, h('span', { className: 'share-division-name', text: String(d.name) }), h('span', { className: 'share-rows', text: tr('rows', { n: d.rows ?? 0 }) })),
            ),
          ),
        )
      : null,
    h('p', { className: 'hint', text: tr('protections', { added: r.protectionsAdded ?? 0, removed: r.protectionsRemoved ?? 0 }) }),
    views.length ? h('p', { className: 'hint', text: tr('views', { list: views.join(', ') }) }) : null,
    notes.length
      ? h(
          'div',
          { className: 'notes' },
          h('h4', { text: tr('notes') }),
          h('ul', {}, ...notes.map((n) => h('li', { text: app.lang === 'en' ? n.en || n.th : n.th || n.en }))),
        )
      : null,
  );
  autosize(area);
}

// ---------------------------------------------------------------- wiring

function init(): void {
  el.langTh.addEventListener('click', () => setLang('th'));
  el.langEn.addEventListener('click', () => setLang('en'));
  el.alertDismiss.addEventListener('click', clearAlert);
  el.alertRetry.addEventListener('click', () => {
    const retry = app.alert?.retry;
    clearAlert();
    retry?.();
  });
  el.form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    runGenerate();
  });
  el.insertTemplate.addEventListener('click', runTemplate);
  el.year.addEventListener('input', onYearInput);
  el.year.addEventListener('change', onYearChange);
  el.planYear.addEventListener('input', () => {
    app.planYearTouched = el.planYear.value.trim() !== '';
  });
  el.divisionAdd.addEventListener('click', addRow);
  el.divisionSave.addEventListener('click', () => runDivisions('save'));
  el.divisionShare.addEventListener('click', () => runDivisions('share'));
  el.divisionReapply.addEventListener('click', () => runDivisions('reapply'));
  approvalDate = dateField('approval-date', tr);
  report = reportPanel({
    tr,
    ready: () => app.loaded,
    sourceSheet: () => el.source.value || undefined,
    clearAlert,
    showFailure: (error) => showAlert(describeFailure(error)),
  });
  followUp = progressPanel({
    tr,
    ready: () => app.loaded,
    clearAlert,
    showFailure: (error) => showAlert(describeFailure(error)),
    pick: (m) => (app.lang === 'en' ? m.en || m.th : m.th || m.en),
  });
  renderAll();
  load();
}

init();
