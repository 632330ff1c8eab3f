/**
 * Each layer is compiled with only the globals of where it runs (tsconfig per layer, tsc -b):
 * a probe placed in the layer's folder is checked with that layer's options, one global per line.
 */
import { join } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..', '..');
const PROBED = ['setTimeout', 'Buffer', 'process', 'window', 'document', 'SpreadsheetApp', 'console'];

/** The globals of PROBED that the layer's tsconfig knows. */
function knownGlobals(layer: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(root, layer, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`${layer}/tsconfig.json could not be read`);
  const options = { ...parsed.options, composite: false, declaration: false, emitDeclarationOnly: false, incremental: false, noEmit: true };
  const probe = join(root, layer, '__layer_probe__.ts');
  const text = PROBED.map((name, i) => `export const g${i} = typeof ${name};`).join('\n');
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, lang, ...rest) => (file === probe ? ts.createSourceFile(file, text, lang) : getSourceFile(file, lang, ...rest));
  const program = ts.createProgram([probe], options, host);
  const source = program.getSourceFile(probe)!;
  const unknownLines = new Set(program.getSemanticDiagnostics(source).map((d) => source.getLineAndCharacterOfPosition(d.start ?? 0).line));
  return PROBED.filter((_, line) => !unknownLines.has(line));
}

describe('one tsconfig per layer', () => {
  test('core knows no timer, Node, DOM, Apps Script or console global', () => {
    expect(knownGlobals('src/core')).toEqual([]);
  });

  test("report-docx runs in the browser and in Node: neither one's globals", () => {
    expect(knownGlobals('src/report-docx')).toEqual([]);
  });

  test('Apps Script code sees its services and its console, no DOM or Node', () => {
    expect(knownGlobals('src/gas')).toEqual(['SpreadsheetApp', 'console']);
  });

  test('the command line sees Node, no DOM or Apps Script', () => {
    expect(knownGlobals('src/cli')).toEqual(['setTimeout', 'Buffer', 'process', 'console']);
  });

  test('the sidebar sees the DOM, no Node or Apps Script', () => {
    expect(knownGlobals('sidebar')).toEqual(['setTimeout', 'window', 'document', 'console']);
  });
});
