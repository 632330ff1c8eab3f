/** Draws what Generate answered: score, level, counts, links to the sheets, notes and warnings. */
import type { GenerateResult } from '../src/gas/contract';
import type { Host } from './host';
import { formatScore, h, levelTone, sheetLink } from './view';

function stat(host: Host, name: 'passing' | 'failing' | 'measures', value: number): HTMLElement {
  return h(
    'div',
    { className: `stat stat-${name}`, attrs: { 'data-stat': name } },
    h('dt', { className: 'stat-label', text: host.tr(name) }),
    h('dd', { className: 'stat-value', text: String(value ?? 0) }),
  );
}

/** The result's parts, each server text through textContent. */
export function resultParts(host: Host, r: GenerateResult): (HTMLElement | null)[] {
  const tr = host.tr;
  const level = host.lang() === 'en' ? r.levelEn || r.level : r.level || r.levelEn;
  const warnings = Array.isArray(r.warnings) ? r.warnings : [];
  return [
    h('h3', { className: 'result-heading visually-hidden', text: tr('resultHeading') }),
    h(
      'div',
      { className: 'score-row' },
      h(
        'div',
        { className: 'score-box' },
        h('span', { className: 'score-label', text: tr('score') }),
        h('span', { className: 'score-value', text: formatScore(r.score) }),
      ),
      h(
        'div',
        { className: 'level-box' },
        h('span', { className: 'score-label', text: tr('level') }),
        h('span', { className: `level-badge tone-${levelTone(r.levelEn || '')}`, text: level }),
      ),
    ),
    h('dl', { className: 'stats' }, stat(host, 'passing', r.passing), stat(host, 'failing', r.failing), stat(host, 'measures', r.measures)),
    h(
      'div',
      { className: 'links' },
      h('h4', { text: tr('sheetsCreated') }),
      h('ul', { className: 'link-list' }, h('li', {}, sheetLink(r.analysisSheet, r.analysisSheetId, r)), h('li', {}, sheetLink(r.planSheet, r.planSheetId, r))),
    ),
    r.obsolete || r.keptForWork ? h('p', { className: 'obsolete-count', text: tr('obsoleteCount', { n: r.obsolete ?? 0, kept: r.keptForWork ?? 0 }) }) : null,
    r.oldPlan ? h('p', { className: 'old-plan', text: tr('oldPlan', { sheet: String(r.oldPlan.sheet), n: r.oldPlan.unfinished ?? 0 }) }) : null,
    r.path ? h('p', { className: 'path' }, h('strong', { text: `${tr('path')}: ` }), h('span', { className: 'path-text', text: host.pick(r.path) })) : null,
    r.framework
      ? h(
          'p',
          { className: 'framework-used' },
          h('strong', { text: `${tr('framework')}: ` }),
          h('span', { className: 'framework-text', text: host.pick(r.framework) }),
        )
      : null,
    warnings.length
      ? h(
          'div',
          { className: 'warnings' },
          h('h4', { text: tr('warnings') }),
          h('ul', { className: 'warning-list' }, ...warnings.map((w) => h('li', { text: host.pick(w) }))),
        )
      : null,
  ];
}
