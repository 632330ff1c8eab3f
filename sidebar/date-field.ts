/**
 * A date field as Thai officers fill it: typed ('20 พ.ย. 2568', '20/11/2568', '2568-11-20', Thai
 * digits) or picked from the browser's calendar beside it; the day is shown back in B.E. under the
 * field, or what could not be read. The server reads the same text again (parseDocDate).
 */
import { dayToIso, thaiDate, type Day } from '../src/core/dates';
import { parseDocDate } from '../src/core/report/date-text';
import type { Key, Vars } from './i18n';
import { h } from './view';

export interface DateField {
  /** The day as ISO (C.E.); undefined when blank; null when it cannot be read (the field says so). */
  read: () => string | undefined | null;
  /** Shows the echo again in the current language. */
  render: () => void;
}

/**
 * Fills `<div data-date-field="ID" data-label="KEY" data-hint="KEY">` with the label, the text input
 * #ID, the calendar #ID-picker, the echo #ID-echo and the hint; the texts come from data-i18n.
 */
function build(id: string): { input: HTMLInputElement; picker: HTMLInputElement; echo: HTMLElement } {
  const box = document.querySelector<HTMLElement>(`[data-date-field="${id}"]`);
  if (!box) throw new Error(`sidebar: date field ${id} missing`);
  const input = h('input', {
    attrs: { id, type: 'text', maxlength: 40, autocomplete: 'off', 'data-i18n-placeholder': 'datePlaceholder', 'aria-describedby': `${id}-echo ${id}-hint` },
  });
  const picker = h('input', { className: 'date-picker', attrs: { id: `${id}-picker`, type: 'date', 'data-i18n-title': 'pickDate' } });
  const echo = h('p', { className: 'hint', attrs: { id: `${id}-echo`, 'aria-live': 'polite', hidden: true } });
  box.replaceChildren(
    h('label', { attrs: { for: id, 'data-i18n': box.dataset.label } }),
    h('div', { className: 'inline' }, input, picker),
    echo,
    h('p', { className: 'hint', attrs: { id: `${id}-hint`, 'data-i18n': box.dataset.hint } }),
  );
  return { input, picker, echo };
}

/** `id` names the field's box (data-date-field) and its text input. */
export function dateField(id: string, tr: (key: Key, vars?: Vars) => string): DateField {
  const { input, picker, echo } = build(id);
  const parse = (): Day | undefined | null => {
    const text = input.value.trim();
    if (!text) return undefined;
    try {
      return parseDocDate(text, { th: '', en: '' });
    } catch {
      return null;
    }
  };
  const render = () => {
    const day = parse();
    echo.hidden = day === undefined;
    echo.classList.toggle('field-error', day === null);
    echo.textContent = day ? tr('dateEcho', { date: thaiDate(day) }) : day === null ? tr('errDate') : '';
    if (day === null) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };
  picker.addEventListener('change', () => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(picker.value)) {
      const [y, m, d] = picker.value.split('-').map(Number);
      input.value = thaiDate({ y, m, d }, { short: true });
    }
    render();
  });
  input.addEventListener('input', render);
  return {
    read: () => {
      render();
      const day = parse();
      return day ? dayToIso(day) : day;
    },
    render,
  };
}
