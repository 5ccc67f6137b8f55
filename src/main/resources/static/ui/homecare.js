// The home-care page: the day's routes on a map (GeoJSON export of the plan) and as a timeline per
// caregiver, the visits left unplanned with their reason, and the continuity and travel KPIs.
import { ApiError, get } from './api.js';
import { plannerMap } from './basemap.js';
import { clear, el } from './dom.js';
import { applyLabels, lang, shortDate, t } from './i18n.js';
import { jobPanel, showError } from './jobs.js';
import { shell } from './shell.js';

/* global L */
const $ = id => document.getElementById(id);
// Colour-blind safe first (Okabe–Ito), then darker extras; every one has 3:1 contrast on white.
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8F6A00', '#1F5F8B', '#8B0000', '#000000', '#6A3D9A',
  '#2E7D32', '#B15928', '#4A5360'];

const state = { job: null, report: null, routes: null, day: null, hidden: new Set() };
let request = 0;
let map;
let layer;

const clock = iso => (iso ? iso.slice(11, 16) : '–');
const minutesOf = iso => Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16))
  + (iso.slice(0, 10) > state.day ? 24 * 60 : 0);
const number = (n, digits = 1) => n.toLocaleString(lang() === 'nb' ? 'nb-NO' : 'en-GB', { maximumFractionDigits: digits });
const routeKey = r => `${r.caregiver}|${r.date}`;

function colourOf(caregiver) {
  const ids = [...new Set(state.report.routes.map(r => r.caregiver))].sort();
  return COLOURS[ids.indexOf(caregiver) % COLOURS.length];
}

async function setUpMap() {
  ({ map, layer } = await plannerMap('map', $('no-tiles')));
}

async function onJob(job) {
  state.job = job;
  const mine = ++request;
  let report = null;
  let routes = null;
  if (job?.bestScore) {
    try {
      [report, routes] = await Promise.all([get(`/api/jobs/${job.id}/report`),
        get(`/api/jobs/${job.id}/exports/geojson`)]);
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 409)) throw e; // 409: no plan stored yet
    }
  }
  if (mine !== request) return;
  state.report = report;
  state.routes = routes;
  const days = report ? [...new Set([...report.routes.map(r => r.date), ...report.unplanned.map(u => u.date)])].sort() : [];
  if (!days.includes(state.day)) state.day = days[0] || null;
  render();
}

function render() {
  const report = state.report;
  $('plan').hidden = !report;
  $('plan-empty').hidden = Boolean(report);
  if (!report) return;
  map.invalidateSize(); // the map was laid out while hidden
  $('download-csv').href = `/api/jobs/${state.job.id}/exports/csv`;
  $('download-xlsx').href = `/api/jobs/${state.job.id}/exports/xlsx`;
  $('download-geojson').href = `/api/jobs/${state.job.id}/exports/geojson`;
  const days = [...new Set([...report.routes.map(r => r.date), ...report.unplanned.map(u => u.date)])].sort();
  clear($('day'), days.map(d => el('option', { value: d, selected: d === state.day },
    shortDate(d, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }))));
  renderKpis();
  renderMap();
  renderRoutes();
  renderTimeline();
  renderUnplanned();
}

function renderKpis() {
  const k = state.report.kpis;
  const tiles = [['kpi.score', state.report.score, state.report.feasible ? 'ok' : 'bad'],
    ['kpi.planned', `${k.plannedVisits} / ${k.visits} (${number(k.plannedVisitsPercent)} %)`, k.plannedVisits < k.visits ? 'bad' : 'ok'],
    ['kpi.travelMinutes', `${k.travelMinutes} min`], ['kpi.travelKm', `${number(k.travelKm)} km`],
    ['kpi.travelShare', `${number(k.travelSharePercent)} %`], ['kpi.directTime', `${number(k.directTimePercent)} %`],
    ['kpi.continuity', number(k.distinctCaregiversPerUser)], ['kpi.maxCaregivers', k.maxDistinctCaregivers],
    ['kpi.primary', `${number(k.primaryContactSharePercent)} %`],
    ...Object.entries(k.teamUtilisationPercent || {}).filter(([, v]) => v > 0)
      .map(([team, v]) => [t('kpi.utilisation', { team }), `${number(v)} %`, '', true])];
  clear($('kpi-list'), tiles.map(([label, value, tone, literal]) => el('div', { class: `kpi ${tone || ''}` },
    el('dt', {}, literal ? label : t(label)), el('dd', {}, value))));
}

function dayRoutes() {
  return state.report.routes.filter(r => r.date === state.day);
}

function renderMap() {
  layer.clearLayers();
  const features = (state.routes?.features || []).filter(f => f.properties.date === state.day
    && !state.hidden.has(`${f.properties.caregiver}|${f.properties.date}`));
  const geo = L.geoJSON({ type: 'FeatureCollection', features }, {
    style: f => ({ color: colourOf(f.properties.caregiver), weight: 4, opacity: .85 }),
    pointToLayer: (f, at) => L.circleMarker(at, { radius: 7, color: '#fff', weight: 2,
      fillColor: colourOf(f.properties.caregiver), fillOpacity: 1 }),
    onEachFeature: (f, shape) => {
      const p = f.properties;
      // An element, not a string: Leaflet renders string tooltips as HTML, and ids and names are uploaded text.
      shape.bindTooltip(el('span', {}, p.kind === 'visit'
        ? `${p.seq}. ${p.user} ${p.start ? `${p.start}–${p.end}` : ''} (${p.caregiver})`
        : `${p.caregiver}: ${p.visits} ${t('homecare.visits').toLowerCase()}, ${t('homecare.travelTo', { minutes: p.travelMinutes })}`));
    },
  }).addTo(layer);
  if (features.length) map.fitBounds(geo.getBounds(), { padding: [20, 20] });
}

