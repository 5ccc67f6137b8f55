// The dataset and solve panel shared by the planning pages: pick or upload a dataset of one kind, start,
// stop and watch solve jobs, choose an earlier run. The page is told whenever the job or its best plan changes.
import { ApiError, get, post, request, watchJob } from './api.js';
import { clear, el } from './dom.js';
import { applyLabels, t } from './i18n.js';

export const FINISHED = ['completed', 'failed', 'stopped', 'interrupted'];
// What the service's refusals mean to the user, in plain words; the service's own lines follow.
const HEADLINES = { 400: 'data.invalid', 403: 'error.forbidden', 429: 'error.busy' };
// The time limits the service reads (30s, 500ms, 2m, 1h, 45, PT30S); it checks the bounds.
const LIMIT = /^\s*(pt[0-9.hms]+|\d+|\d*\.?\d+(ms|s|m|h))\s*$/i;

export function showError(box, error) {
  const lines = error instanceof ApiError ? error.lines() : [String(error.message || error)];
  clear(box, el('p', {}, el('strong', {}, t(error instanceof ApiError && HEADLINES[error.status] || 'error.title'))),
    el('ul', {}, lines.map(line => el('li', {}, line))));
  box.hidden = false;
}

/** Runs an event handler, showing any failure in the box instead. */
const guarded = (box, action) => async event => {
  box.hidden = true;
  try {
    await action(event);
  } catch (e) {
    showError(box, e);
  }
};

/**
 * The dataset in an uploaded file: a result file written by `turnus solve --out x.json` carries the solved
 * dataset in its `dataset` field (the command line reads it the same way); anything else is sent as it is, and
 * the service reports what is wrong with it.
 */
function datasetText(text) {
  try {
    const json = JSON.parse(text);
    if (json && typeof json.dataset === 'object' && json.dataset !== null && typeof json.dataset.kind === 'string') {
      return JSON.stringify(json.dataset);
    }
  } catch (ignored) {
    // Not JSON: the service answers with the line and column.
  }
  return text;
}

/**
 * The dataset section: choose a stored dataset of the kind or upload one (validated by the service; its
 * problems are listed with their JSON paths). onChoose(id) runs after either.
 */
export function datasetPanel(container, { kind, onChoose }) {
  const select = el('select', { id: 'dataset' });
  const upload = el('input', { id: 'upload', type: 'file', accept: '.json,application/json' });
  const error = el('div', { id: 'data-error', class: 'error', role: 'alert', hidden: true });
  const section = el('section', { class: 'panel', 'aria-labelledby': 'data-h' },
    el('h2', { id: 'data-h', 'data-i18n': 'data.title' }),
    el('p', {}, el('label', { for: 'dataset', 'data-i18n': 'data.pick' }), select),
    el('p', {}, el('label', { for: 'upload', 'data-i18n': 'data.upload' }), upload),
    error);
  container.append(section);
  applyLabels(section);
  let datasets = [];

  function render() {
    const chosen = select.value;
    clear(select, el('option', { value: '' }, t('data.none')),
      datasets.map(d => el('option', { value: d.id, selected: d.id === chosen },
        `${d.name} · ${new Date(d.created).toLocaleString()}`)));
  }

  async function reload() {
    datasets = (await get('/api/datasets')).filter(d => d.kind === kind);
    render();
  }

  select.addEventListener('change', guarded(error, () => onChoose(select.value)));
  upload.addEventListener('change', guarded(error, async () => {
    const file = upload.files[0];
    if (!file) return;
    const stored = await request('POST', '/api/datasets', datasetText(await file.text()));
    upload.value = '';
    await reload();
    select.value = stored.id;
    await onChoose(stored.id);
  }));
  document.addEventListener('langchange', render);
  return { reload, error, value: () => select.value, set: id => { select.value = id; } };
}

/**
 * @param container where the panel goes
 * @param kind      the dataset kind the page plans ('roster', 'homecare')
 * @param onJob     called with (job, final) when a job is shown, improves (final false) or ends (final true)
 */
