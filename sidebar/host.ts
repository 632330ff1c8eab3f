/** What the sidebar gives each panel: its words, the language, the server tasks, and whether the state has loaded. */
import type { Tasks } from './busy';
import type { Key, Lang, Vars } from './i18n';

export interface Host {
  tr(key: Key, vars?: Vars): string;
  lang(): Lang;
  /** A server message's half in the sidebar's language (the other half when it is empty). */
  pick(m: { th: string; en: string }): string;
  tasks: Tasks;
  /** The spreadsheet's state has arrived. */
  loaded(): boolean;
}

/** A panel: owns its elements and state, and draws them again on demand (e.g. after a language switch). */
export interface Panel {
  render(): void;
}
