// The scenarios page: a scenario set built or edited in the editor (scenario-editor.js) and saved, started as a
// job (each option a part, watched as it solves), then its comparison (from the job's solution, or from a stored
// set evaluated elsewhere) as a table and charts against the baseline, two options side by side
// (scenario-compare.js), the coverage answers, and the bases of the baseline and of each optimised layout on the map.
import { ApiError, get } from './api.js';
import { plannerMap } from './basemap.js';
import { clear, el } from './dom.js';
import { measureLabel as label, number, signed } from './format.js';
import { applyLabels, t } from './i18n.js';
import { FINISHED, jobPanel, showError } from './jobs.js';
import { renderPair } from './scenario-compare.js';
import { scenarioEditor } from './scenario-editor.js';
import { shell } from './shell.js';

/* global L */
const $ = id => document.getElementById(id);
const CHARTS = [['chart.travel', 'travelHours'], ['chart.staff', 'fteNeeded'], ['chart.cost', 'costNok'],
  ['chart.coverage', 'usersNearBasePercent']];
const BASELINE = 'baseline';
// The job's events carry its score text only; its parts (one per option) are read this often while it runs.
const POLL_MILLIS = 1000;

const state = { set: null, layout: BASELINE, record: null, running: false, csv: null };
let map;
let layer;
let panel;
let editor;
let poll = null;
let shown = 0; // counts the jobs shown, so that an answer about an earlier one is dropped

async function setUpMap() {
  ({ map, layer } = await plannerMap('map', $('no-tiles')));
}

/**
 * The finished job's set with its results (and the job's comparison CSV); the stored set (perhaps evaluated
 * elsewhere) when there is no job or plan.
 */
async function evaluated(job) {
  if (job) {
    try {
      const set = await get(`/api/jobs/${encodeURIComponent(job.id)}/solution`);
      return { set, csv: `/api/jobs/${encodeURIComponent(job.id)}/exports/csv` };
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 409)) throw e; // 409: stopped before any option was solved
    }
  }
  const id = job?.datasetId || panel.dataset();
  return { set: id ? await get(`/api/datasets/${encodeURIComponent(id)}`) : null, csv: null };
}

/** Shows the job panel's job: its parts while it runs (polled), the comparison once it has ended. */
async function onJob(job, final) {
  clearTimeout(poll);
  const mine = ++shown;
  state.running = Boolean(job) && !final;
  state.layout = BASELINE;
  if (state.running) {
    state.set = null;
    state.csv = null;
    render();
    await watchParts(job.id, mine);
    return;
  }
  const [record, { set, csv }] = await Promise.all([job ? get(`/api/jobs/${encodeURIComponent(job.id)}`) : null,
    evaluated(job)]);
  if (mine !== shown) return;
  renderParts(record);
  state.set = set;
  state.csv = csv;
  render();
  // A set uploaded or saved in the panel can be edited (or be a baseline) right away.
  await editor.reload();
}

async function watchParts(jobId, mine) {
  const record = await get(`/api/jobs/${encodeURIComponent(jobId)}`);
  if (mine !== shown) return;
  renderParts(record);
  // The job panel reports the end (onJob with final true), which shows the comparison.
  if (!FINISHED.includes(record.status)) {
    poll = setTimeout(() => watchParts(jobId, mine).catch(e => showError($('solve-error'), e)), POLL_MILLIS);
  }
}

function renderParts(record) {
  state.record = record;
  const parts = record?.parts || [];
  $('parts-panel').hidden = !parts.length;
  clear($('parts'),
    el('thead', {}, el('tr', {}, ['scenarios.option', 'solve.status', 'solve.score', 'solve.time']
      .map(k => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, parts.map(p => el('tr', { dataset: { status: p.status } },
      el('th', { scope: 'row' }, p.name),
      el('td', {}, t(`status.${p.status}`) + (p.error ? ` – ${p.error}` : '')),
      el('td', {}, p.bestScore ? `${p.bestScore} (${t(p.feasible ? 'feasible.yes' : 'feasible.no')})` : '–'),
      el('td', { class: 'num' }, `${((p.timeSpentMillis || 0) / 1000).toFixed(1)} s`)))));
}

function render() {
  const results = state.set?.results;
  $('running').hidden = !state.running;
  $('set-empty').hidden = Boolean(state.set) || state.running;
  $('not-evaluated').hidden = !state.set || Boolean(results);
  $('comparison').hidden = !results;
  $('download').hidden = !state.csv;
  if (state.csv) $('download-csv').href = state.csv;
  if (!results) return;
  map.invalidateSize(); // the map was laid out while hidden
  const costs = results.costs || {};
  $('comparison-meta').textContent = t('scenarios.meta', { limit: results.timeLimit, hour: costs.nokPerHour, km: costs.nokPerKm });
  renderTable(results);
  renderPair(results);
  renderCharts(results);
  renderCoverage(results);
  renderLayouts(results);
}

function renderTable(results) {
  const rows = results.rows;
  const keys = [...new Set(rows.flatMap(r => Object.keys(r.measures || {})))];
  clear($('comparison-table'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('scenarios.measure')),
      rows.map(r => el('th', { scope: 'col', class: 'num' }, r.scenario)))),
    el('tbody', {}, keys.map(key => el('tr', {}, el('th', { scope: 'row' }, label(key)),
      rows.map(r => {
        const value = r.measures?.[key];
        const diff = r.difference?.[key];
        return el('td', { class: 'num' }, value === undefined ? '–' : number(value),
          r.scenario !== BASELINE && diff !== undefined ? el('span', { class: 'diff' }, ` (${signed(diff)})`) : null);
      })))));
  clear($('options'), rows.flatMap(r => [el('dt', {}, r.scenario),
    el('dd', {}, [r.description, r.status !== 'DONE' ? `(${r.status}${r.error ? `: ${r.error}` : ''})` : null,
      ...Object.entries(r.score || {}).map(([kind, score]) => `${kind} ${score}`)].filter(Boolean).join(' · '))]));
}