export function jobPanel(container, { kind, timeLimit = '10s', onJob }) {
  const limit = el('input', { id: 'time-limit', type: 'text', value: timeLimit, size: 6, inputmode: 'text',
    'aria-describedby': 'time-limit-error' });
  const solve = el('button', { id: 'solve', type: 'button', 'data-i18n': 'solve.start' });
  const stop = el('button', { id: 'stop', type: 'button', 'data-i18n': 'solve.stop', disabled: true });
  const jobSelect = el('select', { id: 'job' });
  const status = el('dd', { id: 'job-status' }, '–');
  const score = el('dd', { id: 'job-score' }, '–');
  const time = el('dd', { id: 'job-time' }, '–');
  const progress = el('ol', { id: 'progress', class: 'progress' });
  const limitError = el('span', { id: 'time-limit-error', class: 'field-error', role: 'alert', hidden: true });
  const solveError = el('div', { id: 'solve-error', class: 'error', role: 'alert', hidden: true });

  clear(container);
  const data = datasetPanel(container, { kind, onChoose: id => chooseDataset(id) });
  const section = el('section', { class: 'panel', 'aria-labelledby': 'solve-h' },
    el('h2', { id: 'solve-h', 'data-i18n': 'solve.title' }),
    el('p', { class: 'row' }, el('label', { for: 'time-limit', 'data-i18n': 'solve.limit' }), limit, solve, stop),
    limitError,
    el('p', {}, el('label', { for: 'job', 'data-i18n': 'solve.jobs' }), jobSelect),
    el('dl', { class: 'status', 'aria-live': 'polite' },
      el('dt', { 'data-i18n': 'solve.status' }), status,
      el('dt', { 'data-i18n': 'solve.score' }), score,
      el('dt', { 'data-i18n': 'solve.time' }), time),
    el('details', {}, el('summary', { 'data-i18n': 'solve.progress' }), progress),
    solveError);
  container.append(section);
  applyLabels(section);

  let jobs = [];
  let job = null;
  let unwatch = () => {};

  const params = new URLSearchParams(location.search);

  function remember() {
    const query = new URLSearchParams();
    if (job) query.set('job', job.id);
    else if (data.value()) query.set('dataset', data.value());
    history.replaceState(null, '', `${location.pathname}?${query}`);
  }

  function renderStatus() {
    status.textContent = job ? t(`status.${job.status}`) + (job.error ? ` – ${job.error}` : '') : '–';
    score.textContent = job?.bestScore
      ? `${job.bestScore} (${t(job.feasible ? 'feasible.yes' : 'feasible.no')})` : '–';
    time.textContent = job ? `${(job.timeSpentMillis / 1000).toFixed(1)} s` : '–';
    solve.disabled = !data.value();
    stop.disabled = !job || FINISHED.includes(job.status);
  }

  function renderJobs() {
    if (!jobs.length) {
      clear(jobSelect, el('option', { value: '' }, t('solve.noJobs')));
      return;
    }
    clear(jobSelect, jobs.map(j => el('option', { value: j.id, selected: job?.id === j.id },
      `${new Date(j.created).toLocaleString()} · ${t(`status.${j.status}`)}${j.bestScore ? ` · ${j.bestScore}` : ''}`)));
  }

  function render() {
    renderJobs();
    renderStatus();
  }

  function update(record) {
    job = { ...job, ...record, id: job.id };
    jobs = jobs.map(j => (j.id === job.id ? job : j));
    renderStatus();
  }

  async function show(record) {
    unwatch();
    job = record;
    clear(progress);
    remember();
    renderJobs();
    renderStatus();
    onJob(job, FINISHED.includes(job.status));
    if (!FINISHED.includes(job.status)) {
      let last = job.bestScore;
      unwatch = watchJob(job.id, {
        progress: p => {
          update({ status: p.status, bestScore: p.bestScore ?? job.bestScore, feasible: p.feasible ?? job.feasible,
            timeSpentMillis: p.timeSpentMillis });
          if (p.bestScore && p.bestScore !== last) {
            last = p.bestScore;
            progress.append(el('li', {}, `${(p.timeSpentMillis / 1000).toFixed(1)} s: ${p.bestScore}`));
            onJob(job, false);
          }
        },
        end: async () => {
          update(await get(`/api/jobs/${job.id}`));
          renderJobs();
          onJob(job, true);
        },
      });
    }
  }

  async function chooseDataset(id, jobId) {
    data.set(id);
    jobs = id ? await get(`/api/jobs?datasetId=${encodeURIComponent(id)}`) : [];
    const wanted = jobs.find(j => j.id === jobId) || jobs[0];
    if (wanted) {
      await show(wanted);
    } else {
      unwatch();
      job = null;
      remember();
      render();
      onJob(null, true);
    }
  }

  /** Starts following a job made elsewhere on the page (e.g. a replanning), with its own dataset. */
  async function follow(record) {
    await data.reload();
    data.set(record.datasetId);
    jobs = [record, ...(await get(`/api/jobs?datasetId=${encodeURIComponent(record.datasetId)}`))
      .filter(j => j.id !== record.id)];
    await show(record);
  }

  /** A problem with the time limit, shown at the field (null clears it). */
  function limitProblem(message) {
    limitError.textContent = message || '';
    limitError.hidden = !message;
    if (message) limit.setAttribute('aria-invalid', 'true');
    else limit.removeAttribute('aria-invalid');
  }

  limit.addEventListener('input', () => limitProblem(null));
  solve.addEventListener('click', guarded(solveError, async () => {
    if (limit.value.trim() && !LIMIT.test(limit.value)) {
      limitProblem(t('solve.limitInvalid'));
      limit.focus();
      return;
    }
    limitProblem(null);
    let record;
    try {
      record = await post('/api/jobs', { datasetId: data.value(), timeLimit: limit.value.trim() || undefined });
    } catch (e) {
      const atField = e instanceof ApiError ? (e.problem.errors || []).filter(p => p.path === '$.timeLimit') : [];
      if (!atField.length) throw e;
      limitProblem(atField.map(p => `${t('solve.limit')} ${p.message}`).join('; '));
      limit.focus();
      return;
    }
    jobs = [record, ...jobs];
    await show(record);
  }));
  stop.addEventListener('click', guarded(solveError, async () => update(await post(`/api/jobs/${job.id}/stop`))));
  jobSelect.addEventListener('change', guarded(solveError, () => show(jobs.find(j => j.id === jobSelect.value))));
  document.addEventListener('langchange', render);

  (async () => {
    try {
      await data.reload();
      if (params.get('job')) {
        const record = await get(`/api/jobs/${encodeURIComponent(params.get('job'))}`);
        await chooseDataset(record.datasetId, record.id);
      } else if (params.get('dataset')) {
        await chooseDataset(params.get('dataset'));
      } else {
        render();
      }
    } catch (e) {
      showError(data.error, e);
    }
  })();

  /** Chooses a dataset stored elsewhere on the page (e.g. a scenario set saved in the editor). */
  async function choose(id) {
    await data.reload();
    await chooseDataset(id);
  }

  return { follow, choose, current: () => job, dataset: () => data.value() };
}
