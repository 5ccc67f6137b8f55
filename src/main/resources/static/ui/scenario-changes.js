// The change types of a scenario set as the editor shows them: for each type (Change.java, docs/scenario.md) the
// dataset it changes and its fields, each with the kind of input and, for references, the list of the baseline's
// ids it is chosen from. The service checks every change again when the set is saved.

const AREAS = ['URBAN', 'RURAL', 'FJORD'];
const LEVELS = ['KAD', 'SHORT_TERM', 'REHABILITATION', 'LONG_TERM'];

// Field kinds: select (one of `from`), multi (several of `from`), text (a new id or a name; `from` offers
// existing ids as suggestions), number, enum (`values`), json (a list in the dataset's own format).
// `needs`: shown only when the baseline has that dataset; `required`: checked in the browser before saving.
const req = (name, kind, extra = {}) => ({ name, kind, required: true, ...extra });
const opt = (name, kind, extra = {}) => ({ name, kind, required: false, ...extra });
const position = [req('latitude', 'number', { step: 'any' }), req('longitude', 'number', { step: 'any' }),
  opt('area', 'enum', { values: AREAS })];

/**
 * type → { needs: the dataset the change edits, fields, adds: which id lists a change of this type extends for
 * the changes after it in the same option (an added base can take a team in the next change) }.
 */
export const CHANGE_TYPES = {
  addBase: { needs: 'homecare', fields: [req('base', 'text'), opt('name', 'text'), ...position],
    adds: { locations: 'base' } },
  moveBase: { needs: 'homecare', fields: [req('base', 'select', { from: 'bases' }), ...position] },
  removeBase: { needs: 'homecare', fields: [req('base', 'select', { from: 'bases' }),
    req('moveTo', 'select', { from: 'locations' })] },
  mergeBases: { needs: 'homecare', fields: [req('bases', 'multi', { from: 'bases' }),
    req('into', 'select', { from: 'locations' })] },
  addTeam: { needs: 'homecare', fields: [req('team', 'text'), opt('name', 'text'),
    req('district', 'text', { from: 'districts' }), req('base', 'select', { from: 'locations' })],
  adds: { teams: 'team', districtTeams: 'team' } },
  moveTeam: { needs: 'homecare', fields: [req('team', 'select', { from: 'teams' }),
    req('base', 'select', { from: 'locations' })] },
  // Either users or a district: the service says so at the change when neither or both are given.
  reassignUsers: { needs: 'homecare', fields: [opt('users', 'multi', { from: 'users' }),
    opt('district', 'select', { from: 'districts' }), req('team', 'select', { from: 'districtTeams' })] },
  moveStaff: { fields: [req('staff', 'multi', { from: 'staff' }),
    opt('team', 'select', { from: 'teams', needs: 'homecare' }), opt('ward', 'select', { from: 'wards', needs: 'roster' })] },
  addSpecialistTeam: { needs: 'homecare', fields: [req('team', 'text'), opt('name', 'text'), req('specialty', 'text'),
    req('base', 'select', { from: 'locations' }), req('caregivers', 'multi', { from: 'caregivers' }),
    req('visitSkills', 'multi', { from: 'skills' })], adds: { teams: 'team', specialistTeams: 'team' } },
  foldSpecialistTeam: { needs: 'homecare', fields: [req('team', 'select', { from: 'specialistTeams' }),
    req('into', 'select', { from: 'districtTeams' })] },
  addStaff: { fields: [opt('caregivers', 'json', { needs: 'homecare' }), opt('employees', 'json', { needs: 'roster' })],
    adds: { staff: ['caregivers', 'employees'] } },
  removeStaff: { fields: [req('staff', 'multi', { from: 'staff' })] },
  mergeWards: { needs: 'roster', fields: [req('wards', 'multi', { from: 'wards' }), req('into', 'text', { from: 'wards' }),
    opt('name', 'text'), opt('site', 'select', { from: 'sites', needs: 'facilities' }), opt('residents', 'number'),
    opt('pooled', 'json')], adds: { wards: 'into' } },
  moveDemand: { needs: 'roster', fields: [req('from', 'select', { from: 'wards' }), req('to', 'select', { from: 'wards' }),
    req('share', 'number', { min: 0, max: 1, step: 0.05 })] },
  addSite: { needs: 'facilities', fields: [req('site', 'text'), opt('name', 'text'), ...position],
    adds: { sites: 'site' } },
  moveUnit: { needs: 'facilities', fields: [req('unit', 'select', { from: 'units' }),
    req('site', 'select', { from: 'sites' })] },
  setBeds: { needs: 'facilities', fields: [req('unit', 'text', { from: 'units' }), req('beds', 'number', { min: 0 }),
    opt('level', 'enum', { values: LEVELS }), opt('site', 'select', { from: 'sites' }),
    opt('ward', 'select', { from: 'wards', needs: 'roster' }), opt('name', 'text')], adds: { units: 'unit' } },
};

/** The change types that apply to this baseline (its datasets). */
export const typesFor = baseline => Object.keys(CHANGE_TYPES).filter(type => {
  const needs = CHANGE_TYPES[type].needs;
  return needs ? Boolean(baseline[needs]) : Boolean(baseline.homecare || baseline.roster);
});

/** The fields of a type this baseline has a dataset for. */
export const fieldsFor = (type, baseline) => (CHANGE_TYPES[type]?.fields || [])
  .filter(f => !f.needs || baseline[f.needs]);

const ids = list => (list || []).map(x => x.id);
const unique = list => [...new Set(list.filter(x => x !== undefined && x !== null && x !== ''))];

/** The id lists the selects are filled from: what the baseline has. */
export function sourcesOf(baseline) {
  const h = baseline.homecare;
  const r = baseline.roster;
  const f = baseline.facilities;
  const teams = h?.teams || [];
  const bases = unique(teams.map(team => team.base));
  return {
    bases,
    // Places a team can work from: today's bases and named places (homes have no name), not every user's home.
    locations: unique([...bases, ...(h?.locations || []).filter(l => l.name).map(l => l.id)]),
    teams: ids(teams),
    districtTeams: ids(teams.filter(team => team.district)),
    specialistTeams: ids(teams.filter(team => team.specialty)),
    districts: unique([...teams.map(team => team.district), ...(h?.users || []).map(u => u.district)]),
    users: ids(h?.users),
    caregivers: ids(h?.caregivers),
    skills: unique((h?.visits || []).flatMap(v => v.skills || [])),
    staff: [...ids(h?.caregivers), ...ids(r?.employees)],
    wards: ids(r?.wards),
    sites: ids(f?.sites),
    units: (f?.sites || []).flatMap(s => ids(s.units)),
  };
}

/** The lists as they are after `changes`: ids the earlier changes of an option added are offered too. */
export function grown(sources, changes) {
  const result = { ...sources };
  for (const change of changes) {
    Object.entries(CHANGE_TYPES[change.type]?.adds || {}).forEach(([list, field]) => {
      const added = [field].flat().flatMap(name => [change[name]].flat())
        .map(value => (value && typeof value === 'object' ? value.id : value));
      result[list] = unique([...result[list], ...added]);
    });
  }
  return result;
}
