package no.turnus.homecare.input;

import no.turnus.homecare.domain.Competence;
import no.turnus.homecare.domain.MealPause;
import no.turnus.homecare.domain.Visit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import no.turnus.geo.AreaType;
import no.turnus.geo.FerryLink;
import no.turnus.homecare.input.HomecareDataset.CaregiverSpec;
import no.turnus.homecare.input.HomecareDataset.LocationSpec;
import no.turnus.homecare.input.HomecareDataset.Shift;
import no.turnus.homecare.input.HomecareDataset.TeamSpec;
import no.turnus.homecare.input.HomecareDataset.UserSpec;
import no.turnus.homecare.input.HomecareDataset.VisitSpec;
import no.turnus.homecare.input.HomecareDataset.Window;
import no.turnus.problem.Dataset;
import no.turnus.problem.DatasetReader;

/**
 * Seeded home-care instances for the new Narvik (domain.md §4): users scattered around real places (Narvik,
 * Ankenes, Håkvik, Beisfjord, Bjerkvik, Skjomen, Bjørnfjell, Ballangen, Kjeldebotn, Kjøpsvik) by population,
 * bases in Narvik, Ballangen and Kjøpsvik, four generalist district teams and the palliative, dementia
 * (hukommelsesteam) and intensive (forsterket helsehjelp) teams, day and evening shifts sized from demand,
 * the Bognes–Skarberget ferry. Visit types and windows follow domain.md §3.
 *
 * <p>{@link #generateWeekly} does the same for any {@link Geography} ({@link #NARVIK}, {@link #VESTVAGOY}) with
 * weekly visit patterns per user, primary and secondary contacts, and the teams' rosters to solve
 * ({@link TeamRosterGenerator}) in place of fixed shifts: the input of a period plan.
 *
 * <p>Run {@code java -cp target/classes:... no.turnus.homecare.input.HomecareGenerator <users> <days> <seed> <file>}
 * or call {@link #generate}.
 */
public final class HomecareGenerator {

    /** A real place: coordinates from domain.md §4 ([~] ones approximate), district, share of the users. */
    public record Place(String id, String name, double lat, double lon, AreaType area, String district,
                        double weight, double radiusKm) {
    }

    /**
     * A municipality as the generator sees it: places with users, bases, a generalist team per district (id, name,
     * base), the specialist teams (id, name, specialty; based at the first base) and ferries.
     */
    public record Geography(String name, List<Place> places, List<LocationSpec> bases, List<String> districts,
                            Map<String, String[]> districtTeams, String[][] specialists, List<FerryLink> ferries) {

        String specialistTeam(String specialty) {
            for (String[] s : specialists) {
                if (s[2].equals(specialty)) {
                    return s[0];
                }
            }
            throw new IllegalArgumentException(specialty);
        }
    }