function renderCharts(results) {
  clear($('charts'), CHARTS.filter(([, key]) => results.rows.some(r => r.measures?.[key] !== undefined))
    .map(([title, key]) => {
      const max = Math.max(...results.rows.map(r => r.measures?.[key] ?? 0), 0) || 1;
      return el('figure', { class: 'chart', dataset: { measure: key } },
        el('figcaption', {}, t(title)),
        el('ul', {}, results.rows.map(r => {
          const value = r.measures?.[key];
          return el('li', {},
            el('span', { class: 'bar-label' }, r.scenario),
            el('span', { class: `bar${r.scenario === BASELINE ? ' baseline' : ''}`,
              style: `width:${value === undefined ? 0 : (value * 100) / max}%` }),
            el('span', { class: 'bar-value' }, value === undefined ? '–' : number(value)));
        })));
    }));
}

/** Places with their nearest service and driving minutes. */
function servedTable(served, caption) {
  return el('table', { class: 'plain' }, el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ['scenarios.place', 'scenarios.population', 'scenarios.nearest', 'scenarios.minutes']
      .map(k => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, served.map(s => el('tr', {}, el('th', { scope: 'row' }, s.place),
      el('td', { class: 'num' }, s.population ?? '–'), el('td', {}, s.nearestService), el('td', { class: 'num' }, s.minutes)))));
}

function renderCoverage(results) {
  clear($('coverage'), (results.coverage || []).map(c => el('div', { class: 'coverage' },
    el('h3', {}, c.name),
    el('p', {}, t('scenarios.covered', { percent: number(c.coveredPercent, 1), population: c.population, minutes: c.minutes })),
    c.everyPlaceWithin ? el('p', { class: 'within' }, t('scenarios.allWithin', { minutes: c.minutes })) : null,
    // Every place beyond the limit, worst first; when none is (or for a set evaluated before `outside`
    // existed), the worst served, to show how close they come.
    c.outside?.length ? servedTable(c.outside, t('scenarios.outside', { count: c.outside.length, minutes: c.minutes }))
      : servedTable(c.worstServed, t('scenarios.worstServed')))));
}

/** Where each place is: the baseline's locations and the optimiser's candidate sites. */
function places() {
  const found = new Map();
  (state.set.baseline?.homecare?.locations || []).forEach(l => found.set(l.id, l));
  (state.set.optimise || []).forEach(o => (o.candidates || []).forEach(c => found.set(c.id, c)));
  return found;
}

function renderLayouts(results) {
  const layouts = results.layouts || [];
  clear($('layout'), [BASELINE, ...layouts.map(l => l.name)].map(name =>
    el('option', { value: name, selected: name === state.layout }, name)));
  const homecare = state.set.baseline?.homecare;
  if (!homecare) return;
  const where = places();
  const home = new Map(homecare.users.map(u => [u.id, where.get(u.location)]));
  let bases;
  if (state.layout === BASELINE) {
    const byBase = new Map();
    homecare.teams.forEach(team => byBase.set(team.base, [...(byBase.get(team.base) || []), team]));
    bases = [...byBase].map(([id, teams]) => ({ id, users: homecare.users
      .filter(u => teams.some(team => team.district && team.district === u.district)).map(u => u.id),
    title: teams.map(team => team.name || team.id).join(', ') }));
  } else {
    const chosen = layouts.find(l => l.name === state.layout);
    bases = chosen.bases.map(b => ({ id: b.id, users: b.served, title: t('scenarios.mean', { minutes: number(chosen.meanMinutes, 1) }) }));
  }
  layer.clearLayers();
  const points = [];
  for (const at of home.values()) {
    if (!at) continue;
    points.push([at.latitude, at.longitude]);
    L.circleMarker([at.latitude, at.longitude], { radius: 4, color: '#4A5360', weight: 1, fillOpacity: .6 }).addTo(layer);
  }
  for (const base of bases) {
    const at = where.get(base.id);
    if (!at) continue;
    points.push([at.latitude, at.longitude]);
    base.users.map(u => home.get(u)).filter(Boolean).forEach(h => L.polyline([[at.latitude, at.longitude],
      [h.latitude, h.longitude]], { color: '#1a56a8', weight: 1.5, opacity: .6 }).addTo(layer));
    L.circleMarker([at.latitude, at.longitude], { radius: 10, color: '#fff', weight: 3, fillColor: '#D55E00', fillOpacity: 1 })
      // An element, not a string: Leaflet renders string tooltips as HTML, and names are uploaded text.
      .bindTooltip(el('span', {}, `${at.name || base.id}: ${t('scenarios.users', { count: base.users.length })} – ${base.title}`))
      .addTo(layer);
  }
  if (points.length) map.fitBounds(points, { padding: [20, 20] });
}

shell();
document.title = `${t('scenarios.title')} – Turnus`;
$('layout').addEventListener('change', e => {
  state.layout = e.target.value;
  renderLayouts(state.set.results);
});
document.addEventListener('langchange', () => {
  document.title = `${t('scenarios.title')} – Turnus`;
  renderParts(state.record);
  render();
});
applyLabels();
editor = scenarioEditor($('editor'), { onSaved: stored => panel.choose(stored.id) });
editor.reload().catch(e => showError($('editor-error'), e));
setUpMap().then(() => {
  panel = jobPanel($('job-panel'), {
    kind: 'scenario',
    timeLimit: '10s',
    onJob: (job, final) => onJob(job, final).catch(e => showError($('solve-error'), e)),
  });
}, e => showError(document.querySelector('main'), e));
