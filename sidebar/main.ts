/**
 * The sidebar: wires its panels (analysis, divisions, report, follow-up, roll-up, framework), each
 * a collapsible section (./sections), to the language, the alert and the server tasks, then loads
 * the spreadsheet's state. Each panel owns its elements, state and handlers; every server call goes
 * through a Task (./busy) and google.script.run (./rpc). Server text reaches the page through
 * textContent/value only (./view).
 */
import type { SidebarState } from '../src/gas/contract';
import { Alert } from './alert';
import { analysisPanel } from './analysis-panel';
import { Tasks } from './busy';
import { divisionsPanel } from './divisions-panel';
import { frameworkPanel } from './framework-panel';
import type { Host, Panel } from './host';
import { type Key, type Lang, loadLang, saveLang, t } from './i18n';
import { progressPanel } from './progress-panel';
import { reportPanel } from './report-panel';
import { rollupPanel } from './rollup-panel';
import { call } from './rpc';
import { sections } from './sections';
import { byId } from './view';

let lang: Lang = loadLang();
let loaded = false;

const alert = new Alert(() => lang);
const folds = sections();
const host: Host = {
  tr: (key, vars) => t(key, lang, vars),
  lang: () => lang,
  pick: (m) => (lang === 'en' ? m.en || m.th : m.th || m.en),
  tasks: new Tasks(alert, folds.reveal),
  loaded: () => loaded,
};

const analysis = analysisPanel(host);
const divisions = divisionsPanel(host);
const followUp = progressPanel(host);
// Copying a framework or summarising agencies waits while Generate writes sheets.
const besideAnalysis = () => loaded && analysis.idle();
const rollup = rollupPanel(host, besideAnalysis);
const panels: Panel[] = [
  analysis,
  divisions,
  reportPanel(host, analysis.sourceSheet),
  followUp,
  rollup,
  frameworkPanel(host, { year: analysis.year, ready: besideAnalysis, added: analysis.addSheet }),
];

function applyStaticText(): void {
  document.documentElement.lang = lang;
  document.title = host.tr('title');
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    node.textContent = host.tr(node.dataset.i18n as Key);
  }
  for (const node of Array.from(document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]'))) {
    node.placeholder = host.tr(node.dataset.i18nPlaceholder as Key);
  }
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n-title]'))) {
    node.title = host.tr(node.dataset.i18nTitle as Key);
    node.setAttribute('aria-label', node.title);
  }
  byId('lang-th').setAttribute('aria-pressed', String(lang === 'th'));
  byId('lang-en').setAttribute('aria-pressed', String(lang === 'en'));
}

function renderAll(): void {
  applyStaticText();
  alert.render();
  for (const panel of panels) panel.render();
  host.tasks.refresh();
}

function setLang(next: Lang): void {
  if (next === lang) return;
  lang = next;
  saveLang(next);
  renderAll();
}

/** The state as sent, with every list present (an older server may leave some out). */
function readState(state: SidebarState): SidebarState {
  return {
    sheets: Array.isArray(state?.sheets) ? state.sheets.map(String) : [],
    detected: {
      sourceSheet: state?.detected?.sourceSheet ?? null,
      year: state?.detected?.year ?? null,
      agency: state?.detected?.agency ?? null,
    },
    divisions: Array.isArray(state?.divisions) ? state.divisions : [],
    plans: Array.isArray(state?.plans) ? state.plans.map(String) : [],
  };
}

const loading = host.tasks.add({ buttons: [], status: byId('loading'), ready: () => true, render: () => undefined, reveal: false });

function load(): void {
  loading.run('load', {
    read: () => ({}),
    call: () => call('getSidebarState'),
    done: (answer) => {
      const state = readState(answer);
      analysis.setState(state);
      divisions.setList(state.divisions);
      followUp.setPlans(state.plans);
      rollup.setSheets(state.sheets);
      loaded = true;
    },
    retry: true,
  });
}

byId('lang-th').addEventListener('click', () => setLang('th'));
byId('lang-en').addEventListener('click', () => setLang('en'));
renderAll();
load();