    /**
     * The new Narvik: bases in Narvik, Ballangen and Kjøpsvik; the Bognes–Skarberget ferry (E6): 25 min crossing
     * (domain.md §4), quay positions approximate, mean wait 10 min.
     */
    public static final Geography NARVIK = new Geography("Narvik", List.of(
            new Place("narvik", "Narvik", 68.4384, 17.4272, AreaType.URBAN, "Narvik", 52, 2.0),
            new Place("ankenes", "Ankenesstrand", 68.4211, 17.3697, AreaType.URBAN, "Narvik", 8, 1.0),
            new Place("hakvik", "Håkvik", 68.395, 17.29, AreaType.RURAL, "Narvik", 4, 1.5),
            new Place("beisfjord", "Beisfjord", 68.376, 17.595, AreaType.FJORD, "Narvik", 3, 1.5),
            new Place("skjomen", "Elvegård (Skjomen)", 68.3039, 17.2912, AreaType.FJORD, "Narvik", 2, 2.0),
            new Place("bjerkvik", "Bjerkvik", 68.5492, 17.5571, AreaType.RURAL, "Bjerkvik", 9, 1.5),
            new Place("bjornfjell", "Bjørnfjell", 68.44, 18.07, AreaType.RURAL, "Bjerkvik", 1, 3.0),
            new Place("ballangen", "Ballangen", 68.343, 16.835, AreaType.RURAL, "Ballangen", 11, 2.0),
            new Place("kjeldebotn", "Kjeldebotn", 68.40, 16.63, AreaType.FJORD, "Ballangen", 2, 1.5),
            new Place("kjopsvik", "Kjøpsvik", 68.0961, 16.3736, AreaType.FJORD, "Kjøpsvik", 5, 1.5)),
            List.of(new LocationSpec("base-narvik", "Narvik helsehus", 68.4380, 17.4300, AreaType.URBAN),
                    new LocationSpec("base-ballangen", "Ballangen helsesenter", 68.3430, 16.8350, AreaType.RURAL),
                    new LocationSpec("base-kjopsvik", "Prestegårdstunet Kjøpsvik", 68.0961, 16.3736, AreaType.FJORD)),
            List.of("Narvik", "Bjerkvik", "Ballangen", "Kjøpsvik"),
            Map.of("Narvik", new String[] {"narvik-sentrum", "Hjemmetjenesten Narvik sentrum", "base-narvik"},
                    "Bjerkvik", new String[] {"narvik-nord", "Hjemmetjenesten Bjerkvik", "base-narvik"},
                    "Ballangen", new String[] {"ballangen", "Hjemmetjenesten Ballangen", "base-ballangen"},
                    "Kjøpsvik", new String[] {"kjopsvik", "Hjemmetjenesten Kjøpsvik", "base-kjopsvik"}),
            new String[][] {
                    {"palliativt", "Palliativt team", "palliative"},
                    {"hukommelse", "Hukommelsesteamet", "dementia"},
                    {"forsterket", "Forsterket helsehjelp i hjemmet", "intensive"}},
            List.of(new FerryLink("bognes-skarberget", 68.2530, 16.0000, 68.2400, 16.3300, AreaType.FJORD, 25, 10.0,
                    null)));

    /**
     * Vestvågøy (11 619 inhabitants, 424 km²; domain.md §4): users around Leknes, Gravdal, Ballstad, Stamsund,
     * Borg/Bøstad, Valberg, Eggum and Uttakleiv, weighted by population (Borg/Bøstad, Valberg, Eggum and Uttakleiv
     * assumed); four district teams (only "Leknes Øst" is a known district name; the split is assumed) and the three
     * operative specialist teams (kreft/palliasjon, hukommelse/demens, innsats/intensiv) at Leknes; no ferries.
     */
    public static final Geography VESTVAGOY = new Geography("Vestvågøy", List.of(
            new Place("leknes", "Leknes", 68.1475, 13.6115, AreaType.URBAN, "Leknes Øst", 38, 1.5),
            new Place("uttakleiv", "Uttakleiv", 68.21, 13.50, AreaType.RURAL, "Leknes Øst", 1, 1.0),
            new Place("gravdal", "Gravdal", 68.1181, 13.5533, AreaType.URBAN, "Gravdal og Ballstad", 16, 1.2),
            new Place("ballstad", "Ballstad", 68.0743, 13.5451, AreaType.FJORD, "Gravdal og Ballstad", 9, 1.2),
            new Place("stamsund", "Stamsund", 68.1300, 13.8492, AreaType.RURAL, "Stamsund og Valberg", 10, 1.5),
            new Place("valberg", "Valberg", 68.1922, 13.9421, AreaType.RURAL, "Stamsund og Valberg", 3, 2.0),
            new Place("bostad", "Borg/Bøstad", 68.2390, 13.7461, AreaType.RURAL, "Borge", 8, 2.5),
            new Place("eggum", "Eggum", 68.3081, 13.6543, AreaType.FJORD, "Borge", 2, 1.5)),
            List.of(new LocationSpec("base-leknes", "Hjemmetjenesten Leknes", 68.1475, 13.6115, AreaType.URBAN),
                    new LocationSpec("base-stamsund", "Hjemmetjenesten Stamsund", 68.1300, 13.8492, AreaType.RURAL),
                    new LocationSpec("base-borge", "Hjemmetjenesten Borge (Bøstad)", 68.2390, 13.7461, AreaType.RURAL)),
            List.of("Leknes Øst", "Gravdal og Ballstad", "Stamsund og Valberg", "Borge"),
            Map.of("Leknes Øst", new String[] {"leknes-ost", "Åpen omsorg avd. Leknes Øst", "base-leknes"},
                    "Gravdal og Ballstad", new String[] {"gravdal-ballstad", "Hjemmetjenesten Gravdal og Ballstad",
                            "base-leknes"},
                    "Stamsund og Valberg", new String[] {"stamsund-valberg", "Hjemmetjenesten Stamsund og Valberg",
                            "base-stamsund"},
                    "Borge", new String[] {"borge", "Hjemmetjenesten Borge", "base-borge"}),
            new String[][] {
                    {"kreft-palliasjon", "Kreft- og palliasjonsteamet", "palliative"},
                    {"hukommelse", "Hukommelsesteamet (demens)", "dementia"},
                    {"innsats", "Innsatsteamet (intensiv oppfølging)", "intensive"}},
            List.of());

