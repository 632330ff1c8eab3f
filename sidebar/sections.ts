/**
 * The panels as collapsible sections (<details data-section>): the analysis open at first, later
 * the section the coordinator used last (opened, or ran something in), remembered in localStorage
 * when the Apps Script iframe allows it, else for this page only.
 */
const STORAGE_KEY = 'ita-sidebar-section';
const FIRST = 'analysis';

function loadSection(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function saveSection(name: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, name);
  } catch {
    /* storage unavailable: the analysis opens first next time */
  }
}

export interface Sections {
  /** Opens the section holding `node` (a result arrived there) and remembers it as used. */
  reveal(node: HTMLElement): void;
}

export function sections(): Sections {
  const all = Array.from(document.querySelectorAll<HTMLDetailsElement>('details[data-section]'));
  const stored = loadSection();
  const first = all.some((d) => d.dataset.section === stored) ? stored : FIRST;
  for (const d of all) {
    d.open = d.dataset.section === first;
    // Saved as the heading is pressed (click or keyboard), before the page may be closed; the
    // 'toggle' event would come a task later.
    d.querySelector(':scope > summary')?.addEventListener('click', () => {
      if (!d.open && d.dataset.section) saveSection(d.dataset.section);
    });
  }
  return {
    reveal(node) {
      const section = node.closest<HTMLDetailsElement>('details[data-section]');
      if (!section?.dataset.section) return;
      section.open = true;
      saveSection(section.dataset.section);
    },
  };
}
