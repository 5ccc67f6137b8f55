// The roster page: solve a roster, read it as a grid, see why a cell is as it is, pin, replan after sick
// leave, ask who to call for an uncovered shift.
import { ApiError, get, post } from './api.js';
import { clear, el } from './dom.js';
import { applyLabels, explained, lang, ruleLabel, shortDate, t } from './i18n.js';
import { jobPanel, showError } from './jobs.js';
import { shell } from './shell.js';

const $ = id => document.getElementById(id);

const state = {
  job: null,
  dataset: null, // the job's dataset document: horizon, shift types, wards, employees
  report: null, // the kind's report of the best plan, or null before the first plan
  changes: null, // what a replanning job changed
  pins: new Map(), // key -> assignment to keep when replanning
  selected: null, // { employee, date } or { ward, date }
};
let reportRequest = 0;

const key = a => `${a.employee}|${a.date}|${a.shift}|${a.ward}`;

function addDays(iso, days) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function dates() {
  const { startDate, weeks } = state.dataset;
  return Array.from({ length: weeks * 7 }, (_, i) => addDays(startDate, i));
}

const isWeekend = iso => [0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay());
const shiftType = code => state.dataset.shiftTypes.find(s => s.code === code) || { code, name: code, category: 'DAY' };
const hours = h => h.toLocaleString(lang() === 'nb' ? 'nb-NO' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const longDate = iso => shortDate(iso, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** Whether a breach's 'when' (a date, date/date, "week n" or "day n" of the horizon) concerns the date. */
function covers(when, date) {
  const start = state.dataset.startDate;
  let m;
  if (/^\d{4}-\d{2}-\d{2}$/.test(when)) return when === date;
  if ((m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(when))) return m[1] <= date && date <= m[2];
  if ((m = /^week (\d+)$/.exec(when))) {
    const first = addDays(start, (m[1] - 1) * 7);
    return first <= date && date <= addDays(first, 6);
  }
  if ((m = /^day (\d+)$/.exec(when))) return addDays(start, m[1] - 1) === date;
  return false;
}

function breaches(who, test) {
  const found = [];
  for (const rule of state.report?.analysis.brokenRules || []) {
    for (const match of rule.matches) {
      if (match.who === who && test(match.when)) found.push({ rule, match });
    }
  }
  return found;
}

// ---- job and data -------------------------------------------------------------------------------------

async function onJob(job, final) {
  const datasetChanged = job?.datasetId !== state.job?.datasetId;
  const jobChanged = job?.id !== state.job?.id;
  state.job = job;
  if (jobChanged) {
    state.pins = new Map();
    state.changes = null;
    state.selected = null;
    state.report = null;
  }
  if (!job) {
    state.dataset = null;
    render();
    return;
  }
  if (datasetChanged || !state.dataset) state.dataset = await get(`/api/datasets/${job.datasetId}`);
  const request = ++reportRequest;
  let report = null;
  if (job.bestScore) {
    try {
      report = await get(`/api/jobs/${job.id}/report`);
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 409)) throw e; // 409: no plan stored yet
    }
  }
  if (final && job.replanOf && job.status !== 'failed') {
    state.changes = await get(`/api/jobs/${job.id}/changes`).catch(() => null);
  }
  if (request !== reportRequest) return; // a newer update is on its way
  state.report = report;
  render();
}

// ---- rendering ----------------------------------------------------------------------------------------

function render() {
  const ready = Boolean(state.dataset);
  $('grid-empty').hidden = ready;
  $('grid-keys').hidden = !ready;
  renderLegend();
  renderGrid();
  renderKpis();
  renderRules();
  renderReplan();
  renderDetails();
  if (state.report) {
    $('download-csv').href = `/api/jobs/${state.job.id}/exports/csv`;
    $('download-xlsx').href = `/api/jobs/${state.job.id}/exports/xlsx`;
  }
}

