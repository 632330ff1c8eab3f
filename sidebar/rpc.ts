/** The server functions, called through google.script.run and wrapped in promises. */
import type {
  Division,
  FrameworkOptions,
  FrameworkResult,
  GenerateOptions,
  GenerateResult,
  ProgressRequest,
  ProgressSheetResult,
  ReportRequest,
  RollupOptions,
  RollupResult,
  ShareResult,
  SidebarState,
  TemplateOptions,
  TemplateResult,
} from '../src/gas/contract';
import type { ProgressReportModel, ReportModel } from '../src/core/report';

export interface ServerApi {
  getSidebarState(): SidebarState;
  generateAnalysis(options: GenerateOptions): GenerateResult;
  insertScoreTemplate(options: TemplateOptions): TemplateResult;
  insertFramework(options: FrameworkOptions): FrameworkResult;
  saveDivisions(divisions: Division[]): Division[];
  /** Without a list: the list saved in หน่วยงานภายใน is applied again (rights back in line with the owners after a sort). */
  shareWithDivisions(divisions?: Division[]): ShareResult;
  getReportData(options: ReportRequest): ReportModel;
  writeProgressSheet(options: ProgressRequest): ProgressSheetResult;
  getProgressData(options: ProgressRequest): ProgressReportModel;
  summarizeAgencies(options: RollupOptions): RollupResult;
}

type ServerName = keyof ServerApi;

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

interface GoogleClient {
  script?: { run?: ScriptRunner };
}

/** Raised when the page is not running inside Apps Script (no google.script.run). */
export class NoServerError extends Error {}

/** A server function failed; `message` is the server's 'Thai / English' words. */
export class ServerError extends Error {}

/** The message of whatever the failure handler received: an Error, a string, or anything else. */
export function errorMessage(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && 'message' in error) {
    const m = (error as { message: unknown }).message;
    if (typeof m === 'string') return m;
  }
  return '';
}

export function call<K extends ServerName>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const google = (window as unknown as { google?: GoogleClient }).google;
    const run = google?.script?.run;
    if (!run) {
      reject(new NoServerError());
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(new ServerError(errorMessage(error))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new NoServerError());
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}
