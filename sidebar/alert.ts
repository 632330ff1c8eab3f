/**
 * The alert at the top of the sidebar: a failure in the server's own words (the half in the
 * sidebar's language) or one of ours, with "try again" when the work can be repeated.
 */
import type { Failures } from './busy';
import { type Lang, type Msg, messageFor, t } from './i18n';
import { NoServerError, ServerError } from './rpc';
import { byId, show } from './view';

/** What the user sees: server words (split per language) or one of ours. */
export type AlertContent = { server: string } | { msg: Msg };

export function describeFailure(error: unknown): AlertContent {
  if (error instanceof ServerError && error.message.trim()) return { server: error.message };
  if (error instanceof NoServerError) return { msg: { key: 'noServer' } };
  if (!(error instanceof ServerError)) console.error(error);
  return { msg: { key: 'unknownError' } };
}

export class Alert implements Failures {
  private content: AlertContent | null = null;
  private retry: (() => void) | undefined;
  private readonly box = byId('alert');
  private readonly text = byId('alert-text');
  private readonly retryButton = byId<HTMLButtonElement>('alert-retry');

  constructor(private readonly lang: () => Lang) {
    byId<HTMLButtonElement>('alert-dismiss').addEventListener('click', () => this.clear());
    this.retryButton.addEventListener('click', () => {
      const retry = this.retry;
      this.clear();
      retry?.();
    });
  }

  fail(error: unknown, retry?: () => void): void {
    this.content = describeFailure(error);
    this.retry = retry;
    this.render();
  }

  clear(): void {
    this.content = null;
    this.retry = undefined;
    this.render();
  }

  render(): void {
    const c = this.content;
    show(this.box, c !== null);
    if (!c) {
      this.text.textContent = '';
      return;
    }
    const lang = this.lang();
    const words = 'server' in c ? messageFor(c.server, lang) : t(c.msg.key, lang, c.msg.vars);
    this.text.textContent = words || t('unknownError', lang);
    show(this.retryButton, Boolean(this.retry));
  }
}