function renderLegend() {
  clear($('legend'), state.dataset ? [
    ...['DAY', 'EVENING', 'NIGHT', 'LONG', 'UNCOVERED'].map(c => el('span', { class: `swatch cat-${c}` }, t(`cat.${c}`))),
    el('span', { class: 'swatch pinned' }, t('roster.pinnedMark')),
    el('span', { class: 'swatch away' }, t('roster.away')),
  ] : []);
}

function renderGrid() {
  const table = $('roster-grid');
  if (!state.dataset) {
    clear(table);
    return;
  }
  const days = dates();
  const shiftsBy = new Map();
  for (const s of state.report?.assignments || []) {
    const k = `${s.employee}|${s.date}`;
    shiftsBy.set(k, [...(shiftsBy.get(k) || []), s]);
  }
  const added = new Set((state.changes?.changes || []).filter(c => c.change === 'added').map(key));
  const summaries = new Map((state.report?.employees || []).map(e => [e.id, e]));
  let row = 0;

  const cell = (attrs, label, ...content) => el('button', {
    type: 'button', class: 'cell', tabindex: '-1', 'aria-label': label, ...attrs, onclick: select,
  }, ...content);

  const employeeRows = state.dataset.employees.map(e => {
    const r = row++;
    const summary = summaries.get(e.id);
    return el('tr', {},
      el('th', { scope: 'row' }, e.name, el('span', { class: 'sub' }, `${e.competence} · ${e.positionPercent} %`)),
      days.map((date, c) => {
        const shifts = shiftsBy.get(`${e.id}|${date}`) || [];
        const away = e.unavailable?.find(p => p.from <= date && date <= (p.to || p.from));
        const pinned = shifts.some(s => s.pinned || state.pins.has(key(s)));
        const classes = ['day', isWeekend(date) && 'weekend', away && 'away',
          ...shifts.map(s => `cat-${shiftType(s.shift).category}`), pinned && 'pinned',
          shifts.some(s => added.has(key(s))) && 'changed'].filter(Boolean).join(' ');
        const what = shifts.length
          ? shifts.map(s => `${shiftType(s.shift).name} (${s.shift}) ${s.ward}`).join(', ')
          : away ? `${t('roster.away')}${away.reason ? ` (${away.reason})` : ''}` : t('details.free');
        return el('td', { class: classes },
          cell({ dataset: { employee: e.id, date, r, c } },
            `${e.name}, ${longDate(date)}: ${what}${pinned ? `, ${t('roster.pinnedMark')}` : ''}`,
            shifts.length ? shifts.map(s => s.shift).join('+') : away ? '–' : ''));
      }),
      // Against the hours to work after the KS weighting; a substitute (vikar) has no position to meet.
      el('td', { class: `num${summary && !summary.substitute
          && Math.abs(summary.hours - summary.hoursToWork) > 7.5 ? ' off-target' : ''}` },
        !summary ? '' : summary.substitute ? `${hours(summary.hours)} (${t('roster.substitute')})`
          : `${hours(summary.hours)} / ${hours(summary.hoursToWork)}`),
      el('td', { class: 'num' }, summary?.weekendsWorked ?? ''),
      el('td', { class: 'num' }, summary?.nights ?? ''));
  });

  const uncoveredRows = state.dataset.wards.map(ward => {
    const r = row++;
    const label = t('roster.uncoveredRow', { ward: ward.name || ward.id });
    return el('tr', { class: 'uncovered-row' },
      el('th', { scope: 'row' }, label),
      days.map((date, c) => {
        const open = (state.report?.uncovered || []).filter(u => u.ward === ward.id && u.date === date);
        const counts = new Map();
        open.forEach(u => counts.set(u.shift, (counts.get(u.shift) || 0) + 1));
        const text = [...counts].map(([code, n]) => (n > 1 ? `${code}×${n}` : code)).join(' ');
        return el('td', { class: `day${isWeekend(date) ? ' weekend' : ''}${open.length ? ' cat-UNCOVERED' : ''}` },
          cell({ dataset: { ward: ward.id, date, r, c } }, `${label}, ${longDate(date)}: ${text || '–'}`, text));
      }),
      el('td', { colspan: 3 }));
  });

  clear(table,
    el('caption', { class: 'sr-only' }, `${state.dataset.name}${state.report ? ` – ${state.report.score}` : ''}`),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, t('roster.employee')),
      days.map(date => el('th', { scope: 'col', class: `date${isWeekend(date) ? ' weekend' : ''}` },
        el('abbr', { title: longDate(date) }, el('b', {}, shortDate(date, { weekday: 'short' })),
          shortDate(date, { day: 'numeric', month: 'numeric' })))),
      ['roster.hours', 'roster.weekends', 'roster.nights'].map(k => el('th', { scope: 'col', class: 'wrap' }, t(k))))),
    el('tbody', {}, employeeRows),
    el('tbody', { class: 'uncovered' }, uncoveredRows));

  // One tab stop for the whole grid (the selected cell, else the first); arrows move inside it.
  const focusable = selectedButton() || table.querySelector('button.cell');
  if (focusable) focusable.tabIndex = 0;
}

