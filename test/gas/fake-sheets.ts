/**
 * A recording fake of the Sheets service: keeps cell values so the add-on can read what it wrote,
 * and records every service call so tests can prove the call count does not grow with rows.
 * Builders and setters it does not model are chainable no-ops that are still recorded.
 */
type Cell = unknown;

/** Calls that make Apps Script flush pending writes before it can answer (data and rights reads). */
const READS =
  /(?:Protection\.getRange|\.(?:getValues|getFormulas|getDisplayValues|getDataRange|getLastRow|getLastColumn|getMaxRows|getMaxColumns|getProtections|getEditors|canDomainEdit|getDescription|getCharts|getConditionalFormatRules|findAll|getSpreadsheetTimeZone))$/;
/** Calls that change the document (builders only collect options and are left out). */
const WRITES =
  /^(Sheet|Range|RangeList|Protection|Spreadsheet)\.(set\w+|clear\w*|insert\w+|remove\w*|merge|breakApart|protect|addEditors|hideColumns|copyTo|delete\w+|activate)$/;

export class Recorder {
  calls: string[] = [];
  record(name: string): void {
    this.calls.push(name);
  }
  reset(): void {
    this.calls = [];
  }
  /** Reads issued after the first write of the run: each one costs a flush in Apps Script. */
  readsAfterWrites(): string[] {
    const first = this.calls.findIndex((c) => WRITES.test(c));
    return first < 0 ? [] : this.calls.slice(first).filter((c) => READS.test(c));
  }
}

/** Any method: record it and return the same proxy (builders, format setters). */
function chainable(rec: Recorder, kind: string, extra: Record<string, unknown> = {}): any {
  const target: Record<string, unknown> = { ...extra };
  const proxy: any = new Proxy(target, {
    get(t, prop: string) {
      if (prop in t) return t[prop];
      if (prop === 'then') return undefined;
      return (...args: unknown[]) => {
        rec.record(`${kind}.${prop}`);
        if (prop === 'build') return { kind, args };
        return proxy;
      };
    },
  });
  return proxy;
}

export class FakeProtection {
  editors: string[] = ['coordinator@example.go.th'];
  description = '';
  unprotected: FakeRange[] = [];
  removed = false;
  constructor(
    private rec: Recorder,
    readonly sheet: FakeSheet,
    readonly range: FakeRange | null,
  ) {}
  setDescription(d: string) {
    this.rec.record('Protection.setDescription');
    this.description = d;
    return this;
  }
  getDescription() {
    this.rec.record('Protection.getDescription');
    return this.description;
  }
  getEditors() {
    this.rec.record('Protection.getEditors');
    return [...this.editors];
  }
  removeEditors(e: string[]) {
    this.rec.record('Protection.removeEditors');
    this.editors = this.editors.filter((x) => !e.includes(x) || x === 'coordinator@example.go.th');
    return this;
  }
  addEditors(e: string[]) {
    this.rec.record('Protection.addEditors');
    this.editors.push(...e);
    return this;
  }
  canDomainEdit() {
    this.rec.record('Protection.canDomainEdit');
    return false;
  }
  /** A sheet protection's range is the whole sheet; ours are only asked of range protections. */
  getRange() {
    this.rec.record('Protection.getRange');
    return this.range ?? this.sheet.getDataRange();
  }
  setDomainEdit() {
    this.rec.record('Protection.setDomainEdit');
    return this;
  }
  setWarningOnly() {
    this.rec.record('Protection.setWarningOnly');
    return this;
  }
  setUnprotectedRanges(r: FakeRange[]) {
    this.rec.record('Protection.setUnprotectedRanges');
    this.unprotected = r;
    return this;
  }
  remove() {
    this.rec.record('Protection.remove');
    this.removed = true;
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
}

export class FakeRange {
  constructor(
    private rec: Recorder,
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    const proxy: FakeRange = new Proxy(this, {
      get(t, prop: string) {
        if (prop in t) return (t as any)[prop];
        return (..._args: unknown[]) => {
          rec.record(`Range.${prop}`);
          return proxy;
        };
      },
    });
    return proxy;
  }
  setValues(values: Cell[][]) {
    this.rec.record('Range.setValues');
    if (values.length !== this.rows || values.some((r) => r.length !== this.cols)) throw new Error('setValues: size mismatch');
    values.forEach((r, i) => r.forEach((v, j) => this.sheet.set(this.row + i, this.col + j, v)));
    return this;
  }
  getValues(): Cell[][] {
    this.rec.record('Range.getValues');
    return Array.from({ length: this.rows }, (_, i) => Array.from({ length: this.cols }, (_, j) => this.sheet.value(this.row + i, this.col + j)));
  }
  getFormulas(): string[][] {
    this.rec.record('Range.getFormulas');
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from({ length: this.cols }, (_, j) => {
        const v = this.sheet.get(this.row + i, this.col + j);
        return typeof v === 'string' && v.startsWith('=') ? v : '';
      }),
    );
  }
  setValue(v: Cell) {
    this.rec.record('Range.setValue');
    this.sheet.set(this.row, this.col, v);
    return this;
  }
  getSheet() {
    return this.sheet;
  }
  getRow() {
    return this.row;
  }
  getNumRows() {
    return this.rows;
  }
  getColumn() {
    return this.col;
  }
  getNumColumns() {
    return this.cols;
  }
  setDataValidation(rule: unknown) {
    this.rec.record('Range.setDataValidation');
    this.sheet.validations.push({ a1: this.a1(), rule });
    return this;
  }
  protect() {
    this.rec.record('Range.protect');
    const p = new FakeProtection(this.rec, this.sheet, this);
    this.sheet.protections.push(p);
    return p;
  }
  a1(): string {
    const letter = (c: number) => String.fromCharCode(64 + c);
    return `${letter(this.col)}${this.row}:${letter(this.col + this.cols - 1)}${this.row + this.rows - 1}`;
  }
}