    /** The first day of a generated plan unless another is given: a Monday. */
    public static final LocalDate FIRST_DATE = LocalDate.of(2026, 3, 2);

    /**
     * The generated shifts, day (07:00–15:00) and evening (15:00–22:30), by the index the visit minutes and window
     * spans of a team are kept under: the fixed shifts of a day's caregivers and the shift types of a team roster.
     */
    static final List<ShiftHours> SHIFTS = List.of(new ShiftHours(LocalTime.of(7, 0), LocalTime.of(15, 0)),
            new ShiftHours(LocalTime.of(15, 0), LocalTime.of(22, 30)));

    /** A generated shift's start and end. */
    record ShiftHours(LocalTime start, LocalTime end) {
        int startMinute() {
            return start.toSecondOfDay() / 60;
        }

        int endMinute() {
            return end.toSecondOfDay() / 60;
        }
    }

    private final Geography geo;
    /** Visits follow each user's week (what a vedtak gives: some daily, some on set weekdays), not every day. */
    private final boolean weekly;
    private final Random random;
    private final LocalDate firstDate;
    private final int days;
    private final List<VisitSpec> visits = new ArrayList<>();
    /** Visit minutes per team and shift (0 day, 1 evening), to size the staff. */
    private final Map<String, int[]> demand = new LinkedHashMap<>();
    /**
     * Per team and shift (0 day, 1 evening): the earliest window start and the latest window end plus the visit's
     * minutes (minutes of the day), the part of the shift the visits must be made in.
     */
    private final Map<String, int[][]> windowSpan = new LinkedHashMap<>();
    /** Visit minutes per team, day and shift (0 day, 1 evening), to size a team roster's demand. */
    private final Map<String, int[][]> dayDemand = new LinkedHashMap<>();

    private HomecareGenerator(Geography geo, boolean weekly, long seed, LocalDate firstDate, int days) {
        this.geo = geo;
        this.weekly = weekly;
        this.random = new Random(seed);
        this.firstDate = firstDate;
        this.days = days;
    }

    /** An instance with about 2.2 visits per user and day. */
    public static HomecareDataset generate(String name, int users, int days, long seed, LocalDate firstDate) {
        return new HomecareGenerator(NARVIK, false, seed, firstDate, days).build(name, users);
    }

    /**
     * An instance of a municipality whose users have weekly visit patterns ({@link #weekOf}), with a secondary
     * contact (a nurse of the district team) beside the primary one.
     */
    public static HomecareDataset generateWeekly(Geography geo, String name, int users, int days, long seed,
                                                 LocalDate firstDate) {
        return new HomecareGenerator(geo, true, seed, firstDate, days).build(name, users);
    }

