package no.turnus.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import no.turnus.geo.AreaType;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.input.HomecareDataset.CaregiverSpec;
import no.turnus.homecare.input.HomecareDataset.LocationSpec;
import no.turnus.homecare.input.HomecareDataset.TeamSpec;
import no.turnus.homecare.input.HomecareDataset.UserSpec;
import no.turnus.homecare.input.HomecareDataset.VisitSpec;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.problem.Problems;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.input.RosterDataset.Demand;
import no.turnus.roster.input.RosterDataset.EmployeeSpec;
import no.turnus.scenario.ScenarioSet.Baseline;

/**
 * One change a scenario makes to the baseline, chosen in JSON by its {@code type}. Each is a pure function from
 * the datasets to new datasets (the input is never modified); a change that cannot apply throws
 * {@link InvalidInputException} naming its own fields under {@code path}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Change.MoveBase.class, name = "moveBase"),
        @JsonSubTypes.Type(value = Change.AddBase.class, name = "addBase"),
        @JsonSubTypes.Type(value = Change.RemoveBase.class, name = "removeBase"),
        @JsonSubTypes.Type(value = Change.MergeBases.class, name = "mergeBases"),
        @JsonSubTypes.Type(value = Change.AddTeam.class, name = "addTeam"),
        @JsonSubTypes.Type(value = Change.MoveTeam.class, name = "moveTeam"),
        @JsonSubTypes.Type(value = Change.ReassignUsers.class, name = "reassignUsers"),
        @JsonSubTypes.Type(value = Change.MoveStaff.class, name = "moveStaff"),
        @JsonSubTypes.Type(value = Change.AddSpecialistTeam.class, name = "addSpecialistTeam"),
        @JsonSubTypes.Type(value = Change.FoldSpecialistTeam.class, name = "foldSpecialistTeam"),
        @JsonSubTypes.Type(value = Change.AddStaff.class, name = "addStaff"),
        @JsonSubTypes.Type(value = Change.RemoveStaff.class, name = "removeStaff"),
        @JsonSubTypes.Type(value = Change.MergeWards.class, name = "mergeWards"),
        @JsonSubTypes.Type(value = Change.MoveDemand.class, name = "moveDemand"),
        @JsonSubTypes.Type(value = Change.AddSite.class, name = "addSite"),
        @JsonSubTypes.Type(value = Change.MoveUnit.class, name = "moveUnit"),
        @JsonSubTypes.Type(value = Change.SetBeds.class, name = "setBeds")})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public sealed interface Change {

    /**
     * @param path the JSON path of this change, e.g. {@code $.scenarios[1].changes[0]}
     * @throws InvalidInputException when the change cannot apply to these datasets
     */
    Baseline apply(Baseline baseline, String path);

    /** Moves a home-care base (a location that is some team's base) to new coordinates. */
    record MoveBase(String base, Double latitude, Double longitude, AreaType area) implements Change {
        @Override
        public Baseline apply(Baseline baseline, String path) {
            HomecareDataset d = Edits.homecare(baseline, path);
            Problems p = new Problems();
            knownBase(d, base, path + ".base", p);
            p.require(path + ".latitude", latitude);
            p.require(path + ".longitude", longitude);
            p.throwIfAny();
            return Edits.with(baseline, Edits.homecare(d, Edits.map(d.locations(), l -> l.id().equals(base),
                            l -> new LocationSpec(l.id(), l.name(), latitude, longitude, area == null ? l.area() : area)),
                    d.teams(), d.caregivers(), d.users(), d.visits()));
        }
    }

    /** A new place that teams can be based at (a team moves there with {@code moveTeam} or {@code addTeam}). */
    record AddBase(String base, String name, Double latitude, Double longitude, AreaType area) implements Change {
        @Override
        public Baseline apply(Baseline baseline, String path) {
            HomecareDataset d = Edits.homecare(baseline, path);
            Problems p = new Problems();
            if (p.require(path + ".base", base)) {
                p.check(d.locations().stream().noneMatch(l -> l.id().equals(base)), path + ".base",
                        "there is already a location '" + base + "'");
            }
            p.require(path + ".latitude", latitude);
            p.require(path + ".longitude", longitude);
            p.throwIfAny();
            return Edits.with(baseline, Edits.homecare(d, Edits.plus(d.locations(),
                            List.of(new LocationSpec(base, name, latitude, longitude, area))),
                    d.teams(), d.caregivers(), d.users(), d.visits()));
        }
    }

    /** Closes a base: its teams, and caregivers who start or end there, move to {@code moveTo}. */
    record RemoveBase(String base, String moveTo) implements Change {
        @Override
        public Baseline apply(Baseline baseline, String path) {
            HomecareDataset d = Edits.homecare(baseline, path);
            Problems p = new Problems();
            knownBase(d, base, path + ".base", p);
            if (p.require(path + ".moveTo", moveTo)) {
                p.known(path + ".moveTo", moveTo, locationIds(d), "location");
                p.check(!moveTo.equals(base), path + ".moveTo", "is the base being removed");
            }
            d.users().stream().filter(u -> base != null && base.equals(u.location())).findFirst().ifPresent(u ->
                    p.add(path + ".base", "user " + u.id() + " lives at '" + base + "': it cannot be removed"));
            p.throwIfAny();
            Set<String> gone = Set.of(base);
            return Edits.with(baseline, Edits.homecare(d, Edits.without(d.locations(), l -> l.id().equals(base)),
                    Edits.map(d.teams(), t -> base.equals(t.base()),
                            t -> new TeamSpec(t.id(), t.name(), t.district(), t.specialty(), moveTo)),
                    d.caregivers().stream().map(c -> new CaregiverSpec(c.id(), c.name(), c.team(), c.competence(),
                            c.skills(), c.travelMode(), Edits.replace(c.startLocation(), gone, moveTo),
                            Edits.replace(c.endLocation(), gone, moveTo), c.shifts(), c.capacity())).toList(),
                    d.users(), d.visits()));
        }
    }

    /** Several bases become one: {@code bases} are closed and their teams move to {@code into}. */
    record MergeBases(List<String> bases, String into) implements Change {
        @Override
        public Baseline apply(Baseline baseline, String path) {
            Edits.homecare(baseline, path);
            Problems p = new Problems();
            p.require(path + ".into", into);
            p.check(bases != null && !bases.isEmpty(), path + ".bases", "must list at least one base to merge");
            p.throwIfAny();
            Baseline result = baseline;
            for (int i = 0; i < bases.size(); i++) {
                if (!bases.get(i).equals(into)) {
                    try {
                        result = new RemoveBase(bases.get(i), into).apply(result, path);
                    } catch (InvalidInputException e) {
                        String at = Problems.at(path, "bases", i);
                        throw new InvalidInputException(e.problems().stream().map(problem -> problem.path().endsWith(".base")
                                ? new InputProblem(at, problem.message())
                                : new InputProblem(path + ".into", problem.message())).toList());
                    }
                }
            }
            return result;
        }
    }

    /** A new generalist district team (distriktsteam) at a base; staff join it with {@code moveStaff}. */
    record AddTeam(String team, String name, String district, String base) implements Change {
        @Override
        public Baseline apply(Baseline baseline, String path) {
            HomecareDataset d = Edits.homecare(baseline, path);
            Problems p = new Problems();
            newTeam(d, team, path, p);
            p.require(path + ".district", district);
            if (p.require(path + ".base", base)) {
                p.known(path + ".base", base, locationIds(d), "location");
            }
            p.throwIfAny();
            return Edits.with(baseline, Edits.homecare(d, d.locations(),
                    Edits.plus(d.teams(), List.of(new TeamSpec(team, name, district, null, base))),
                    d.caregivers(), d.users(), d.visits()));
        }
    }

    /** A team works from another base. */
    record MoveTeam(String team, String base) implements Change {
        @Override
        public Baseline apply(Baseline baseline, String path) {
            HomecareDataset d = Edits.homecare(baseline, path);
            Problems p = new Problems();
            knownTeam(d, team, path + ".team", p);
            if (p.require(path + ".base", base)) {
                p.known(path + ".base", base, locationIds(d), "location");
            }
            p.throwIfAny();
            return Edits.with(baseline, Edits.homecare(d, d.locations(), Edits.map(d.teams(), t -> t.id().equals(team),
                    t -> new TeamSpec(t.id(), t.name(), t.district(), t.specialty(), base)), d.caregivers(), d.users(),
                    d.visits()));
        }
    }

    /**
     * Users, listed or all of one district, are served by another generalist team: they move to its district.
     */
    record ReassignUsers(List<String> users, String district, String team) implements Change {
        @Override
        public Baseline apply(Baseline baseline, String path) {
            HomecareDataset d = Edits.homecare(baseline, path);
            Problems p = new Problems();
            TeamSpec target = knownTeam(d, team, path + ".team", p);
            if (target != null) {
                p.check(target.district() != null, path + ".team", "is a specialist team; users belong to district teams");
            }
            boolean listed = users != null && !users.isEmpty();
            p.check(listed != (district != null), path, "give either users or district");
            Set<String> userIds = new HashSet<>();
            d.users().forEach(u -> userIds.add(u.id()));
            if (listed) {
                for (int i = 0; i < users.size(); i++) {
                    p.known(Problems.at(path, "users", i), users.get(i), userIds, "user");
                }
            } else if (district != null) {
                p.check(d.users().stream().anyMatch(u -> district.equals(u.district())), path + ".district",
                        "no user is in district '" + district + "'");
            }
            p.throwIfAny();
            return Edits.with(baseline, Edits.homecare(d, d.locations(), d.teams(), d.caregivers(),
                    Edits.map(d.users(), u -> listed ? users.contains(u.id()) : district.equals(u.district()),
                            u -> new UserSpec(u.id(), u.name(), u.location(), target.district(), u.primaryContact(),
                                    u.preferred(), u.avoided()))
                    , d.visits()));
        }
    }

    /** Staff change team (home care: {@code team}) or home ward (roster: {@code ward}). */
    record MoveStaff(List<String> staff, String team, String ward) implements Change {
        @Override
        public Baseline apply(Baseline baseline, String path) {
            Problems p = new Problems();
            p.check(staff != null && !staff.isEmpty(), path + ".staff", "must list at least one caregiver or employee");
            p.check((team == null) != (ward == null), path, "give either team (home care) or ward (roster)");
            p.throwIfAny();
            if (team != null) {
                HomecareDataset d = Edits.homecare(baseline, path);
                knownTeam(d, team, path + ".team", p);
                knownIds(staff, d.caregivers().stream().map(CaregiverSpec::id).toList(), path + ".staff", "caregiver", p);
                p.throwIfAny();
                return Edits.with(baseline, Edits.homecare(d, d.locations(), d.teams(),
                        Edits.map(d.caregivers(), c -> staff.contains(c.id()), c -> inTeam(c, team)), d.users(), d.visits()));
            }
            RosterDataset r = Edits.roster(baseline, path);
            p.known(path + ".ward", ward, r.wards().stream().map(RosterDataset.Ward::id).toList(), "ward");
            knownIds(staff, r.employees().stream().map(EmployeeSpec::id).toList(), path + ".staff", "employee", p);
            p.throwIfAny();
            return Edits.with(baseline, Edits.roster(r, r.wards(), r.demand(), Edits.map(r.employees(),
                    e -> staff.contains(e.id()), e -> inWards(e, ward, e.wards().stream()
                            .filter(w -> !w.equals(ward)).toList()))));
        }
    }

    /**
     * A municipality-wide specialist team (palliative, hukommelse...) is formed: the listed caregivers join it,
     * and visits that need any of {@code visitSkills} must now be made by it.
     */
    record AddSpecialistTeam(String team, String name, String specialty, String base, List<String> caregivers,
                             List<String> visitSkills) implements Change {
        @Override
        public Baseline apply(Baseline baseline, String path) {
            HomecareDataset d = Edits.homecare(baseline, path);
            Problems p = new Problems();
            newTeam(d, team, path, p);
            p.require(path + ".specialty", specialty);
            if (p.require(path + ".base", base)) {
                p.known(path + ".base", base, locationIds(d), "location");
            }
            p.check(caregivers != null && !caregivers.isEmpty(), path + ".caregivers", "must list the team's caregivers");
            p.check(visitSkills != null && !visitSkills.isEmpty(), path + ".visitSkills",
                    "must list the skills whose visits the team takes over");
            p.throwIfAny();
            knownIds(caregivers, d.caregivers().stream().map(CaregiverSpec::id).toList(), path + ".caregivers",
                    "caregiver", p);
            p.throwIfAny();
            return Edits.with(baseline, Edits.homecare(d, d.locations(),
                    Edits.plus(d.teams(), List.of(new TeamSpec(team, name, null, specialty, base))),
                    Edits.map(d.caregivers(), c -> caregivers.contains(c.id()), c -> inTeam(c, team)), d.users(),
                    Edits.map(d.visits(), v -> v.specialty() == null && v.skills().stream().anyMatch(visitSkills::contains),
                            v -> withSpecialty(v, specialty))));
        }
    }

    /** A specialist team is folded back: its caregivers join the district team {@code into}, any of them may
     * make its visits again. */
    record FoldSpecialistTeam(String team, String into) implements Change {
        @Override
        public Baseline apply(Baseline baseline, String path) {
            HomecareDataset d = Edits.homecare(baseline, path);
            Problems p = new Problems();
            TeamSpec folded = knownTeam(d, team, path + ".team", p);
            TeamSpec target = knownTeam(d, into, path + ".into", p);
            if (folded != null) {
                p.check(folded.specialty() != null, path + ".team", "is not a specialist team");
            }
            if (target != null) {
                p.check(target.district() != null, path + ".into", "must be a district team");
            }
            p.throwIfAny();
            boolean lastOfSpecialty = d.teams().stream()
                    .noneMatch(t -> !t.id().equals(team) && folded.specialty().equals(t.specialty()));
            return Edits.with(baseline, Edits.homecare(d, d.locations(), Edits.without(d.teams(), t -> t.id().equals(team)),
                    Edits.map(d.caregivers(), c -> team.equals(c.team()), c -> inTeam(c, into)), d.users(),
                    Edits.map(d.visits(), v -> lastOfSpecialty && folded.specialty().equals(v.specialty()),
                            v -> withSpecialty(v, null))));
        }
    }

    /** New staff: caregivers for home care, employees for the roster (with the kinds' own fields). */
    record AddStaff(List<CaregiverSpec> caregivers, List<EmployeeSpec> employees) implements Change {
        @Override
        public Baseline apply(Baseline baseline, String path) {
            boolean toHomecare = caregivers != null && !caregivers.isEmpty();
            boolean toRoster = employees != null && !employees.isEmpty();
            Problems p = new Problems();
            p.check(toHomecare || toRoster, path, "give caregivers (home care) and/or employees (roster)");
            p.throwIfAny();
            Baseline result = baseline;
            if (toHomecare) {
                HomecareDataset d = Edits.homecare(baseline, path + ".caregivers");
                newIds(caregivers.stream().map(CaregiverSpec::id).toList(),
                        d.caregivers().stream().map(CaregiverSpec::id).toList(), path + ".caregivers", p);
                result = Edits.with(result, Edits.homecare(d, d.locations(), d.teams(), Edits.plus(d.caregivers(), caregivers),
                        d.users(), d.visits()));
            }
            if (toRoster) {
                RosterDataset r = Edits.roster(baseline, path + ".employees");
                newIds(employees.stream().map(EmployeeSpec::id).toList(),
                        r.employees().stream().map(EmployeeSpec::id).toList(), path + ".employees", p);
                result = Edits.with(result, Edits.roster(r, r.wards(), r.demand(), Edits.plus(r.employees(), employees)));
            }
            p.throwIfAny();
            return result;
        }
    }

    /**
     * Staff leave (caregivers or employees, by id). Users who had one of them as primary contact, preferred or
     * avoided carer, and visits confirmed with them, no longer refer to them.
     */
    record RemoveStaff(List<String> staff) implements Change {
        @Override
        public Baseline apply(Baseline baseline, String path) {
            Problems p = new Problems();
            p.check(staff != null && !staff.isEmpty(), path + ".staff", "must list at least one caregiver or employee");
            p.throwIfAny();
            Set<String> known = new HashSet<>();
            if (baseline.homecare() != null) {
                baseline.homecare().caregivers().forEach(c -> known.add(c.id()));
            }
            if (baseline.roster() != null) {
                baseline.roster().employees().forEach(e -> known.add(e.id()));
            }
            knownIds(staff, known, path + ".staff", "caregiver or employee", p);
            p.throwIfAny();
            Baseline result = baseline;
            HomecareDataset d = baseline.homecare();
            if (d != null) {
                result = Edits.with(result, Edits.homecare(d, d.locations(), d.teams(),
                        Edits.without(d.caregivers(), c -> staff.contains(c.id())),
                        d.users().stream().map(u -> new UserSpec(u.id(), u.name(), u.location(), u.district(),
                                u.primaryContact() != null && staff.contains(u.primaryContact()) ? null
                                        : u.primaryContact(),
                                Edits.without(u.preferred(), staff::contains), Edits.without(u.avoided(), staff::contains)))
                                .toList(),
                        Edits.map(d.visits(), v -> v.pinnedCaregivers().stream().anyMatch(staff::contains),
                                v -> new VisitSpec(v.id(), v.user(), v.date(), v.windows(), v.durationMinutes(),
                                        v.competence(), v.skills(), v.specialty(), v.priority(), v.caregivers(),
                                        v.lateToleranceMinutes(), Edits.without(v.pinnedCaregivers(), staff::contains),
                                        v.pinnedStart(), v.load(), v.partSkills(), v.after()))));
            }
            RosterDataset r = baseline.roster();
            if (r != null) {
                result = Edits.with(result, Edits.roster(r, r.wards(), r.demand(),
                        Edits.without(r.employees(), e -> staff.contains(e.id()))));
            }
            return result;
        }
    }

    /**
     * Wards are merged into one unit: the staff of the merged wards belong to {@code into} ({@code into} may be one of
     * {@code wards} or a new ward), and so does their demand: lines for the same day(s) and shift are added up,
     * except the shifts the merged unit's staffing plan pools ({@code pooled}: a head count, or one staff member per
     * so many residents). The residents are {@code residents}, or the beds of the merged wards' units in the
     * facilities. With facilities, the merged wards' units work in {@code into} at {@code site} (needed when they
     * were at several sites).
     */
    record MergeWards(List<String> wards, String into, String name, String site, Integer residents,
                      List<PooledDemand.Rule> pooled) implements Change {

        public MergeWards {
            pooled = pooled == null ? List.of() : pooled;
        }

        /** Demand added up line by line, no institutions. */
        public MergeWards(List<String> wards, String into, String name) {
            this(wards, into, name, null, null, List.of());
        }

        @Override
        public Baseline apply(Baseline baseline, String path) {
            RosterDataset r = Edits.roster(baseline, path);
            Problems p = new Problems();
            p.require(path + ".into", into);
            if (p.check(wards != null && wards.size() >= 2 || wards != null && !wards.isEmpty() && !wards.contains(into),
                    path + ".wards", "must list the wards to merge")) {
                knownIds(wards, r.wards().stream().map(RosterDataset.Ward::id).toList(), path + ".wards", "ward", p);
            }
            if (into != null && (wards == null || !wards.contains(into))) {
                p.check(r.wards().stream().noneMatch(w -> w.id().equals(into)), path + ".into",
                        "is another ward; list it in wards to merge into it");
            }
            p.notNegative(path + ".residents", residents);
            p.throwIfAny();
            Facilities facilities = baseline.facilities();
            if (site != null || facilities != null) {
                facilities = mergedUnits(Edits.facilities(baseline, path + ".site"), path, p);
            }
            List<RosterDataset.Ward> kept = new ArrayList<>(Edits.without(r.wards(), w -> wards.contains(w.id())));
            String label = name != null ? name : r.wards().stream().filter(w -> w.id().equals(into))
                    .map(RosterDataset.Ward::name).findFirst().orElse(into);
            kept.add(new RosterDataset.Ward(into, label));
            List<Demand> relabelled = r.demand().stream().map(line -> wards.contains(line.ward())
                    ? scaled(line, into, 1) : line).toList();
            Integer unitResidents = residents != null ? residents
                    : baseline.facilities() == null || baseline.facilities().beds(wards) == 0 ? null
                    : baseline.facilities().beds(wards);
            List<Demand> demand = PooledDemand.apply(relabelled, into, pooled, unitResidents,
                    r.shiftTypes().stream().map(RosterDataset.ShiftTypeSpec::code).collect(Collectors.toSet()), path, p);
            p.throwIfAny();
            Baseline merged = Edits.with(baseline, Edits.roster(r, List.copyOf(kept), demand,
                    r.employees().stream().map(e -> inWards(e, Edits.replace(e.homeWard(), wards, into),
                            e.wards().stream().map(w -> Edits.replace(w, wards, into)).distinct()
                                    .filter(w -> !w.equals(Edits.replace(e.homeWard(), wards, into))).toList())).toList()));
            return facilities == null ? merged : Edits.with(merged, facilities);
        }

        /** The merged wards' units work in {@code into}, at {@code site} when given. */
        private Facilities mergedUnits(Facilities f, String path, Problems p) {
            List<Facilities.Site> at = f.sites().stream()
                    .filter(s -> s.units().stream().anyMatch(u -> wards.contains(u.ward()))).toList();
            if (site != null) {
                p.known(path + ".site", site, f.sites().stream().map(Facilities.Site::id).toList(), "site");
            } else {
                p.check(at.size() <= 1, path + ".site", "the merged wards work at sites "
                        + at.stream().map(Facilities.Site::id).toList() + ": say at which site the merged unit is");
            }
            p.throwIfAny();
            String target = site != null ? site : at.isEmpty() ? null : at.get(0).id();
            List<Facilities.Unit> moving = f.sites().stream().flatMap(s -> s.units().stream())
                    .filter(u -> wards.contains(u.ward())).map(u -> u.with(u.beds(), u.level(), into)).toList();
            return f.withSites(f.sites().stream().map(s -> {
                List<Facilities.Unit> units = new ArrayList<>(Edits.without(s.units(), u -> wards.contains(u.ward())));
                if (s.id().equals(target)) {
                    units.addAll(moving);
                }
                return s.withUnits(List.copyOf(units));
            }).toList());
        }
    }

    /** A new building for units (a rehabilitation unit beside the legevakt); units move in with {@code moveUnit}. */
    record AddSite(String site, String name, Double latitude, Double longitude, AreaType area) implements Change {
        @Override
        public Baseline apply(Baseline baseline, String path) {
            Facilities f = Edits.facilities(baseline, path);
            Problems p = new Problems();
            if (p.require(path + ".site", site)) {
                p.check(f.sites().stream().noneMatch(s -> s.id().equals(site)), path + ".site",
                        "there is already a site '" + site + "'");
            }
            p.require(path + ".latitude", latitude);
            p.require(path + ".longitude", longitude);
            p.throwIfAny();
            return Edits.with(baseline, f.withSites(Edits.plus(f.sites(),
                    List.of(new Facilities.Site(site, name, latitude, longitude, area, List.of())))));
        }
    }

    /** A unit moves to another site with its beds; the staff of its ward now work there. */
    record MoveUnit(String unit, String site) implements Change {
        @Override
        public Baseline apply(Baseline baseline, String path) {
            Facilities f = Edits.facilities(baseline, path);
            Problems p = new Problems();
            Facilities.Site from = p.require(path + ".unit", unit) ? f.siteOfUnit(unit) : null;
            p.check(unit == null || from != null, path + ".unit", "unknown unit '" + unit + "'");
            if (p.require(path + ".site", site)) {
                p.known(path + ".site", site, f.sites().stream().map(Facilities.Site::id).toList(), "site");
            }
            p.throwIfAny();
            Facilities.Unit moved = from.units().stream().filter(u -> u.id().equals(unit)).findFirst().orElseThrow();
            return Edits.with(baseline, f.withSites(f.sites().stream().map(s -> {
                List<Facilities.Unit> units = Edits.without(s.units(), u -> u.id().equals(unit));
                return s.withUnits(s.id().equals(site) ? Edits.plus(units, List.of(moved)) : units);
            }).toList()));
        }
    }

    /**
     * A unit gets another number of beds (0: closed), or a new unit opens at {@code site} with {@code level}; a new
     * unit may name the roster {@code ward} whose staff work in it.
     */
    record SetBeds(String unit, Integer beds, Facilities.CareLevel level, String site, String ward, String name)
            implements Change {
        @Override
        public Baseline apply(Baseline baseline, String path) {
            Facilities f = Edits.facilities(baseline, path);
            Problems p = new Problems();
            p.require(path + ".unit", unit);
            if (p.require(path + ".beds", beds)) {
                p.range(path + ".beds", beds, 0, Facilities.MAX_BEDS);
            }
            Facilities.Site existing = unit == null ? null : f.siteOfUnit(unit);
            if (existing == null) {
                if (p.require(path + ".site", site)) {
                    p.known(path + ".site", site, f.sites().stream().map(Facilities.Site::id).toList(), "site");
                }
                p.require(path + ".level", level);
            } else {
                p.check(site == null || site.equals(existing.id()), path + ".site",
                        "unit '" + unit + "' is at '" + existing.id() + "': move it with moveUnit");
            }
            p.throwIfAny();
            return Edits.with(baseline, f.withSites(f.sites().stream().map(s -> {
                if (existing != null) {
                    return s.withUnits(Edits.map(s.units(), u -> u.id().equals(unit),
                            u -> u.with(beds, level == null ? u.level() : level, ward == null ? u.ward() : ward)));
                }
                return s.id().equals(site)
                        ? s.withUnits(Edits.plus(s.units(), List.of(new Facilities.Unit(unit, name, level, beds, ward))))
                        : s;
            }).toList()));
        }
    }

    /**
     * A share of one ward's demand moves to another ward (beds move between institutions): every demand line
     * of {@code from} keeps {@code 1 - share} of its staff numbers (rounded) and the rest is added to {@code to}.
     */
    record MoveDemand(String from, String to, Double share) implements Change {
        @Override
        public Baseline apply(Baseline baseline, String path) {
            RosterDataset r = Edits.roster(baseline, path);
            Problems p = new Problems();
            List<String> wardIds = r.wards().stream().map(RosterDataset.Ward::id).toList();
            if (p.require(path + ".from", from)) {
                p.known(path + ".from", from, wardIds, "ward");
            }
            if (p.require(path + ".to", to)) {
                p.known(path + ".to", to, wardIds, "ward");
                p.check(!to.equals(from), path + ".to", "is the ward the demand moves from");
            }
            if (p.require(path + ".share", share)) {
                p.check(share > 0 && share <= 1, path + ".share", "must be above 0 and at most 1 (was " + share + ")");
            }
            p.throwIfAny();
            List<Demand> lines = new ArrayList<>();
            for (Demand line : r.demand()) {
                if (line.ward().equals(from)) {
                    Demand moved = scaled(line, to, share);
                    lines.add(minus(line, moved));
                    lines.add(moved);
                } else {
                    lines.add(line);
                }
            }
            return Edits.with(baseline, Edits.roster(r, r.wards(), pooled(lines), r.employees()));
        }
    }

    // --- shared pieces ---

    private static Set<String> locationIds(HomecareDataset d) {
        Set<String> ids = new HashSet<>();
        d.locations().forEach(l -> ids.add(l.id()));
        return ids;
    }

    private static void knownBase(HomecareDataset d, String base, String path, Problems p) {
        if (p.require(path, base) && p.known(path, base, locationIds(d), "base")) {
            p.check(d.teams().stream().anyMatch(t -> base.equals(t.base())), path,
                    "'" + base + "' is not the base of any team");
        }
    }

    private static TeamSpec knownTeam(HomecareDataset d, String team, String path, Problems p) {
        if (!p.require(path, team)) {
            return null;
        }
        TeamSpec found = d.teams().stream().filter(t -> t.id().equals(team)).findFirst().orElse(null);
        p.check(found != null, path, "unknown team '" + team + "'");
        return found;
    }

    private static void newTeam(HomecareDataset d, String team, String path, Problems p) {
        if (p.require(path + ".team", team)) {
            p.check(d.teams().stream().noneMatch(t -> t.id().equals(team)), path + ".team",
                    "there is already a team '" + team + "'");
        }
    }

    private static void knownIds(List<String> ids, java.util.Collection<String> known, String path, String what,
                                 Problems p) {
        for (int i = 0; i < ids.size(); i++) {
            p.known(path + "[" + i + "]", ids.get(i), known, what);
        }
    }

    private static void newIds(List<String> ids, List<String> existing, String path, Problems p) {
        Set<String> seen = new HashSet<>(existing);
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) != null) {
                p.check(seen.add(ids.get(i)), path + "[" + i + "].id", "duplicate id '" + ids.get(i) + "'");
            }
        }
    }

    private static CaregiverSpec inTeam(CaregiverSpec c, String team) {
        return new CaregiverSpec(c.id(), c.name(), team, c.competence(), c.skills(), c.travelMode(), c.startLocation(),
                c.endLocation(), c.shifts(), c.capacity());
    }

    private static VisitSpec withSpecialty(VisitSpec v, String specialty) {
        return new VisitSpec(v.id(), v.user(), v.date(), v.windows(), v.durationMinutes(), v.competence(), v.skills(),
                specialty, v.priority(), v.caregivers(), v.lateToleranceMinutes(), v.pinnedCaregivers(), v.pinnedStart(),
                v.load(), v.partSkills(), v.after());
    }

    private static EmployeeSpec inWards(EmployeeSpec e, String homeWard, List<String> wards) {
        return e.inWards(homeWard, wards);
    }

    /** The line for {@code ward} with its numbers times {@code factor}, rounded. */
    private static Demand scaled(Demand line, String ward, double factor) {
        Map<String, Integer> competences = new LinkedHashMap<>();
        line.competences().forEach((k, n) -> competences.put(k, round(n, factor)));
        Map<String, Integer> authorisations = new LinkedHashMap<>();
        line.authorisations().forEach((k, n) -> authorisations.put(k, round(n, factor)));
        return new Demand(ward, line.date(), line.weekdays(), line.shift(), round(line.minimum(), factor),
                round(line.preferred(), factor), competences, authorisations);
    }

    private static Demand minus(Demand line, Demand moved) {
        Map<String, Integer> competences = new LinkedHashMap<>();
        line.competences().forEach((k, n) -> competences.put(k, n - moved.competences().get(k)));
        Map<String, Integer> authorisations = new LinkedHashMap<>();
        line.authorisations().forEach((k, n) -> authorisations.put(k, n - moved.authorisations().get(k)));
        return new Demand(line.ward(), line.date(), line.weekdays(), line.shift(), difference(line.minimum(),
                moved.minimum()), difference(line.preferred(), moved.preferred()), competences, authorisations);
    }

    /**
     * Lines of the same ward, date, weekdays and shift added up into one (pooled staff and demand), in the order
     * they first appear. Lines that differ in date or weekdays stay apart.
     */
    static List<Demand> pooled(List<Demand> lines) {
        Map<List<Object>, Demand> byKey = new LinkedHashMap<>();
        for (Demand line : lines) {
            byKey.merge(List.of(line.ward(), String.valueOf(line.date()), line.weekdays(), String.valueOf(line.shift())),
                    line, Change::sum);
        }
        return List.copyOf(byKey.values());
    }

    private static Demand sum(Demand a, Demand b) {
        Map<String, Integer> competences = new LinkedHashMap<>(a.competences());
        b.competences().forEach((k, n) -> competences.merge(k, n, Integer::sum));
        Map<String, Integer> authorisations = new LinkedHashMap<>(a.authorisations());
        b.authorisations().forEach((k, n) -> authorisations.merge(k, n, Integer::sum));
        return new Demand(a.ward(), a.date(), a.weekdays(), a.shift(), add(a.minimum(), b.minimum()),
                add(a.preferred(), b.preferred()), competences, authorisations);
    }

    private static Integer round(Integer n, double factor) {
        return n == null ? null : (int) Math.round(n * factor);
    }

    private static Integer add(Integer a, Integer b) {
        return a == null ? b : b == null ? a : a + b;
    }

    private static Integer difference(Integer a, Integer b) {
        return a == null ? null : a - (b == null ? 0 : b);
    }
}