function selectedButton() {
  const s = state.selected;
  if (!s) return null;
  const attr = s.employee ? `[data-employee="${CSS.escape(s.employee)}"]` : `[data-ward="${CSS.escape(s.ward)}"]`;
  return $('roster-grid').querySelector(`button.cell${attr}[data-date="${s.date}"]`);
}

function moveFocus(event) {
  const from = event.target.closest('button.cell');
  if (!from) return;
  let r = Number(from.dataset.r);
  let c = Number(from.dataset.c);
  const last = dates().length - 1;
  switch (event.key) {
    case 'ArrowUp': r--; break;
    case 'ArrowDown': r++; break;
    case 'ArrowLeft': c--; break;
    case 'ArrowRight': c++; break;
    case 'Home': c = 0; break;
    case 'End': c = last; break;
    default: return;
  }
  const to = $('roster-grid').querySelector(`button.cell[data-r="${r}"][data-c="${c}"]`);
  if (to) {
    event.preventDefault();
    from.tabIndex = -1;
    to.tabIndex = 0;
    to.focus();
  }
}

function select(event) {
  const { employee, ward, date } = event.currentTarget.dataset;
  state.selected = employee ? { employee, date } : { ward, date };
  $('roster-grid').querySelectorAll('button.cell[tabindex="0"]').forEach(b => { b.tabIndex = -1; });
  event.currentTarget.tabIndex = 0;
  $('roster-grid').querySelectorAll('.selected').forEach(td => td.classList.remove('selected'));
  event.currentTarget.parentElement.classList.add('selected');
  renderDetails();
}

function breachList(found) {
  if (!found.length) return el('p', {}, t('details.noBreach'));
  return el('ul', { class: 'breaches' }, found.map(({ rule, match }) => {
    const { when, message } = explained(match);
    return el('li', { class: rule.hard ? 'hard' : null },
      el('strong', {}, ruleLabel(rule)), rule.hard ? el('span', { class: 'badge' }, t('details.hard')) : null,
      el('span', { class: 'message' }, message),
      match.reference ? el('cite', {}, match.reference) : null,
      el('span', { class: 'sub' }, `${when ? `${when} · ` : ''}${match.score}`));
  }));
}

function renderDetails() {
  const body = $('details-body');
  const s = state.selected;
  if (!s || !state.dataset) {
    clear(body, el('p', {}, t('details.hint')));
    return;
  }
  if (s.employee) renderEmployeeDay(body, s);
  else renderWardDay(body, s);
}