    private HomecareDataset build(String name, int userCount) {
        List<LocationSpec> locations = new ArrayList<>(geo.bases());
        List<TeamSpec> teams = new ArrayList<>();
        for (String district : geo.districts()) {
            String[] t = geo.districtTeams().get(district);
            teams.add(new TeamSpec(t[0], t[1], district, null, t[2]));
            demand.put(t[0], new int[2]);
            windowSpan.put(t[0], emptySpans());
            dayDemand.put(t[0], new int[days][2]);
        }
        for (String[] s : geo.specialists()) {
            teams.add(new TeamSpec(s[0], s[1], null, s[2], geo.bases().get(0).id()));
            demand.put(s[0], new int[2]);
            windowSpan.put(s[0], emptySpans());
            dayDemand.put(s[0], new int[days][2]);
        }
        double total = geo.places().stream().mapToDouble(Place::weight).sum();
        List<UserSpec> users = new ArrayList<>();
        List<String> userDistricts = new ArrayList<>();
        for (int u = 0; u < userCount; u++) {
            Place place = pick(total);
            String id = String.format("u%04d", u + 1);
            double r = place.radiusKm() * Math.sqrt(random.nextDouble());
            double angle = 2 * Math.PI * random.nextDouble();
            double lat = place.lat() + r * Math.cos(angle) / 111.2;
            double lon = place.lon() + r * Math.sin(angle) / (111.2 * Math.cos(Math.toRadians(place.lat())));
            locations.add(new LocationSpec("home-" + id, null, round(lat), round(lon), place.area()));
            users.add(new UserSpec(id, null, "home-" + id, place.district(), null, null, null));
            userDistricts.add(place.district());
            if (weekly) {
                weekOf(id, place, u == 0);
            } else {
                visitsFor(id, place, u == 0);
            }
        }
        if (weekly) {
            TeamRosterGenerator rosters = new TeamRosterGenerator(firstDate, dayDemand, windowSpan);
            List<CaregiverSpec> caregivers = rosters.staff(teams);
            return new HomecareDataset(HomecareDataset.KIND, name, locations, null, geo.ferries(), null, teams,
                    caregivers, weeklyContacts(users, userDistricts, caregivers), visits, null, null, null,
                    rosters.rosters(name, teams, caregivers));
        }
        List<CaregiverSpec> caregivers = staff(teams);
        users = contacts(users, userDistricts, caregivers);
        return new HomecareDataset(HomecareDataset.KIND, name, locations, null, geo.ferries(), null, teams, caregivers,
                users, visits, null, null, null);
    }

    private Place pick(double total) {
        double x = random.nextDouble() * total;
        for (Place place : geo.places()) {
            x -= place.weight();
            if (x < 0) {
                return place;
            }
        }
        return geo.places().get(0);
    }

    /** A user's daily visits: a need level (domain.md §3: limited, medium, extensive) and some specialist care. */
    private void visitsFor(String user, Place place, boolean first) {
        String team = geo.districtTeams().get(place.district())[0];
        double need = random.nextDouble();
        boolean remote = place.district().equals("Kjøpsvik");
        String specialist = remote ? null : need < 0.05 ? "palliative" : need < 0.11 ? "dementia"
                : need < 0.14 ? "intensive" : null;
        boolean insulin = random.nextDouble() < 0.12;
        boolean wound = random.nextDouble() < 0.08;
        // The first user always needs two caregivers in the morning, so that every instance has a double visit.
        boolean heavy = random.nextDouble() < 0.03 || first;
        for (int d = 0; d < days; d++) {
            LocalDate date = firstDate.plusDays(d);
            int n = 0;
            if (need < 0.55 || specialist != null || first) {
                add(user, date, ++n, team, "07:30", "10:30", 20 + 5 * random.nextInt(6), Competence.HEALTH_WORKER,
                        List.of(), null, heavy ? 2 : 1, 15);
            }
            if (insulin) {
                add(user, date, ++n, team, "07:45", "08:45", 10, Competence.HEALTH_WORKER, List.of("insulin"), null, 1, 0);
                add(user, date, ++n, team, "16:30", "17:30", 10, Competence.HEALTH_WORKER, List.of("insulin"), null, 1, 0);
            } else if (need < 0.8) {
                add(user, date, ++n, team, "11:30", "12:30", 5 + 5 * random.nextInt(2), Competence.HEALTH_WORKER,
                        List.of("medication"), null, 1, 15);
            }
            if (need < 0.35 || specialist != null) {
                add(user, date, ++n, team, "15:00", "17:00", 20, Competence.ASSISTANT, List.of(), null, 1, 15);
            }
            if (need < 0.6 || specialist != null || random.nextDouble() < 0.3) {
                add(user, date, ++n, team, "19:00", "22:00", 15 + 5 * random.nextInt(4), Competence.HEALTH_WORKER,
                        List.of(), null, 1, 15);
            }
            if (wound && (d % 2 == 0)) {
                add(user, date, ++n, team, "09:00", "14:00", 30, Competence.NURSE, List.of("wound"), null, 1, 30);
            }
            if (specialist != null) {
                String specialistTeam = geo.specialistTeam(specialist);
                add(user, date, ++n, specialistTeam, "09:00", "14:00", 45, Competence.NURSE, List.of(), specialist, 1, 30);
                if (specialist.equals("intensive")) {
                    add(user, date, ++n, specialistTeam, "17:00", "20:00", 30, Competence.NURSE, List.of(), specialist, 1, 30);
                }
            }
            if (n == 0) {
                // Limited needs (about 1.5 h a week): a weekly practical visit, made movable.
                add(user, date, ++n, team, "10:00", "14:00", 45, Competence.ASSISTANT, List.of(), null, 1, 30, true);
            }
        }
    }

