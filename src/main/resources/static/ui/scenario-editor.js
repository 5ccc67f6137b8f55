// The scenario editor: a scenario set built in the browser from a stored baseline (a scenario set to edit, or a
// home-care or roster dataset to start a new set from), options of typed changes with a form per type, and the
// set saved as a dataset. Required fields are checked here; everything else the service checks on upload, and its
// problems (JSON paths) are shown at the field, change or option they name.
import { ApiError, get, post } from './api.js';
import { clear, el } from './dom.js';
import { applyLabels, t } from './i18n.js';
import { showError } from './jobs.js';
import { CHANGE_TYPES, fieldsFor, grown, sourcesOf, typesFor } from './scenario-changes.js';

const BASELINE_KINDS = ['scenario', 'homecare', 'roster'];
// What a stored scenario set keeps when edited here; its results are dropped, they belong to the old options.
const KEPT = ['optimise', 'coverage', 'costs', 'baseCoverageMinutes'];

const optionPath = i => `$.scenarios[${i}]`;
const changePath = (i, j) => `${optionPath(i)}.changes[${j}]`;
const empty = value => value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length);

/**
 * @param container the section the editor fills
 * @param onSaved   called with the stored dataset's summary once the set is saved
 */
export function scenarioEditor(container, { onSaved }) {
  const pick = el('select', { id: 'baseline', 'aria-describedby': 'baseline-hint' });
  const form = el('form', { id: 'editor-form', novalidate: true, hidden: true });
  const general = el('div', { id: 'editor-error', class: 'error', role: 'alert', hidden: true });
  const status = el('p', { id: 'editor-status', role: 'status', 'aria-live': 'polite' });
  clear(container,
    el('h2', { id: 'editor-h', 'data-i18n': 'editor.title' }),
    el('p', { class: 'row' }, el('label', { for: 'baseline', 'data-i18n': 'editor.baseline' }), pick),
    el('p', { id: 'baseline-hint', class: 'hint', 'data-i18n': 'editor.baselineHint' }),
    form, general, status);
  applyLabels(container);

  let datasets = [];
  let edit = null; // { name, baseline, kept, options: [{ name, description, changes }] }
  let errors = new Map(); // JSON path → message, shown at the input registered for the path
  let drafts = new Map(); // JSON path → text of a list field that is not (yet) valid JSON
  let targets = new Map(); // JSON path → id of the input (or group) its problems are shown at

  async function reload() {
    datasets = (await get('/api/datasets')).filter(d => BASELINE_KINDS.includes(d.kind));
    renderPick();
  }

  function renderPick() {
    const chosen = pick.value;
    clear(pick, el('option', { value: '' }, t('data.none')), datasets.map(d => el('option',
      { value: d.id, selected: d.id === chosen }, `${d.name} (${t(`editor.kind.${d.kind}`)})`)));
  }

  async function load(id) {
    errors = new Map();
    drafts = new Map();
    status.textContent = '';
    general.hidden = true;
    if (!id) {
      edit = null;
      render();
      return;
    }
    const summary = datasets.find(d => d.id === id);
    const doc = await get(`/api/datasets/${encodeURIComponent(id)}`);
    edit = summary.kind === 'scenario'
      ? { name: doc.name, baseline: doc.baseline || {}, kept: Object.fromEntries(KEPT.filter(k => k in doc).map(k => [k, doc[k]])),
        options: (doc.scenarios || []).map(s => ({ name: s.name, description: s.description, changes: s.changes || [] })) }
      : { name: t('editor.newName', { name: doc.name }), baseline: { [summary.kind]: doc }, kept: {}, options: [] };
    render();
  }

  // --- rendering ---

  /** The problem shown at an input, and the attributes that tie it to the input. */
  function fieldError(path, id) {
    targets.set(path, id);
    const message = errors.get(path);
    return el('span', { id: `${id}-error`, class: 'field-error', hidden: !message }, message || '');
  }

  function describe(path, id, attrs) {
    return { ...attrs, id, 'aria-describedby': `${id}-error`, 'aria-invalid': errors.has(path) ? 'true' : null,
      dataset: { path } };
  }

  function input(path, id, value, attrs = {}) {
    return el('input', describe(path, id, { type: 'text', value: value ?? '', ...attrs }));
  }

  function render() {
    const focused = document.activeElement?.id;
    targets = new Map();
    form.hidden = !edit;
    if (!edit) {
      clear(form);
      return;
    }
    const types = typesFor(edit.baseline);
    const sources = sourcesOf(edit.baseline);
    clear(form,
      el('p', {}, el('label', { for: 'set-name' }, t('editor.setName')), input('$.name', 'set-name', edit.name,
        { required: true, size: 40, oninput: e => { edit.name = e.target.value; } }), fieldError('$.name', 'set-name')),
      el('p', { class: 'hint' }, t('editor.baselineHas', { datasets: ['homecare', 'roster', 'facilities']
        .filter(k => edit.baseline[k]).map(k => t(`editor.kind.${k}`)).join(', ') })),
      el('div', { id: 'editor-options' }, edit.options.map((option, i) => renderOption(option, i, types, sources))),
      el('p', { class: 'row' }, el('button', { type: 'button', id: 'add-option', onclick: () => {
        edit.options.push({ name: '', description: '', changes: [] });
        restructure(`o${edit.options.length - 1}-name`);
      } }, t('editor.addOption')),
      el('button', { type: 'submit', id: 'save-set' }, t('editor.save'))));
    // Selects report a choice by 'change' alone in some browsers.
    form.querySelectorAll('[data-path]').forEach(node => ['input', 'change']
      .forEach(type => node.addEventListener(type, () => clearError(node.dataset.path))));
    if (focused) document.getElementById(focused)?.focus();
  }

  function renderOption(option, i, types, sources) {
    const id = `o${i}`;
    const path = optionPath(i);
    return el('fieldset', { class: 'option', id, 'aria-describedby': `${id}-error` },
      el('legend', {}, t('editor.option', { n: i + 1 })),
      fieldError(path, id),
      el('p', { class: 'row' },
        el('label', { for: `${id}-name` }, t('editor.optionName')),
        input(`${path}.name`, `${id}-name`, option.name, { required: true, oninput: e => { option.name = e.target.value; } }),
        el('label', { for: `${id}-description` }, t('editor.description')),
        input(`${path}.description`, `${id}-description`, option.description, { size: 40,
          oninput: e => { option.description = e.target.value; } }),
        el('button', { type: 'button', class: 'secondary', id: `${id}-remove`, onclick: () => {
          edit.options.splice(i, 1);
          restructure('add-option');
        } }, t('editor.removeOption'))),
      fieldError(`${path}.name`, `${id}-name`), fieldError(`${path}.description`, `${id}-description`),
      option.changes.map((change, j) => renderChange(option, i, j, types, grown(sources, option.changes.slice(0, j)))),
      el('p', { class: 'row' },
        el('label', { for: `${id}-new-type` }, t('editor.newChange')),
        el('select', { id: `${id}-new-type` }, types.map(type => el('option', { value: type }, t(`editor.type.${type}`)))),
        el('button', { type: 'button', id: `${id}-add-change`, onclick: () => {
          option.changes.push({ type: document.getElementById(`${id}-new-type`).value });
          restructure(`${id}c${option.changes.length - 1}-type`);
        } }, t('editor.addChange'))));
  }

  function renderChange(option, i, j, types, sources) {
    const change = option.changes[j];
    const id = `o${i}c${j}`;
    const path = changePath(i, j);
    const known = CHANGE_TYPES[change.type];
    return el('fieldset', { class: 'change', id, 'aria-describedby': `${id}-error` },
      el('legend', {}, t('editor.change', { n: j + 1, type: known ? t(`editor.type.${change.type}`) : change.type })),
      fieldError(path, id),
      el('p', { class: 'row' },
        el('label', { for: `${id}-type` }, t('editor.type')),
        el('select', { id: `${id}-type`, onchange: e => {
          // Fields the new type also has keep their values.
          const names = new Set(fieldsFor(e.target.value, edit.baseline).map(f => f.name));
          option.changes[j] = Object.fromEntries([['type', e.target.value],
            ...Object.entries(change).filter(([name]) => names.has(name))]);
          restructure(`${id}-type`);
        } }, [...new Set([...types, change.type])].map(type => el('option', { value: type, selected: type === change.type },
          CHANGE_TYPES[type] ? t(`editor.type.${type}`) : type))),
        el('button', { type: 'button', class: 'secondary', id: `${id}-remove`, onclick: () => {
          option.changes.splice(j, 1);
          restructure(`o${i}-add-change`);
        } }, t('editor.removeChange'))),
      known ? el('p', { class: 'hint' }, t(`editor.hint.${change.type}`)) : null,
      el('div', { class: 'fields' }, fieldsFor(change.type, edit.baseline)
        .map(field => renderField(change, field, `${path}.${field.name}`, `${id}-${field.name}`, sources))));
  }

  function renderField(change, field, path, id, sources) {
    const value = change[field.name];
    const set = v => { if (empty(v)) delete change[field.name]; else change[field.name] = v; };
    // A field that extends the lists of later changes redraws them once it is left (after the focus has moved on,
    // so that the focus stays where the user put it).
    const grows = Object.values(CHANGE_TYPES[change.type].adds || {}).flat().includes(field.name);
    const after = grows ? { onchange: () => setTimeout(render) } : {};
    const choices = list => [...new Set([...(sources[field.from] || []), ...[list].flat().filter(v => !empty(v))])];
    let control;
    let datalist = null;
    switch (field.kind) {
      case 'select':
        control = el('select', describe(path, id, { required: field.required, onchange: e => set(e.target.value) }),
          el('option', { value: '' }, t('editor.choose')),
          choices(value).map(v => el('option', { value: v, selected: v === value }, v)));
        break;
      case 'multi': {
        const all = choices(value || []);
        control = el('select', describe(path, id, { multiple: true, size: Math.min(6, Math.max(2, all.length)),
          required: field.required,
          onchange: e => set([...e.target.selectedOptions].map(o => o.value)) }),
        all.map(v => el('option', { value: v, selected: (value || []).includes(v) }, v)));
        break;
      }
      case 'number':
        control = input(path, id, value, { type: 'number', min: field.min, max: field.max, step: field.step,
          required: field.required, oninput: e => set(e.target.value === '' ? undefined : Number(e.target.value)), ...after });
        break;
      case 'enum':
        control = el('select', describe(path, id, { onchange: e => set(e.target.value) }),
          el('option', { value: '' }, t('editor.none')),
          field.values.map(v => el('option', { value: v, selected: v === value }, t(`editor.enum.${v}`))));
        break;
      case 'json':
        control = el('textarea', describe(path, id, { rows: 3, cols: 50, spellcheck: 'false', oninput: e => {
          const text = e.target.value.trim();
          try {
            set(text ? JSON.parse(text) : undefined);
            drafts.delete(path);
          } catch {
            drafts.set(path, e.target.value);
          }
        }, ...after }), drafts.get(path) ?? (value === undefined ? '' : JSON.stringify(value)));
        break;
      default:
        if (field.from) datalist = el('datalist', { id: `${id}-list` }, (sources[field.from] || []).map(v => el('option', { value: v })));
        control = input(path, id, value, { list: datalist ? `${id}-list` : null, required: field.required,
          oninput: e => set(e.target.value.trim()), ...after });
    }
    return el('p', { class: 'field' },
      el('label', { for: id }, t(`editor.field.${field.name}`), field.required ? el('span', { 'aria-hidden': 'true' }, ' *') : null,
        field.kind === 'multi' ? el('span', { class: 'hint' }, ` (${t('editor.several')})`) : null),
      control, datalist, fieldError(path, id));
  }

  /** Redraws after options or changes were added or removed: paths have moved, so their problems are cleared. */
  function restructure(focusId) {
    errors = new Map();
    drafts = new Map();
    general.hidden = true;
    render();
    document.getElementById(focusId)?.focus();
  }

  function clearError(path) {
    if (!errors.delete(path)) return;
    const id = targets.get(path);
    const node = document.getElementById(id);
    node?.removeAttribute('aria-invalid');
    const box = document.getElementById(`${id}-error`);
    if (box) box.hidden = true;
  }

  // --- checking and saving ---

  /** Required fields and unreadable lists, at their paths. */
  function check() {
    const found = new Map();
    if (empty(edit.name?.trim())) found.set('$.name', t('editor.required'));
    edit.options.forEach((option, i) => {
      if (empty(option.name?.trim())) found.set(`${optionPath(i)}.name`, t('editor.required'));
      option.changes.forEach((change, j) => fieldsFor(change.type, edit.baseline).forEach(field => {
        const path = `${changePath(i, j)}.${field.name}`;
        if (drafts.has(path)) found.set(path, t('editor.notJson'));
        else if (field.required && empty(change[field.name])) found.set(path, t('editor.required'));
      }));
    });
    return found;
  }

  /** The input a problem's path belongs to: the longest registered path it starts with. */
  function targetOf(path) {
    let best = null;
    for (const known of targets.keys()) {
      const within = path === known || path.startsWith(`${known}.`) || path.startsWith(`${known}[`);
      if (within && (!best || known.length > best.length)) best = known;
    }
    return best;
  }

  /** Shows problems at their fields; those no field matches (the baseline's own) in the box below the form. */
  function show(problems) {
    errors = new Map();
    const elsewhere = [];
    for (const { path, message } of problems) {
      const at = targetOf(path);
      if (!at) {
        elsewhere.push(`${path}: ${message}`);
        continue;
      }
      // The path in the message says which item of a list is meant (staff[1], pooled[0].staff).
      const text = at === path ? message : `${path.slice(at.length).replace(/^\./, '')}: ${message}`;
      errors.set(at, errors.has(at) ? `${errors.get(at)}; ${text}` : text);
    }
    render();
    clear(general, el('p', {}, el('strong', {}, t('data.invalid'))), el('ul', {}, elsewhere.map(line => el('li', {}, line))));
    general.hidden = !elsewhere.length;
    status.textContent = t('editor.problems', { count: problems.length });
    // The first marked input (of a marked option or change: its first input) takes the focus.
    const first = document.getElementById(targets.get([...errors.keys()][0]));
    (first?.matches('fieldset') ? first.querySelector('input, select, textarea') : first)?.focus();
  }

  function theSet() {
    return { kind: 'scenario', name: edit.name.trim(), baseline: edit.baseline, ...edit.kept,
      scenarios: edit.options.map(o => ({ name: o.name.trim(), description: o.description?.trim() || undefined,
        changes: o.changes })) };
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    general.hidden = true;
    const found = check();
    if (found.size) {
      show([...found].map(([path, message]) => ({ path, message })));
      return;
    }
    status.textContent = t('editor.saving');
    try {
      const stored = await post('/api/datasets', theSet());
      errors = new Map();
      render();
      await reload();
      pick.value = stored.id;
      status.textContent = t('editor.saved', { name: stored.name });
      await onSaved(stored);
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 400 && e.problem.errors?.length)) {
        status.textContent = '';
        showError(general, e);
        return;
      }
      show(e.problem.errors);
    }
  });
  pick.addEventListener('change', () => load(pick.value).catch(e => showError(general, e)));
  document.addEventListener('langchange', () => {
    renderPick();
    render();
  });

  return { reload };
}