function renderEmployeeDay(body, { employee, date }) {
  const person = state.dataset.employees.find(e => e.id === employee);
  const shifts = (state.report?.assignments || []).filter(a => a.employee === employee && a.date === date);
  const time = iso => iso.slice(11, 16);
  clear(body,
    el('h3', {}, person.name),
    el('p', {}, longDate(date)),
    shifts.length ? el('ul', { class: 'shifts' }, shifts.map(s => {
      const id = `pin-${s.shift}-${s.ward}`;
      return el('li', {},
        el('span', { class: `chip cat-${shiftType(s.shift).category}` }, s.shift), ' ',
        `${shiftType(s.shift).name} ${time(s.start)}–${time(s.end)}, ${s.ward}`,
        el('div', { class: 'check' },
          el('input', { id, type: 'checkbox', checked: s.pinned || state.pins.has(key(s)), disabled: s.pinned,
            onchange: e => {
              if (e.target.checked) state.pins.set(key(s), { employee: s.employee, date: s.date, shift: s.shift, ward: s.ward });
              else state.pins.delete(key(s));
              renderGrid();
              renderReplan();
            } }),
          el('label', { for: id }, t('details.pin'))));
    })) : el('p', {}, t('details.free')),
    el('h4', {}, t('details.onDay')),
    breachList(breaches(employee, when => when && covers(when, date))),
    el('h4', {}, t('details.period')),
    breachList(breaches(employee, when => !when)),
    state.report ? el('p', {}, el('button', { id: 'sick-here', type: 'button', onclick: () => {
      $('replan-employee').value = employee;
      $('replan-from').value = date;
      $('replan-employee').focus();
    } }, t('details.sick'))) : null);
}

function renderWardDay(body, { ward, date }) {
  const open = (state.report?.uncovered || []).filter(u => u.ward === ward && u.date === date);
  const wardName = state.dataset.wards.find(w => w.id === ward)?.name || ward;
  const time = iso => iso.slice(11, 16);
  clear(body,
    el('h3', {}, wardName),
    el('p', {}, longDate(date)),
    el('h4', {}, t('details.uncovered')),
    open.length ? el('ul', { class: 'open' }, open.map(u => {
      const result = el('div', { class: 'recommendations', 'aria-live': 'polite' });
      return el('li', {},
        el('span', { class: 'chip cat-UNCOVERED' }, u.shift), ' ',
        `${shiftType(u.shift).name} ${time(u.start)}–${time(u.end)}, ${t('details.requires', { what: u.requires })}`,
        el('div', {}, el('button', { type: 'button', class: 'who', onclick: () => recommend(u, result) }, t('details.whoToCall'))),
        result);
    })) : el('p', {}, '–'),
    el('h4', {}, t('details.onDay')),
    breachList(breaches(ward, when => when && covers(when, date))));
}