    /**
     * A user's week as a vedtak gives it (domain.md §3): daily personal care, medication or insulin, dinner and
     * evening visits by need; a shower once a week and practical help (movable) on a set weekday; wound care on
     * Monday, Wednesday and Friday; specialist follow-up: palliative Monday, Wednesday and Friday, dementia Tuesday
     * and Thursday, intensive twice daily. The weekdays are the user's own, drawn once.
     */
    private void weekOf(String user, Place place, boolean first) {
        String team = geo.districtTeams().get(place.district())[0];
        double need = random.nextDouble();
        String specialist = need < 0.06 ? "palliative" : need < 0.13 ? "dementia" : need < 0.16 ? "intensive" : null;
        boolean insulin = random.nextDouble() < 0.12;
        boolean wound = random.nextDouble() < 0.10;
        boolean heavy = random.nextDouble() < 0.03 || first;
        DayOfWeek shower = DayOfWeek.of(1 + random.nextInt(5));
        DayOfWeek practical = DayOfWeek.of(1 + random.nextInt(5));
        int morning = 20 + 5 * random.nextInt(6);
        int evening = 15 + 5 * random.nextInt(4);
        int medication = 5 + 5 * random.nextInt(2);
        for (int d = 0; d < days; d++) {
            LocalDate date = firstDate.plusDays(d);
            DayOfWeek day = date.getDayOfWeek();
            boolean monWedFri = day == DayOfWeek.MONDAY || day == DayOfWeek.WEDNESDAY || day == DayOfWeek.FRIDAY;
            int n = 0;
            if (need < 0.55 || specialist != null || first) {
                add(user, date, ++n, team, "07:30", "10:30", morning, Competence.HEALTH_WORKER, List.of(), null,
                        heavy ? 2 : 1, 15);
            }
            if (insulin) {
                add(user, date, ++n, team, "07:45", "08:45", 10, Competence.HEALTH_WORKER, List.of("insulin"), null, 1, 0);
                add(user, date, ++n, team, "16:30", "17:30", 10, Competence.HEALTH_WORKER, List.of("insulin"), null, 1, 0);
            } else if (need < 0.8) {
                add(user, date, ++n, team, "11:30", "12:30", medication, Competence.HEALTH_WORKER,
                        List.of("medication"), null, 1, 15);
            }
            if (need < 0.35 || specialist != null) {
                add(user, date, ++n, team, "15:00", "17:00", 20, Competence.ASSISTANT, List.of(), null, 1, 15);
            }
            if (need < 0.6 || specialist != null) {
                add(user, date, ++n, team, "19:00", "22:00", evening, Competence.HEALTH_WORKER, List.of(), null, 1, 15);
            }
            if (need < 0.7 && day == shower) {
                add(user, date, ++n, team, "09:00", "13:00", 45, Competence.HEALTH_WORKER, List.of(), null, 1, 30);
            }
            if (wound && monWedFri) {
                add(user, date, ++n, team, "09:00", "14:00", 30, Competence.NURSE, List.of("wound"), null, 1, 30);
            }
            if (need >= 0.55 && specialist == null && day == practical) {
                add(user, date, ++n, team, "10:00", "14:00", 60, Competence.ASSISTANT, List.of(), null, 1, 30, true);
            }
            if (specialist != null) {
                String specialistTeam = geo.specialistTeam(specialist);
                boolean due = switch (specialist) {
                    case "palliative" -> monWedFri;
                    case "dementia" -> day == DayOfWeek.TUESDAY || day == DayOfWeek.THURSDAY;
                    default -> true;
                };
                if (due) {
                    add(user, date, ++n, specialistTeam, "09:00", "14:00", 45, Competence.NURSE, List.of(), specialist,
                            1, 30);
                }
                if (specialist.equals("intensive")) {
                    add(user, date, ++n, specialistTeam, "17:00", "20:00", 30, Competence.NURSE, List.of(), specialist,
                            1, 30);
                }
            }
        }
    }

