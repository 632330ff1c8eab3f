/**
 * The add-on's server functions (Generate, Share, the sidebar's calls, the menu's actions): each
 * name of the table in server-functions.ts bound to its handler, the argument checked against the
 * declared schema first.
 */
import { parseArg } from './args';
import * as frameworks from './framework';
import * as gen from './generate';
import * as progress from './progress';
import * as report from './report';
import * as rollup from './rollup';
import { SERVER_FUNCTIONS, type AnswerOf, type ArgOf, type Declaration, type Handlers, type ServerName } from './server-functions';
import * as share from './share';
import * as ui from './sidebar-api';

const handlers: Handlers = {
  getSidebarState: () => ui.getSidebarState(),
  generateAnalysis: (options) => gen.generateAnalysis(options),
  insertScoreTemplate: (options) => gen.insertScoreTemplate(options),
  insertFramework: (options) => frameworks.insertFramework(options),
  saveDivisions: (divisions) => ui.saveDivisions(divisions),
  shareWithDivisions: (divisions) => share.shareWithDivisions(divisions),
  getReportData: (options) => report.getReportData(options),
  writeProgressSheet: (options) => progress.writeProgressSheet(options),
  getProgressData: (options) => progress.getProgressData(options),
  summarizeAgencies: (options) => rollup.summarizeAgencies(options),
  menuInsertTemplate: () => gen.insertScoreTemplate({}),
  menuGenerate: () => gen.generateAnalysis({}),
  menuInsertFramework: () => frameworks.menuInsertFramework(),
  menuRollup: () => rollup.menuRollup(),
  menuShare: () => share.shareWithDivisions(null),
};

export type ServerFunctions = { [K in ServerName]: (arg?: unknown) => AnswerOf<K> };

function checked<K extends ServerName>(name: K): (arg?: unknown) => AnswerOf<K> {
  const declared: Declaration = SERVER_FUNCTIONS[name];
  const handler = handlers[name] as (arg: ArgOf<K>) => AnswerOf<K>;
  // Keyed by its name so the function is called that in a stack trace in the execution log.
  const named = { [name]: (arg?: unknown) => handler((declared.arg ? parseArg(declared.arg.schema, arg, declared.arg.name) : undefined) as ArgOf<K>) };
  return named[name];
}

/** Each server function as Apps Script calls it: whatever arrives is checked, in words naming the field. */
export const server = Object.fromEntries((Object.keys(SERVER_FUNCTIONS) as ServerName[]).map((name) => [name, checked(name)])) as ServerFunctions;
