/**
 * The server functions, called through google.script.run and wrapped in promises. Names, arguments
 * and answers come from the one table of server functions (src/gas/server-functions.ts).
 */
import type { AnswerOf, SentOf, SidebarName } from '../src/gas/server-functions';

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

export function call<K extends SidebarName>(name: K, ...args: SentOf<K>): Promise<AnswerOf<K>> {
  return new Promise((resolve, reject) => {
    const google = (window as unknown as { google?: GoogleClient }).google;
    const run = google?.script?.run;
    if (!run) {
      reject(new NoServerError());
      return;
    }
    const runner = run.withSuccessHandler((value) => resolve(value as AnswerOf<K>)).withFailureHandler((error) => reject(new ServerError(errorMessage(error))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new NoServerError());
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args as unknown[]);
  });
}