    private void add(String user, LocalDate date, int n, String team, String from, String to, int minutes,
                     Competence competence, List<String> skills, String specialty, int staff, int tolerance) {
        add(user, date, n, team, from, to, minutes, competence, skills, specialty, staff, tolerance, false);
    }

    private void add(String user, LocalDate date, int n, String team, String from, String to, int minutes,
                     Competence competence, List<String> skills, String specialty, int staff, int tolerance,
                     boolean optional) {
        String id = user + "-" + date.getDayOfMonth() + "-" + n;
        LocalTime start = LocalTime.parse(from);
        LocalTime end = LocalTime.parse(to);
        visits.add(new VisitSpec(id, user, date, List.of(new Window(start, end, null, null)),
                minutes, competence, skills.isEmpty() ? null : skills, specialty,
                optional ? HomecareDataset.Priority.OPTIONAL : null, staff == 1 ? null : staff,
                tolerance == 0 ? null : tolerance, null, null, null, null));
        int shift = start.isBefore(SHIFTS.get(1).start()) ? 0 : 1;
        demand.get(team)[shift] += minutes * staff;
        int[] span = windowSpan.get(team)[shift];
        span[0] = Math.min(span[0], start.toSecondOfDay() / 60);
        span[1] = Math.max(span[1], end.toSecondOfDay() / 60 + minutes);
        dayDemand.get(team)[(int) ChronoUnit.DAYS.between(firstDate, date)][shift] += minutes * staff;
    }

    private static int[][] emptySpans() {
        return new int[][] {{Integer.MAX_VALUE, 0}, {Integer.MAX_VALUE, 0}};
    }

    /**
     * Staff per team and shift, plus one: enough that visits take about 45 % of shift time (travel and waiting
     * take the rest in a spread-out municipality) and at most 75 % of the time their windows leave in the shift
     * (from the first window's start to the last window's end plus the visit, less the meal pause; a quarter for
     * the drives between users). The second bound is the intensive team's evening (forsterket helsehjelp): in
     * Narvik with 1 720 users (seed 1) 54 visits of 30 min, 1 620 min, fall between 17:00 and 20:30, which leaves
     * a nurse of the 15:00–22:30 shift 210 − 30 = 180 min. By the shift alone, 1 620 / (450 × 0.45) → 8 + 1 = 9
     * nurses: 9 × 180 = 1 620 min, every minute of the window a visit and none left to drive (1 to 3 stayed
     * unplanned after 20 000 steps on that evening alone; benchmarks/RESULTS.md); with the window,
     * 1 620 / (180 × 0.75) = 12 + 1 = 13. A day shift team has nurses and insulin-trained staff.
     */
    private List<CaregiverSpec> staff(List<TeamSpec> teams) {
        List<CaregiverSpec> caregivers = new ArrayList<>();
        for (TeamSpec team : teams) {
            int[] minutes = demand.get(team.id());
            int[][] spans = windowSpan.get(team.id());
            int dayStaff = staff(minutes[0] / days, 0, spans[0]);
            int eveningStaff = staff(minutes[1] / days, 1, spans[1]);
            for (int i = 0; i < dayStaff + eveningStaff; i++) {
                boolean day = i < dayStaff;
                int k = day ? i : i - dayStaff;
                Competence competence = team.specialty() != null || k % 3 == 0 ? Competence.NURSE
                        : k % 3 == 1 ? Competence.HEALTH_WORKER : Competence.HEALTH_WORKER;
                List<String> skills = competence == Competence.NURSE ? List.of("insulin", "medication", "wound")
                        : k % 2 == 1 ? List.of("insulin", "medication") : List.of("medication");
                List<Shift> shifts = new ArrayList<>();
                for (int d = 0; d < days; d++) {
                    ShiftHours hours = SHIFTS.get(day ? 0 : 1);
                    shifts.add(new Shift(firstDate.plusDays(d), hours.start(), hours.end(), null, null));
                }
                caregivers.add(new CaregiverSpec(team.id() + "-" + (day ? "d" : "e") + (k + 1), null, team.id(),
                        competence, skills, null, null, null, shifts, null));
            }
        }
        return caregivers;
    }

