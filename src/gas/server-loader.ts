/**
 * Loads the server code from the project's server.html on first use in an execution, as the
 * recommendation catalogue is loaded: a custom function's call never pays for it. The file is
 * our own bundle (scripts/build.mjs), not anything from the sheet or the network.
 */
import type { ServerApi } from './server';

/** The global name the server bundle assigns (scripts/build.mjs). */
export const SERVER_GLOBAL = 'ITA_SERVER';

let loaded: ServerApi | null = null;

export function server(): ServerApi {
  if (!loaded) {
    const code = HtmlService.createHtmlOutputFromFile('server').getContent();
    loaded = (new Function(`${code}\nreturn ${SERVER_GLOBAL}.server;`) as () => ServerApi)();
  }
  return loaded;
}
