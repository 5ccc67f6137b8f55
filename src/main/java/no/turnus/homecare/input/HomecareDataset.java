package no.turnus.homecare.input;

import no.turnus.homecare.domain.Competence;
import no.turnus.homecare.domain.Travel;
import no.turnus.homecare.domain.TravelMode;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import no.turnus.geo.AreaType;
import no.turnus.geo.FerryLink;
import no.turnus.geo.Location;
import no.turnus.geo.RoadSettings;
import no.turnus.problem.Dataset;
import no.turnus.roster.input.RosterDataset;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A home-care routing problem as read from JSON: places and travel, teams, caregivers with their shifts,
 * users and the visits they need; optionally with a plan ({@code routes}) and the plan it is compared
 * against when replanning ({@code reference}). Fields are boxed so that a missing value is reported, not
 * read as zero.
 */
public record HomecareDataset(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = KIND) String kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Dataset.MAX_NAME_LENGTH) String name,
        @ArraySchema(minItems = 1, maxItems = HomecareValidator.MAX_LOCATIONS) List<LocationSpec> locations,
        RoadSettings roads,
        @ArraySchema(maxItems = HomecareValidator.MAX_FERRIES) List<FerryLink> ferries,
        MatrixSpec travelMatrix,
        @ArraySchema(maxItems = HomecareValidator.MAX_TEAMS) List<TeamSpec> teams,
        @ArraySchema(minItems = 1, maxItems = HomecareValidator.MAX_CAREGIVERS) List<CaregiverSpec> caregivers,
        @ArraySchema(maxItems = HomecareValidator.MAX_USERS) List<UserSpec> users,
        @ArraySchema(maxItems = HomecareValidator.MAX_VISITS) List<VisitSpec> visits,
        List<Route> routes,
        List<Route> reference,
        Map<String, String> constraintWeights,
        @ArraySchema(maxItems = HomecareValidator.MAX_TEAMS) List<TeamRoster> teamRosters) implements Dataset {

    public static final String KIND = "homecare";

    public HomecareDataset {
        locations = orEmpty(locations);
        roads = roads == null ? RoadSettings.DEFAULT : roads;
        ferries = orEmpty(ferries);
        teams = orEmpty(teams);
        caregivers = orEmpty(caregivers);
        users = orEmpty(users);
        visits = orEmpty(visits);
        routes = orEmpty(routes);
        reference = orEmpty(reference);
        constraintWeights = constraintWeights == null ? Map.of() : constraintWeights;
        teamRosters = orEmpty(teamRosters);
    }

    /** A plan whose caregivers' shifts are all given in the dataset (no team rosters). */
    public HomecareDataset(String kind, String name, List<LocationSpec> locations, RoadSettings roads,
                           List<FerryLink> ferries, MatrixSpec travelMatrix, List<TeamSpec> teams,
                           List<CaregiverSpec> caregivers, List<UserSpec> users, List<VisitSpec> visits,
                           List<Route> routes, List<Route> reference, Map<String, String> constraintWeights) {
        this(kind, name, locations, roads, ferries, travelMatrix, teams, caregivers, users, visits, routes, reference,
                constraintWeights, null);
    }

    /** The same dataset with a plan (routes) and these team rosters. */
    public HomecareDataset withPlan(List<Route> newRoutes, List<TeamRoster> rosters) {
        return new HomecareDataset(kind, name, locations, roads, ferries, travelMatrix, teams, caregivers, users,
                visits, newRoutes, reference, constraintWeights, rosters);
    }

    /** The same dataset without a plan: no routes, no reference plan, no team rosters. */
    public HomecareDataset withoutPlan() {
        return new HomecareDataset(kind, name, locations, roads, ferries, travelMatrix, teams, caregivers, users,
                visits, null, null, constraintWeights, null);
    }

    /** The same dataset with other rule weights (rule name to score, as in {@link #constraintWeights()}). */
    public HomecareDataset withConstraintWeights(Map<String, String> weights) {
        return new HomecareDataset(kind, name, locations, roads, ferries, travelMatrix, teams, caregivers, users,
                visits, routes, reference, weights, teamRosters);
    }

    /** The same dataset with other caregivers (e.g. their shifts taken from the team rosters). */
    public HomecareDataset withCaregivers(List<CaregiverSpec> newCaregivers) {
        return new HomecareDataset(kind, name, locations, roads, ferries, travelMatrix, teams, newCaregivers, users,
                visits, routes, reference, constraintWeights, teamRosters);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** A base, office or home; {@code area} sets the detour factor and speed of roads from it. */
    public record LocationSpec(@Schema(maxLength = Dataset.MAX_ID_LENGTH) String id, String name,
                               @Schema(minimum = "-90", maximum = "90") Double latitude,
                               @Schema(minimum = "-180", maximum = "180") Double longitude, AreaType area) {

        /** This place at an index of a travel matrix; an area type left out is rural. */
        public Location toLocation(int index) {
            return new Location(index, id, latitude == null ? 0 : latitude, longitude == null ? 0 : longitude,
                    area == null ? AreaType.RURAL : area);
        }
    }

    /**
     * Travel from a routing engine instead of coordinates: a table ({@code locations}, {@code seconds},
     * {@code meters}) or CSV text with lines {@code from,to,seconds,meters}.
     */
    public record MatrixSpec(List<String> locations, List<List<Integer>> seconds, List<List<Integer>> meters,
                             String csv) {
    }

    /** A generalist district team (with {@code district}) or a specialist team (with {@code specialty}). */
    public record TeamSpec(String id, String name, String district, String specialty, String base) {
    }

    /**
     * @param startLocation where routes start (default: the team's base; may be the caregiver's home)
     * @param endLocation   where routes end (default: the start location)
     * @param capacity      what the car carries per route, in the unit of the visits' {@code load} (default:
     *                      no limit), e.g. meal boxes or aids delivered on the round
     */
    public record CaregiverSpec(String id, String name, String team, Competence competence, List<String> skills,
                                TravelMode travelMode, String startLocation, String endLocation,
                                List<Shift> shifts,
                                @Schema(minimum = "0", maximum = "" + HomecareValidator.MAX_CAPACITY) Integer capacity) {
        public CaregiverSpec {
            skills = orEmpty(skills);
            shifts = orEmpty(shifts);
        }

        /** The same caregiver with other shifts. */
        public CaregiverSpec withShifts(List<Shift> newShifts) {
            return new CaregiverSpec(id, name, team, competence, skills, travelMode, startLocation, endLocation,
                    newShifts, capacity);
        }
    }

    /**
     * A shift starting on one date; {@code maxOvertimeMinutes} (default 30) is how long a route may run past its
     * end. {@code endDate} (default: {@code date}) is for a shift that ends on a later date, e.g. a night shift.
     */
    @Schema(name = "HomecareShift", description = "At most 24 h; every date of a plan within "
            + HomecareValidator.MAX_DAYS + " days, from 2000-01-01 to 2099-12-31")
    public record Shift(LocalDate date, LocalTime start, LocalTime end,
                        @Schema(minimum = "0", maximum = "" + HomecareValidator.MAX_MINUTES) Integer maxOvertimeMinutes,
                        LocalDate endDate, Pause pause) {

        /** A shift with the pause the law requires ({@link Pause#lawful}). */
        public Shift(LocalDate date, LocalTime start, LocalTime end, Integer maxOvertimeMinutes, LocalDate endDate) {
            this(date, start, end, maxOvertimeMinutes, endDate, null);
        }

        public LocalDate lastDate() {
            return endDate == null ? date : endDate;
        }
    }

    /**
     * The meal pause of a shift (AML §10-9): {@code minutes} long, starting between {@code from} and {@code to}
     * (clock times on the shift's dates). Absent: what the law requires for the shift's length, in a window around
     * its middle ({@link no.turnus.homecare.domain.MealPause}). {@code minutes} 0 is no pause, allowed only where
     * the law requires none (and for published benchmark instances).
     */
    @Schema(name = "HomecarePause")
    public record Pause(@Schema(minimum = "0", maximum = "120") Integer minutes, LocalTime from, LocalTime to) {
        /** No pause: for published benchmark instances, whose vehicles are not people. */
        public static final Pause NONE = new Pause(0, null, null);
    }

    /**
     * A home-care team's roster (turnus) as a roster dataset, solved or to be solved with the same engine and rules
     * as an institution's: the team's caregivers take their shifts from its {@code assignments}. {@code caregivers}
     * maps roster employees to caregiver ids (absent: the same id); {@code shifts} gives the route times of the
     * roster's shift types (absent: every shift type at its own times; present: only the listed ones give routes,
     * e.g. not the night shift). An employee off duty in the roster has no shift, so no visits. A cyclic roster
     * repeats over the plan's dates.
     */
    public record TeamRoster(String team, RosterDataset roster, Map<String, String> caregivers,
                             Map<String, RouteShift> shifts) {
        public TeamRoster {
            caregivers = caregivers == null ? Map.of() : caregivers;
        }

        /** The same team roster with another (e.g. solved) roster dataset. */
        public TeamRoster withRoster(RosterDataset solved) {
            return new TeamRoster(team, solved, caregivers, shifts);
        }

        /** The caregiver an employee of the roster is. */
        public String caregiver(String employee) {
            return caregivers.getOrDefault(employee, employee);
        }
    }

    /** Route times of a roster shift type; an end before the start ends the next day. */
    public record RouteShift(LocalTime start, LocalTime end, Pause pause) {
    }

    /**
     * A user; {@code primaryContact} (primærkontakt, usually a helsefagarbeider) and {@code secondaryContact}
     * (sekundærkontakt, usually a nurse) are caregiver ids.
     */
    public record UserSpec(String id, String name, String location, String district, String primaryContact,
                           List<String> preferred, List<String> avoided, String secondaryContact) {
        public UserSpec {
            preferred = orEmpty(preferred);
            avoided = orEmpty(avoided);
        }

        /** A user without a secondary contact. */
        public UserSpec(String id, String name, String location, String district, String primaryContact,
                        List<String> preferred, List<String> avoided) {
            this(id, name, location, district, primaryContact, preferred, avoided, null);
        }
    }

    /**
     * A visit on one date. {@code windows} are for the start; {@code caregivers} 2 makes it double-staffed.
     * {@code pinnedCaregivers} and {@code pinnedStart} hold what is already confirmed with the user.
     * {@code load} (default 0) is what the visit takes from the car's {@code capacity}. {@code partSkills} are
     * skills that only one caregiver of a double visit needs, in part order: {@code [["wound"], []]} is a
     * visit where one of the two must do wound care (the {@code skills} are needed by both). {@code after} makes
     * this visit follow another of the same user at a gap (e.g. medicine, then a meal 30–60 minutes later).
     */
    public record VisitSpec(@Schema(maxLength = Dataset.MAX_ID_LENGTH) String id, String user, LocalDate date,
                            @ArraySchema(maxItems = HomecareValidator.MAX_WINDOWS) List<Window> windows,
                            @Schema(minimum = "1", maximum = "1440") Integer durationMinutes,
                            Competence competence, List<String> skills, String specialty, Priority priority,
                            @Schema(minimum = "1", maximum = "2") Integer caregivers,
                            @Schema(minimum = "0", maximum = "" + HomecareValidator.MAX_MINUTES) Integer lateToleranceMinutes,
                            List<String> pinnedCaregivers, LocalTime pinnedStart,
                            @Schema(minimum = "0", maximum = "" + HomecareValidator.MAX_CAPACITY) Integer load,
                            List<List<String>> partSkills, After after) {
        public VisitSpec {
            windows = orEmpty(windows);
            skills = orEmpty(skills);
            partSkills = orEmpty(partSkills);
            pinnedCaregivers = orEmpty(pinnedCaregivers);
        }

        /** A visit that follows no other. */
        public VisitSpec(String id, String user, LocalDate date, List<Window> windows, Integer durationMinutes,
                         Competence competence, List<String> skills, String specialty, Priority priority,
                         Integer caregivers, Integer lateToleranceMinutes, List<String> pinnedCaregivers,
                         LocalTime pinnedStart, Integer load, List<List<String>> partSkills) {
            this(id, user, date, windows, durationMinutes, competence, skills, specialty, priority, caregivers,
                    lateToleranceMinutes, pinnedCaregivers, pinnedStart, load, partSkills, null);
        }

        public int staff() {
            return caregivers == null ? 1 : caregivers;
        }

        public boolean mandatory() {
            return priority != Priority.OPTIONAL;
        }
    }

    /**
     * A sequenced pair: this visit starts {@code minMinutes} (default 0) to {@code maxMinutes} after the start of
     * {@code visit}. Both are single-staffed visits of the same user; {@code maxMinutes} past is a hard breach.
     */
    public record After(String visit, Integer minMinutes, Integer maxMinutes) {

        public int min() {
            return minMinutes == null ? 0 : minMinutes;
        }
    }

    /**
     * A window for the start. {@code startDate} and {@code endDate} (default: the visit's date) place it on a
     * later date than the visit's own, e.g. 01:00–02:00 in a night shift that began the evening before.
     */
    public record Window(LocalTime start, LocalTime end, LocalDate startDate, LocalDate endDate) {
    }

    /** Mandatory (must be made in its window) or optional (can be moved to another day). */
    public enum Priority { MANDATORY, OPTIONAL }

    /**
     * One caregiver's route on one date: visit ids in driving order (a double visit is in two routes).
     * {@code pinnedVisits} first visits stay where they are when solving again.
     */
    public record Route(String caregiver, LocalDate date, List<String> visits, Integer pinnedVisits) {
        public Route {
            visits = orEmpty(visits);
        }

        public int pinned() {
            return pinnedVisits == null ? 0 : pinnedVisits;
        }
    }
}