    /**
     * Caregivers for {@code minutes} of visits a day in a shift ({@link #SHIFTS}: 0 day, 1 evening) whose visits'
     * windows span {@code span} (see {@link #staff(List)}); 0 without visits. The fixed shifts of a generated day
     * and each day's demand of a team roster ({@link TeamRosterGenerator}) are sized by it alike.
     */
    static int staff(int minutes, int shift, int[] span) {
        if (minutes == 0) {
            return 0;
        }
        int start = SHIFTS.get(shift).startMinute();
        int end = SHIFTS.get(shift).endMinute();
        int inWindows = Math.min(end, span[1]) - Math.max(start, span[0]) - MealPause.lawful(start, end).minutes();
        return (int) Math.ceil(Math.max(minutes / ((end - start) * 0.45), minutes / (inWindows * 0.75))) + 1;
    }

    /** A primary contact (a day-shift generalist of the district team) and sometimes an avoided caregiver. */
    private List<UserSpec> contacts(List<UserSpec> users, List<String> districts, List<CaregiverSpec> caregivers) {
        List<UserSpec> out = new ArrayList<>();
        for (int u = 0; u < users.size(); u++) {
            String team = geo.districtTeams().get(districts.get(u))[0];
            List<String> candidates = caregivers.stream()
                    .filter(c -> c.team().equals(team) && c.id().contains("-d")).map(CaregiverSpec::id).toList();
            UserSpec user = users.get(u);
            String primary = candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
            List<String> avoided = null;
            if (candidates.size() > 2 && random.nextDouble() < 0.05) {
                String other = candidates.get(random.nextInt(candidates.size()));
                avoided = other.equals(primary) ? null : List.of(other);
            }
            out.add(new UserSpec(user.id(), user.name(), user.location(), user.district(), primary, null, avoided));
        }
        return out;
    }

    /**
     * A primary contact (a helsefagarbeider of the district team) and a secondary contact (a nurse of it), as
     * Kristiansand describes them (domain.md §3).
     */
    private List<UserSpec> weeklyContacts(List<UserSpec> users, List<String> districts, List<CaregiverSpec> caregivers) {
        List<UserSpec> out = new ArrayList<>();
        for (int u = 0; u < users.size(); u++) {
            String team = geo.districtTeams().get(districts.get(u))[0];
            List<String> health = caregivers.stream().filter(c -> c.team().equals(team)
                    && c.competence() == Competence.HEALTH_WORKER).map(CaregiverSpec::id).toList();
            List<String> nurses = caregivers.stream().filter(c -> c.team().equals(team)
                    && c.competence() == Competence.NURSE).map(CaregiverSpec::id).toList();
            UserSpec user = users.get(u);
            out.add(new UserSpec(user.id(), user.name(), user.location(), user.district(),
                    health.isEmpty() ? null : health.get(random.nextInt(health.size())), null, null,
                    nurses.isEmpty() ? null : nurses.get(random.nextInt(nurses.size()))));
        }
        return out;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }

    /** The JSON form used for the samples: ISO dates, nulls and empty lists left out. */
    public static String json(Dataset dataset) throws IOException {
        ObjectMapper mapper = DatasetReader.standardMapper().copy()
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
                .enable(SerializationFeature.INDENT_OUTPUT);
        return mapper.writeValueAsString(dataset);
    }

    /** Writes an instance: {@code <users> <days> <seed> <file> [first date]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: HomecareGenerator <users> <days> <seed> <file.json> [first-date]");
            System.exit(2);
        }
        LocalDate first = args.length > 4 ? LocalDate.parse(args[4]) : FIRST_DATE;
        HomecareDataset dataset = generate("Narvik, " + args[0] + " users, seed " + args[2],
                Integer.parseInt(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]), first);
        Files.writeString(Path.of(args[3]), json(dataset));
        System.out.println(args[3] + ": " + dataset.users().size() + " users, " + dataset.visits().size()
                + " visits, " + dataset.caregivers().size() + " caregivers");
    }
}