function renderRoutes() {
  const routes = dayRoutes();
  clear($('route-table'),
    el('thead', {}, el('tr', {}, ['homecare.show', 'homecare.caregiver', 'homecare.team', 'homecare.shift',
      'homecare.visits', 'homecare.travel', 'homecare.wait'].map(k => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, routes.map(r => {
      const id = `show-${r.caregiver}`;
      return el('tr', { dataset: { caregiver: r.caregiver } },
        el('td', {}, el('input', { type: 'checkbox', id, checked: !state.hidden.has(routeKey(r)),
          'aria-label': `${t('homecare.show')}: ${r.name || r.caregiver}`, onchange: e => {
            if (e.target.checked) state.hidden.delete(routeKey(r));
            else state.hidden.add(routeKey(r));
            renderMap();
          } })),
        el('th', { scope: 'row' }, el('span', { class: 'dot', style: `background:${colourOf(r.caregiver)}` }), ' ',
          r.name || r.caregiver),
        el('td', {}, r.team),
        el('td', {}, `${clock(r.shiftStart)}–${clock(r.shiftEnd)}`),
        el('td', { class: 'num' }, r.stops.length),
        el('td', { class: 'num' }, `${r.travelMinutes} min`),
        el('td', { class: 'num' }, `${r.waitMinutes} min`));
    })));
}

function renderTimeline() {
  const routes = dayRoutes();
  if (!routes.length) {
    clear($('timeline'));
    return;
  }
  const from = Math.floor(Math.min(...routes.map(r => minutesOf(r.shiftStart))) / 60) * 60;
  const to = Math.ceil(Math.max(...routes.map(r => Math.max(minutesOf(r.shiftEnd), r.back ? minutesOf(r.back) : 0))) / 60) * 60;
  const pos = m => `${((m - from) * 100) / (to - from)}%`;
  const width = (a, b) => `${((b - a) * 100) / (to - from)}%`;
  const hours = [];
  for (let h = from; h <= to; h += 60) hours.push(h);
  clear($('timeline'),
    el('div', { class: 'tl-row tl-axis', 'aria-hidden': 'true' }, el('span', { class: 'tl-label' }),
      el('div', { class: 'tl-track' }, hours.map(h => el('span', { class: 'tl-tick', style: `left:${pos(h)}` },
        `${String(Math.floor(h / 60) % 24).padStart(2, '0')}:00`)))),
    routes.map(r => el('div', { class: 'tl-row', dataset: { caregiver: r.caregiver } },
      el('span', { class: 'tl-label' }, el('span', { class: 'dot', style: `background:${colourOf(r.caregiver)}` }), ' ',
        r.name || r.caregiver),
      el('div', { class: 'tl-track' },
        el('span', { class: 'tl-shift', style: `left:${pos(minutesOf(r.shiftStart))};width:${width(minutesOf(r.shiftStart), minutesOf(r.shiftEnd))}` }),
        el('ol', { class: 'tl-stops', 'aria-label': `${r.name || r.caregiver}: ${t('homecare.stops')}` },
          r.stops.filter(s => s.start).map(s => {
            const start = minutesOf(s.start);
            const end = minutesOf(s.end);
            const travelFrom = start - s.waitMinutes - s.travelMinutes;
            return el('li', { class: 'tl-stop' },
              el('span', { class: 'tl-travel', 'aria-hidden': 'true',
                style: `left:${pos(travelFrom)};width:${width(travelFrom, start - s.waitMinutes)}` }),
              el('span', { class: 'tl-visit', title: `${clock(s.start)}–${clock(s.end)} ${s.user}`,
                style: `left:${pos(start)};width:${width(start, end)};border-color:${colourOf(r.caregiver)}` },
                el('span', { class: 'sr-only' }, `${clock(s.start)}–${clock(s.end)}, ${t('homecare.user')} `), s.user,
                el('span', { class: 'sr-only' }, `, ${t('homecare.travelTo', { minutes: s.travelMinutes })}`)));
          }))))));
}

function renderUnplanned() {
  const open = state.report.unplanned.filter(u => u.date === state.day);
  clear($('unplanned'), open.length ? el('table', { class: 'plain', id: 'unplanned-table' },
    el('thead', {}, el('tr', {}, ['homecare.visit', 'homecare.user', 'homecare.windows', 'homecare.mandatory',
      'homecare.reason'].map(k => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, open.map(u => el('tr', {},
      el('th', { scope: 'row' }, u.visit), el('td', {}, u.user), el('td', {}, u.windows),
      el('td', {}, t(u.mandatory ? 'rec.yes' : 'rec.no')), el('td', {}, lang() === 'nb' ? u.reasonNb : u.reason)))))
    : el('p', {}, t('homecare.noUnplanned')));
}

shell();
document.title = `${t('homecare.title')} – Turnus`;
$('day').addEventListener('change', e => {
  state.day = e.target.value;
  render();
});
document.addEventListener('langchange', () => {
  document.title = `${t('homecare.title')} – Turnus`;
  if (state.report) render();
});
applyLabels();
setUpMap().then(() => jobPanel($('job-panel'), {
  kind: 'homecare',
  onJob: job => onJob(job).catch(e => showError($('solve-error'), e)),
}), e => showError(document.querySelector('main'), e));
