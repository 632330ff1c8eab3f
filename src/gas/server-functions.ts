/**
 * Every server function Apps Script calls by name (google.script.run from the sidebar, the menu),
 * declared once: the words on its top-level function, who calls it, its argument's schema and the
 * type of its answer. From this table scripts/build.mjs writes Code.js's top-level forwarders,
 * server.ts binds each name to its handler (a missing or an extra one does not compile) and checks
 * the argument, and the sidebar's client (sidebar/rpc.ts) takes its names and types.
 * No Apps Script service here: the sidebar and the build read this file.
 */
import type * as z from 'zod/mini';
import type { ProgressReportModel, ReportModel } from '../core/report';
import * as args from './args';
import type { Division, FrameworkResult, GenerateResult, ProgressSheetResult, RollupResult, ShareResult, SidebarState, TemplateResult } from './contract';

declare const ANSWER: unique symbol;
/** The type of a function's answer, carried for the handlers and the sidebar's client (empty at run time). */
export interface Answer<T> {
  readonly [ANSWER]?: T;
}
const answer = <T>(): Answer<T> => ({});

export interface Declaration {
  /** The JSDoc of its top-level function in Code.js. */
  doc: string;
  /** 'menu': an item of the add-on menu (no argument); 'sidebar': called through google.script.run. */
  caller: 'sidebar' | 'menu';
  arg?: { name: args.ArgumentName; schema: z.ZodMiniType };
  answer: Answer<unknown>;
}

/** A function the sidebar calls with one argument, checked against `schema`. */
function withArgument<R, S extends z.ZodMiniType>(doc: string, answer: Answer<R>, name: args.ArgumentName, schema: S) {
  return { doc, caller: 'sidebar' as const, arg: { name, schema }, answer };
}

/** A function called without an argument, by the sidebar or as a menu item. */
function without<R, C extends Declaration['caller']>(caller: C, doc: string, answer: Answer<R>) {
  return { doc, caller, answer };
}

export const SERVER_FUNCTIONS = {
  getSidebarState: without('sidebar', 'Sidebar: sheets, the detected score sheet, divisions.', answer<SidebarState>()),
  generateAnalysis: withArgument(
    'Sidebar: writes the analysis and plan sheets; returns plain data for the sidebar.',
    answer<GenerateResult>(),
    'options',
    args.generateOptionsSchema,
  ),
  insertScoreTemplate: withArgument('Sidebar: inserts the score template.', answer<TemplateResult>(), 'options', args.templateOptionsSchema),
  insertFramework: withArgument(
    'Sidebar: copies a built-in framework (year, agency group) into a new กรอบการประเมิน sheet to edit.',
    answer<FrameworkResult>(),
    'options',
    args.frameworkOptionsSchema,
  ),
  saveDivisions: withArgument('Sidebar: saves the divisions and their e-mail addresses.', answer<Division[]>(), 'divisions', args.divisionsSchema),
  shareWithDivisions: withArgument(
    'Sidebar: gives each division edit rights on its own rows of the plan; without a list, the list saved in หน่วยงานภายใน is applied again.',
    answer<ShareResult>(),
    'divisions',
    args.shareDivisionsSchema,
  ),
  getReportData: withArgument(
    "Sidebar: the published document's data (analysis + measures as they are now); the sidebar writes the .docx.",
    answer<ReportModel>(),
    'options',
    args.reportOptionsSchema,
  ),
  writeProgressSheet: withArgument(
    'Sidebar: writes the follow-up sheet (ติดตามมาตรการ ITA) for a round.',
    answer<ProgressSheetResult>(),
    'options',
    args.progressOptionsSchema,
  ),
  getProgressData: withArgument(
    "Sidebar: the follow-up report's data for a round; the sidebar writes the .docx.",
    answer<ProgressReportModel>(),
    'options',
    args.progressOptionsSchema,
  ),
  summarizeAgencies: withArgument(
    'Sidebar: the roll-up sheets from a table of agencies (สรุปหลายหน่วยงาน).',
    answer<RollupResult>(),
    'options',
    args.rollupOptionsSchema,
  ),
  menuInsertTemplate: without('menu', 'Menu: inserts the score template sheet.', answer<TemplateResult>()),
  menuGenerate: without('menu', 'Menu: generates the analysis and the plan from the detected score sheet.', answer<GenerateResult>()),
  menuInsertFramework: without(
    'menu',
    "Menu: copies the built-in framework of the score sheet's year into a new กรอบการประเมิน sheet.",
    answer<FrameworkResult>(),
  ),
  menuRollup: without('menu', 'Menu: the roll-up sheets from the tables of agencies in the spreadsheet.', answer<void>()),
  menuShare: without('menu', "Menu: shares the plan's rows with the divisions listed in the divisions sheet.", answer<ShareResult>()),
} satisfies Record<string, Declaration>;

type Table = typeof SERVER_FUNCTIONS;
export type ServerName = keyof Table;
/** The names the sidebar may call. */
export type SidebarName = { [K in ServerName]: Table[K]['caller'] extends 'sidebar' ? K : never }[ServerName];
/** What a handler receives: the argument as its schema parsed it (undefined for a function without one). */
export type ArgOf<K extends ServerName> = Table[K] extends { arg: { schema: infer S } } ? z.output<S> : undefined;
/** What a caller sends: nothing, the argument, or the argument left out when its schema allows. */
export type SentOf<K extends ServerName> = Table[K] extends { arg: { schema: infer S } }
  ? undefined extends z.input<S>
    ? [arg?: z.input<S>]
    : [arg: z.input<S>]
  : [];
export type AnswerOf<K extends ServerName> = Table[K]['answer'] extends Answer<infer T> ? T : never;
/** One handler per declared name, taking the parsed argument and giving the declared answer. */
export type Handlers = { [K in ServerName]: (arg: ArgOf<K>) => AnswerOf<K> };
