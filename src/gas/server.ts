/** The add-on's server functions (Generate, Share, the sidebar's calls). */
import * as frameworks from './framework';
import * as gen from './generate';
import * as progress from './progress';
import * as report from './report';
import * as rollup from './rollup';
import * as share from './share';
import * as ui from './sidebar-api';

export const server = {
  getSidebarState: () => ui.getSidebarState(),
  saveDivisions: (divisions?: unknown) => ui.saveDivisions(divisions),
  generateAnalysis: (options?: unknown) => gen.generateAnalysis(options),
  insertScoreTemplate: (options?: unknown) => gen.insertScoreTemplate(options),
  shareWithDivisions: (divisions?: unknown) => share.shareWithDivisions(divisions),
  getReportData: (options?: unknown) => report.getReportData(options),
  insertFramework: (options?: unknown) => frameworks.insertFramework(options),
  menuInsertFramework: () => frameworks.menuInsertFramework(),
  writeProgressSheet: (options?: unknown) => progress.writeProgressSheet(options),
  getProgressData: (options?: unknown) => progress.getProgressData(options),
  summarizeAgencies: (options?: unknown) => rollup.summarizeAgencies(options),
  menuRollup: () => rollup.menuRollup(),
};

export type ServerApi = typeof server;