async function recommend(uncovered, box) {
  try {
    const ranked = await get(`/api/jobs/${state.job.id}/recommendations?item=${encodeURIComponent(uncovered.id)}`);
    clear(box, ranked.length ? el('table', { class: 'plain' },
      el('thead', {}, el('tr', {}, ['rec.rank', 'rec.name', 'rec.effect', 'rec.feasible']
        .map(k => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, ranked.map(c => el('tr', {},
        el('td', { class: 'num' }, c.rank), el('td', {}, c.name, el('span', { class: 'sub' }, c.competence)),
        el('td', {}, c.scoreChange), el('td', {}, t(c.staysFeasible ? 'rec.yes' : 'rec.no'))))))
      : el('p', {}, t('rec.none')));
  } catch (e) {
    showError(box, e);
  }
}

function renderKpis() {
  const report = state.report;
  $('kpis').hidden = !report;
  if (!report) return;
  const k = report.kpis;
  const v = report.verdicts;
  // Three separate verdicts a unit leader signs on: an empty place is never hidden behind "no rule broken".
  const tiles = [['verdict.legal', t(v.legal ? 'verdict.yes' : 'verdict.no'), v.legal ? 'ok' : 'bad'],
    ['verdict.covered', v.covered ? t('verdict.yes')
      : t('verdict.uncovered', { places: v.uncoveredPlaces, hours: v.uncoveredHours }), v.covered ? 'ok' : 'bad'],
    ['verdict.positions', v.withinPositions ? t('verdict.yes')
      : t('verdict.above', { count: v.abovePosition.length, hours: v.hoursAbovePositions }),
      v.withinPositions ? 'ok' : 'bad'],
    ['kpi.score', `${report.score}`, report.feasible ? 'ok' : 'bad'],
    ['kpi.coverage', `${k.coveragePercent} %`, k.coveragePercent < 100 ? 'bad' : 'ok'],
    ['kpi.preferred', `${k.preferredCoveragePercent} %`], ['kpi.wishes', `${k.wishFulfilmentPercent} %`],
    ['kpi.nightSpread', k.nightSpread], ['kpi.weekendSpread', k.weekendSpread],
    ['kpi.hoursDeviation', `${k.meanHoursDeviation} h`]];
  clear($('kpi-list'), tiles.map(([label, value, tone]) => el('div', { class: `kpi ${tone || ''}` },
    el('dt', {}, t(label)), el('dd', {}, value))));
}

function renderRules() {
  const rules = state.report?.analysis.brokenRules || [];
  $('rules').hidden = !state.report;
  clear($('rule-list'), rules.length ? rules.map(rule => el('tr', { class: rule.hard ? 'hard' : null },
    el('th', { scope: 'row' }, ruleLabel(rule), rule.hard ? el('span', { class: 'badge' }, t('details.hard')) : null),
    el('td', {}, t('rules.count', { count: rule.matchCount })),
    el('td', {}, rule.score))) : el('tr', {}, el('td', {}, t('details.noBreach'))));
}

function renderReplan() {
  const select = $('replan-employee');
  const chosen = select.value;
  clear(select, el('option', { value: '' }, t('replan.nobody')),
    (state.dataset?.employees || []).map(e => el('option', { value: e.id, selected: e.id === chosen }, `${e.name} (${e.id})`)));
  if (state.dataset) {
    const days = dates();
    for (const id of ['replan-from', 'replan-to']) {
      $(id).min = days[0];
      $(id).max = days[days.length - 1];
    }
  }
  $('pin-count').textContent = t('replan.pinned', { count: state.pins.size });
  $('clear-pins').disabled = !state.pins.size;
  $('replan-submit').disabled = !state.report || !['completed', 'stopped', 'interrupted'].includes(state.job?.status);
  const changes = state.changes;
  clear($('changes'), changes ? [
    el('p', {}, el('strong', {}, t('replan.changes', changes))),
    el('ul', { class: 'changes' }, changes.changes.map(c => el('li', { class: c.change },
      `${shortDate(c.date)} ${c.shift} ${c.ward}: ${state.dataset.employees.find(e => e.id === c.employee)?.name || c.employee}`
      + ` – ${t(`change.${c.change}`)}`))),
  ] : []);
}

async function replan(event) {
  event.preventDefault();
  const box = $('replan-error');
  box.hidden = true;
  const change = {
    employee: $('replan-employee').value || undefined,
    unavailableFrom: $('replan-from').value || undefined,
    unavailableTo: $('replan-to').value || undefined,
    reason: $('replan-reason').value.trim() || undefined,
    pin: [...state.pins.values()],
  };
  try {
    const limit = encodeURIComponent($('time-limit').value.trim());
    const record = await post(`/api/jobs/${state.job.id}/replan${limit ? `?timeLimit=${limit}` : ''}`, change);
    await panel.follow(record);
  } catch (e) {
    showError(box, e);
  }
}

// ---- start --------------------------------------------------------------------------------------------

shell();
document.title = `${t('roster.title')} – Turnus`;
$('replan-reason').value = t('replan.reasonDefault');
$('roster-grid').addEventListener('keydown', moveFocus);
$('replan-form').addEventListener('submit', replan);
$('clear-pins').addEventListener('click', () => {
  state.pins.clear();
  renderGrid();
  renderReplan();
  renderDetails();
});
document.addEventListener('langchange', () => {
  document.title = `${t('roster.title')} – Turnus`;
  render();
});
const panel = jobPanel($('job-panel'), {
  kind: 'roster',
  onJob: (job, final) => onJob(job, final).catch(e => showError($('solve-error'), e)),
});
applyLabels();
render();