export class FakeSheet {
  cells = new Map<string, Cell>();
  validations: { a1: string; rule: unknown }[] = [];
  protections: FakeProtection[] = [];
  conditional: unknown[] = [];
  charts: unknown[] = [];
  maxRows = 1000;
  maxCols = 26;
  constructor(
    private rec: Recorder,
    public name: string,
    readonly id: number,
    readonly parent: FakeSpreadsheet,
  ) {}
  set(r: number, c: number, v: Cell) {
    if (v === '' || v === null) this.cells.delete(`${r},${c}`);
    else this.cells.set(`${r},${c}`, v);
  }
  /** What was written: a formula stays its text ('=A1*2'). */
  get(r: number, c: number): Cell {
    return this.cells.get(`${r},${c}`) ?? '';
  }
  /** What getValues shows: a formula's result (the fake computes none: formulas people type show 0), text without its apostrophe. */
  value(r: number, c: number): Cell {
    const v = this.get(r, c);
    if (typeof v === 'string' && v.startsWith('=')) return this.formulaResults.get(`${r},${c}`) ?? 0;
    if (typeof v === 'string' && v.startsWith("'")) return v.slice(1);
    return v;
  }
  formulaResults = new Map<string, Cell>();
  /** Test helper: rows inserted above row `before` (1-based), as a person does in Sheets. */
  insertRowsBefore(before: number, n: number) {
    this.shift((r, c) => [r >= before ? r + n : r, c]);
  }
  /** Test helper: columns inserted before column `before` (1-based). */
  insertColumnsBefore(before: number, n: number) {
    this.shift((r, c) => [r, c >= before ? c + n : c]);
  }
  private shift(move: (r: number, c: number) => [number, number]) {
    const old = [...this.cells];
    this.cells.clear();
    for (const [k, v] of old) {
      const [r, c] = k.split(',').map(Number);
      const [r2, c2] = move(r, c);
      this.cells.set(`${r2},${c2}`, v);
    }
  }
  copyTo(ss: FakeSpreadsheet) {
    this.rec.record('Sheet.copyTo');
    const copy = ss.addSheet(`Copy of ${this.name}`);
    for (const [k, v] of this.cells) copy.cells.set(k, v);
    return copy;
  }
  setName(name: string) {
    this.rec.record('Sheet.setName');
    this.name = name;
    return this;
  }
  lastRow() {
    return Math.max(0, ...[...this.cells.keys()].map((k) => Number(k.split(',')[0])));
  }
  lastCol() {
    return Math.max(0, ...[...this.cells.keys()].map((k) => Number(k.split(',')[1])));
  }
  getName() {
    this.rec.record('Sheet.getName');
    return this.name;
  }
  getSheetId() {
    this.rec.record('Sheet.getSheetId');
    return this.id;
  }
  getParent() {
    this.rec.record('Sheet.getParent');
    return this.parent;
  }
  getRange(a: number | string, b?: number, c = 1, d = 1) {
    this.rec.record('Sheet.getRange');
    if (typeof a === 'string') {
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a)!;
      const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const r1 = Number(m[2]);
      const c1 = col(m[1]);
      const r2 = m[4] ? Number(m[4]) : r1;
      const c2 = m[3] ? col(m[3]) : c1;
      return new FakeRange(this.rec, this, r1, c1, r2 - r1 + 1, c2 - c1 + 1);
    }
    return new FakeRange(this.rec, this, a, b!, c, d);
  }
  getRangeList(a1s: string[]) {
    this.rec.record('Sheet.getRangeList');
    return chainable(this.rec, `RangeList(${a1s.length})`.replace(/\(\d+\)/, ''));
  }
  getDataRange() {
    this.rec.record('Sheet.getDataRange');
    return new FakeRange(this.rec, this, 1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastCol()));
  }
  getLastRow() {
    this.rec.record('Sheet.getLastRow');
    return this.lastRow();
  }
  getMaxRows() {
    this.rec.record('Sheet.getMaxRows');
    return this.maxRows;
  }
  getMaxColumns() {
    this.rec.record('Sheet.getMaxColumns');
    return this.maxCols;
  }
  insertRowsAfter(_after: number, n: number) {
    this.rec.record('Sheet.insertRowsAfter');
    this.maxRows += n;
    return this;
  }
  insertColumnsAfter(_after: number, n: number) {
    this.rec.record('Sheet.insertColumnsAfter');
    this.maxCols += n;
    return this;
  }
  clear() {
    this.rec.record('Sheet.clear');
    this.cells.clear();
    this.conditional = [];
    return this;
  }
  getCharts() {
    this.rec.record('Sheet.getCharts');
    return [...this.charts];
  }
  removeChart(c: unknown) {
    this.rec.record('Sheet.removeChart');
    this.charts = this.charts.filter((x) => x !== c);
  }
  insertChart(c: unknown) {
    this.rec.record('Sheet.insertChart');
    this.charts.push(c);
  }
  /** The chart's type and options are kept on what build() returns, for tests to read. */
  newChart() {
    this.rec.record('Sheet.newChart');
    const chart: { kind: string; type?: string; options: Record<string, unknown> } = { kind: 'ChartBuilder', options: {} };
    const builder: any = chainable(this.rec, 'ChartBuilder', {
      setChartType: (t: string) => (this.rec.record('ChartBuilder.setChartType'), (chart.type = t), builder),
      setOption: (k: string, v: unknown) => (this.rec.record('ChartBuilder.setOption'), (chart.options[k] = v), builder),
      build: () => (this.rec.record('ChartBuilder.build'), chart),
    });
    return builder;
  }
  setConditionalFormatRules(rules: unknown[]) {
    this.rec.record('Sheet.setConditionalFormatRules');
    this.conditional = rules;
  }
  /** Rules as set; a test seeds its own with getRanges() (the builder's output has none: ours). */
  getConditionalFormatRules() {
    this.rec.record('Sheet.getConditionalFormatRules');
    return this.conditional.map((r) =>
      (r as { getRanges?: unknown }).getRanges ? r : { ...(r as object), getRanges: () => [new FakeRange(this.rec, this, 4, 1, 1, 1)] },
    );
  }
  getProtections(kind: string) {
    this.rec.record('Sheet.getProtections');
    return this.protections.filter((p) => (kind === 'SHEET' ? p.range === null : p.range !== null));
  }
  protect() {
    this.rec.record('Sheet.protect');
    const p = new FakeProtection(this.rec, this, null);
    this.protections.push(p);
    return p;
  }
  setColumnWidth() {
    this.rec.record('Sheet.setColumnWidth');
    return this;
  }
  setFrozenRows() {
    this.rec.record('Sheet.setFrozenRows');
    return this;
  }
  setFrozenColumns() {
    this.rec.record('Sheet.setFrozenColumns');
    return this;
  }
  hideColumns() {
    this.rec.record('Sheet.hideColumns');
    return this;
  }
  setTabColor() {
    this.rec.record('Sheet.setTabColor');
    return this;
  }
  activate() {
    this.rec.record('Sheet.activate');
    return this;
  }
}

