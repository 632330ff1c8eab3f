/**
 * DOM building for the sidebar. Text from the server only ever enters through textContent, value
 * or attributes set here; nothing in the sidebar's script writes HTML.
 */

type Child = Node | string | null | undefined | false;

export interface Props {
  className?: string;
  text?: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: Partial<Record<keyof HTMLElementEventMap, (ev: Event) => void>>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, handler] of Object.entries(props.on ?? {})) {
    if (handler) node.addEventListener(type, handler);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`sidebar: #${id} missing`);
  return node as T;
}

/** Replaces an element's children. */
export function fill(parent: HTMLElement, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function show(node: HTMLElement, visible: boolean): void {
  node.hidden = !visible;
}

/** Fills a <select> with options, keeping `selected` chosen when present. */
export function setOptions(select: HTMLSelectElement, options: { value: string; label: string }[], selected: string): void {
  fill(select);
  for (const o of options) {
    const option = document.createElement('option');
    option.value = o.value;
    option.textContent = o.label;
    if (o.value === selected) option.selected = true;
    select.appendChild(option);
  }
}

/** 96.466 → '96.47' (display only; the server already rounded). */
export function formatScore(score: number): string {
  return Number.isFinite(score) ? score.toFixed(2) : '–';
}

/** Colour family of a level, from its English name (pass levels) or letter band. */
export function levelTone(levelEn: string): 'good' | 'warn' | 'bad' | 'neutral' {
  const en = levelEn.trim().toLowerCase();
  if (/urgent/.test(en) || /^[def]$/.test(en)) return 'bad';
  if (/improvement/.test(en) || /^[bc]$/.test(en)) return 'warn';
  if (/^pass/.test(en) || /^a{1,2}$/.test(en)) return 'good';
  return 'neutral';
}

/** Grows a textarea to show all its lines (long addresses wrap at 300 px). */
export function autosize(area: HTMLTextAreaElement): void {
  if (!area.isConnected || area.offsetParent === null) return; // hidden: keep its rows
  area.style.height = 'auto';
  const border = area.offsetHeight - area.clientHeight;
  area.style.height = `${Math.min(area.scrollHeight + border, 240)}px`;
}

/** A link that jumps to a sheet of the spreadsheet (its gid), in the spreadsheet's own tab. */
export function sheetHref(gid: number, result: { spreadsheetUrl?: string } | null): string {
  const id = Number.isFinite(Number(gid)) ? Math.trunc(Number(gid)) : 0;
  const url = typeof result?.spreadsheetUrl === 'string' ? result.spreadsheetUrl : '';
  if (/^https:\/\/docs\.google\.com\/spreadsheets\/d\/[\w-]+/.test(url)) return `${url.split('#')[0]}#gid=${id}`;
  return `#gid=${id}`;
}

export function sheetLink(name: string, gid: number, result: { spreadsheetUrl?: string } | null): HTMLAnchorElement {
  return h('a', {
    className: 'sheet-link',
    text: name,
    attrs: { href: sheetHref(gid, result), target: '_top', 'data-gid': String(Math.trunc(Number(gid)) || 0) },
  });
}
