/** Draws what Share answered: the addresses to share the file with, rows per division, notes. */
import type { ShareResult } from '../src/gas/contract';
import type { Host } from './host';
import { autosize, fill, h } from './view';

function copyAddresses(host: Host, text: string, area: HTMLTextAreaElement, button: HTMLButtonElement): void {
  const copied = () => {
    button.textContent = host.tr('copied');
    window.setTimeout(() => {
      button.textContent = host.tr('copy');
    }, 2000);
  };
  const fallback = () => {
    area.focus();
    area.select();
    try {
      if (document.execCommand('copy')) copied();
    } catch {
      /* the addresses stay selected for Ctrl+C */
    }
  };
  if (navigator.clipboard?.writeText) navigator.clipboard.writeText(text).then(copied, fallback);
  else fallback();
}

export function renderShare(host: Host, box: HTMLElement, r: ShareResult): void {
  const tr = host.tr;
  const shareWith = Array.isArray(r.shareWith) ? r.shareWith : [];
  const divisions = Array.isArray(r.divisions) ? r.divisions : [];
  const notes = [...(Array.isArray(r.warnings) ? r.warnings : []), ...(Array.isArray(r.notes) ? r.notes : [])];
  const views = Array.isArray(r.views) ? r.views : [];
  const joined = shareWith.join(', ');
  const area = h('textarea', {
    className: 'share-addresses',
    attrs: { id: 'share-addresses', readonly: true, rows: Math.min(6, Math.max(2, shareWith.length)), spellcheck: 'false' },
  });
  area.value = joined;
  const copy = h('button', {
    className: 'btn btn-small',
    text: tr('copy'),
    attrs: { type: 'button', id: 'share-copy' },
    on: { click: () => copyAddresses(host, joined, area, copy) },
  });
  fill(
    box,
    h('h3', { text: tr('shareHeading') }),
    h('p', { className: 'note', text: tr('shareWithNote') }),
    shareWith.length
      ? h(
          'div',
          { className: 'field' },
          h('div', { className: 'division-head' }, h('label', { text: tr('addresses'), attrs: { for: 'share-addresses' } }), copy),
          area,
        )
      : h('p', { className: 'empty', text: tr('shareNobody') }),
    divisions.length
      ? h(
          'div',
          { className: 'share-divisions' },
          h('h4', { text: tr('rowsPerDivision') }),
          h(
            'ul',
            { className: 'share-division-list' },
            ...divisions.map((d) =>
              h(
                'li',
                {},
                h('span', { className: 'share-division-name', text: String(d.name) }),
                h('span', { className: 'share-rows', text: tr('rows', { n: d.rows ?? 0 }) }),
              ),
            ),
          ),
        )
      : null,
    h('p', { className: 'hint', text: tr('protections', { added: r.protectionsAdded ?? 0, removed: r.protectionsRemoved ?? 0 }) }),
    views.length ? h('p', { className: 'hint', text: tr('views', { list: views.join(', ') }) }) : null,
    notes.length ? h('div', { className: 'notes' }, h('h4', { text: tr('notes') }), h('ul', {}, ...notes.map((n) => h('li', { text: host.pick(n) })))) : null,
  );
  autosize(area);
}