export class FakeSpreadsheet {
  sheets: FakeSheet[] = [];
  active: FakeSheet | null = null;
  /** The spreadsheet's own time zone (File > Settings), which may differ from the script's. */
  timeZone = 'Asia/Bangkok';
  constructor(private rec: Recorder) {}
  getSpreadsheetTimeZone() {
    this.rec.record('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }
  getSheetByName(name: string) {
    this.rec.record('Spreadsheet.getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name: string) {
    this.rec.record('Spreadsheet.insertSheet');
    const s = new FakeSheet(this.rec, name, 1000 + this.sheets.length, this);
    this.sheets.push(s);
    return s;
  }
  getSheets() {
    this.rec.record('Spreadsheet.getSheets');
    return [...this.sheets];
  }
  /** Not recorded: the service call is the copyTo that uses it. */
  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(this.rec, name, 1000 + this.sheets.length, this);
    this.sheets.push(s);
    return s;
  }
  createTextFinder(text: string) {
    this.rec.record('Spreadsheet.createTextFinder');
    const opts = { entire: false, regex: false };
    const finder = {
      matchEntireCell: (on: boolean) => (this.rec.record('TextFinder.matchEntireCell'), (opts.entire = on), finder),
      useRegularExpression: (on: boolean) => (this.rec.record('TextFinder.useRegularExpression'), (opts.regex = on), finder),
      findAll: () => {
        this.rec.record('TextFinder.findAll');
        const test = (v: string) =>
          opts.regex
            ? new RegExp(opts.entire ? `^(?:${text})$` : text, 'i').test(v)
            : opts.entire
              ? v.toLowerCase() === text.toLowerCase()
              : v.toLowerCase().includes(text.toLowerCase());
        const hits: FakeRange[] = [];
        for (const sheet of this.sheets) {
          for (const [k, v] of sheet.cells) {
            if (typeof v !== 'string' || v.startsWith('=') || !test(v)) continue;
            const [r, c] = k.split(',').map(Number);
            hits.push(new FakeRange(this.rec, sheet, r, c, 1, 1));
          }
        }
        return hits;
      },
    };
    return finder;
  }
  getUrl() {
    this.rec.record('Spreadsheet.getUrl');
    return 'https://docs.google.com/spreadsheets/d/FAKE/edit';
  }
  getActiveSheet() {
    this.rec.record('Spreadsheet.getActiveSheet');
    return this.active ?? this.sheets[0];
  }
  /** Test helper, not recorded: a sheet with values from A1. */
  seed(name: string, grid: Cell[][]): FakeSheet {
    const s = new FakeSheet(this.rec, name, 1000 + this.sheets.length, this);
    grid.forEach((r, i) => r.forEach((v, j) => s.set(i + 1, j + 1, v)));
    this.sheets.push(s);
    return s;
  }
}

/** Installs the fake as the Apps Script globals; returns the spreadsheet and the recorder. */
export function installFakeApps(): { ss: FakeSpreadsheet; rec: Recorder } {
  const rec = new Recorder();
  const ss = new FakeSpreadsheet(rec);
  const g = globalThis as any;
  g.SpreadsheetApp = {
    getActiveSpreadsheet: () => (rec.record('SpreadsheetApp.getActiveSpreadsheet'), ss),
    newConditionalFormatRule: () => chainable(rec, 'ConditionalFormatRuleBuilder'),
    newDataValidation: () => chainable(rec, 'DataValidationBuilder'),
    ProtectionType: { SHEET: 'SHEET', RANGE: 'RANGE' },
    getUi: () => chainable(rec, 'Ui', { ButtonSet: { OK: 'OK' } }),
  };
  g.Charts = { ChartType: { BAR: 'BAR', LINE: 'LINE' } };
  g.LockService = { getDocumentLock: () => ({ tryLock: () => (rec.record('Lock.tryLock'), true), releaseLock: () => rec.record('Lock.releaseLock') }) };
  g.HtmlService = { createHtmlOutputFromFile: () => chainable(rec, 'HtmlOutput') };
  // Only the patterns the add-on uses: a calendar day in a time zone, and the zone's offset ('+0700').
  g.Utilities = {
    formatDate: (date: Date, zone: string, pattern: string) => {
      if (pattern === 'Z') {
        const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
          .formatToParts(date)
          .find((p) => p.type === 'timeZoneName')!.value;
        const [, sign, h, m] = /^GMT(?:([+-])(\d\d):(\d\d))?$/.exec(name)!;
        return sign ? `${sign}${h}${m}` : '+0000';
      }
      if (pattern !== 'yyyy-MM-dd') throw new Error(`fake Utilities.formatDate: pattern ${pattern}`);
      return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
    },
  };
  return { ss, rec };
}
