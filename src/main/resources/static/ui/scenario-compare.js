// Two options of an evaluated scenario set side by side: A and B (the baseline and the first option unless
// chosen), each measure of both and the difference B − A, and the pair as CSV for a spreadsheet.
import { clear, el } from './dom.js';
import { t } from './i18n.js';
import { measureLabel, number, signed } from './format.js';

const $ = id => document.getElementById(id);
const chosen = { a: null, b: null };

/** A CSV field as the service's exports write it (CsvExport.field): quoted when needed, formulas neutralised. */
function field(text) {
  let value = String(text ?? '');
  if (/^[=+\-@\t\r]/.test(value) && !/^[-+]?\d+([.,]\d+)?$/.test(value)) value = `'${value}`;
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A number as the service's CSV writes it: whole numbers plain, others with two decimals. */
const csvNumber = n => (n === undefined ? '' : Number.isInteger(n) ? String(n) : n.toFixed(2));

/** Measure key, A, B and B − A (undefined where either lacks the measure), for every measure of either. */
function pairRows(a, b) {
  const keys = [...new Set([...Object.keys(a.measures || {}), ...Object.keys(b.measures || {})])];
  return keys.map(key => {
    const x = a.measures?.[key];
    const y = b.measures?.[key];
    return { key, a: x, b: y, diff: x === undefined || y === undefined ? undefined : y - x };
  });
}

export function pairCsv(a, b) {
  return [['measure', a.scenario, b.scenario, `${b.scenario} - ${a.scenario}`].map(field).join(','),
    ...pairRows(a, b).map(r => [field(r.key), csvNumber(r.a), csvNumber(r.b), csvNumber(r.diff)].join(','))]
    .join('\n') + '\n';
}

/** Fills the two selects and the pair table from the comparison's rows; keeps a choice that is still there. */
export function renderPair(results) {
  const names = results.rows.map(r => r.scenario);
  if (!names.includes(chosen.a)) chosen.a = names[0];
  if (!names.includes(chosen.b)) chosen.b = names[1] ?? names[0];
  for (const side of ['a', 'b']) {
    const select = $(`compare-${side}`);
    clear(select, names.map(name => el('option', { value: name, selected: name === chosen[side] }, name)));
    select.onchange = () => {
      chosen[side] = select.value;
      renderPair(results);
    };
  }
  const a = results.rows.find(r => r.scenario === chosen.a);
  const b = results.rows.find(r => r.scenario === chosen.b);
  const shown = n => (n === undefined ? '–' : number(n));
  clear($('pair-table'),
    el('caption', {}, t('compare.caption', { a: a.scenario, b: b.scenario })),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('scenarios.measure')),
      el('th', { scope: 'col', class: 'num' }, `A: ${a.scenario}`), el('th', { scope: 'col', class: 'num' }, `B: ${b.scenario}`),
      el('th', { scope: 'col', class: 'num' }, t('compare.difference')))),
    el('tbody', {}, pairRows(a, b).map(r => el('tr', { dataset: { measure: r.key } },
      el('th', { scope: 'row' }, measureLabel(r.key)),
      el('td', { class: 'num' }, shown(r.a)), el('td', { class: 'num' }, shown(r.b)),
      el('td', { class: 'num diff' }, r.diff === undefined ? '–' : signed(r.diff))))));
  const link = $('download-pair');
  link.href = `data:text/csv;charset=utf-8,${encodeURIComponent(pairCsv(a, b))}`;
  link.download = `comparison-${a.scenario}-${b.scenario}.csv`.replace(/[^\w.-]+/g, '_');
}
