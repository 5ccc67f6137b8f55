package no.turnus.homecare.input;

import no.turnus.homecare.domain.Competence;
import no.turnus.homecare.domain.Visit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
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
import no.turnus.problem.DatasetReader;

/**
 * Seeded home-care instances for the new Narvik (domain.md §4): users scattered around real places (Narvik,
 * Ankenes, Håkvik, Beisfjord, Bjerkvik, Skjomen, Bjørnfjell, Ballangen, Kjeldebotn, Kjøpsvik) by population,
 * bases in Narvik, Ballangen and Kjøpsvik, four generalist district teams and the palliative, dementia
 * (hukommelsesteam) and intensive (forsterket helsehjelp) teams, day and evening shifts sized from demand,
 * the Bognes–Skarberget ferry. Visit types and windows follow domain.md §3.
 *
 * <p>Run {@code java -cp target/classes:... no.turnus.homecare.input.HomecareGenerator <users> <days> <seed> <file>}
 * or call {@link #generate}.
 */
public final class HomecareGenerator {

    /** A real place: coordinates from domain.md §4 ([~] ones approximate), district, share of the users. */
    private record Place(String id, String name, double lat, double lon, AreaType area, String district,
                         double weight, double radiusKm) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("narvik", "Narvik", 68.4384, 17.4272, AreaType.URBAN, "Narvik", 52, 2.0),
            new Place("ankenes", "Ankenesstrand", 68.4211, 17.3697, AreaType.URBAN, "Narvik", 8, 1.0),
            new Place("hakvik", "Håkvik", 68.395, 17.29, AreaType.RURAL, "Narvik", 4, 1.5),
            new Place("beisfjord", "Beisfjord", 68.376, 17.595, AreaType.FJORD, "Narvik", 3, 1.5),
            new Place("skjomen", "Elvegård (Skjomen)", 68.3039, 17.2912, AreaType.FJORD, "Narvik", 2, 2.0),
            new Place("bjerkvik", "Bjerkvik", 68.5492, 17.5571, AreaType.RURAL, "Bjerkvik", 9, 1.5),
            new Place("bjornfjell", "Bjørnfjell", 68.44, 18.07, AreaType.RURAL, "Bjerkvik", 1, 3.0),
            new Place("ballangen", "Ballangen", 68.343, 16.835, AreaType.RURAL, "Ballangen", 11, 2.0),
            new Place("kjeldebotn", "Kjeldebotn", 68.40, 16.63, AreaType.FJORD, "Ballangen", 2, 1.5),
            new Place("kjopsvik", "Kjøpsvik", 68.0961, 16.3736, AreaType.FJORD, "Kjøpsvik", 5, 1.5));

    /** Generalist team per district and its base; the specialist teams are based in Narvik. */
    private static final Map<String, String[]> DISTRICT_TEAMS = Map.of(
            "Narvik", new String[] {"narvik-sentrum", "Hjemmetjenesten Narvik sentrum", "base-narvik"},
            "Bjerkvik", new String[] {"narvik-nord", "Hjemmetjenesten Bjerkvik", "base-narvik"},
            "Ballangen", new String[] {"ballangen", "Hjemmetjenesten Ballangen", "base-ballangen"},
            "Kjøpsvik", new String[] {"kjopsvik", "Hjemmetjenesten Kjøpsvik", "base-kjopsvik"});
    private static final List<String> DISTRICTS = List.of("Narvik", "Bjerkvik", "Ballangen", "Kjøpsvik");
    private static final String[][] SPECIALISTS = {
            {"palliativt", "Palliativt team", "palliative"},
            {"hukommelse", "Hukommelsesteamet", "dementia"},
            {"forsterket", "Forsterket helsehjelp i hjemmet", "intensive"}};

    private final Random random;
    private final LocalDate firstDate;
    private final int days;
    private final List<VisitSpec> visits = new ArrayList<>();
    /** Visit minutes per team and shift (0 day, 1 evening), to size the staff. */
    private final Map<String, int[]> demand = new LinkedHashMap<>();

    private HomecareGenerator(long seed, LocalDate firstDate, int days) {
        this.random = new Random(seed);
        this.firstDate = firstDate;
        this.days = days;
    }

    /** An instance with about 2.2 visits per user and day. */
    public static HomecareDataset generate(String name, int users, int days, long seed, LocalDate firstDate) {
        return new HomecareGenerator(seed, firstDate, days).build(name, users);
    }

    private HomecareDataset build(String name, int userCount) {
        List<LocationSpec> locations = new ArrayList<>();
        locations.add(new LocationSpec("base-narvik", "Narvik helsehus", 68.4380, 17.4300, AreaType.URBAN));
        locations.add(new LocationSpec("base-ballangen", "Ballangen helsesenter", 68.3430, 16.8350, AreaType.RURAL));
        locations.add(new LocationSpec("base-kjopsvik", "Prestegårdstunet Kjøpsvik", 68.0961, 16.3736, AreaType.FJORD));
        List<TeamSpec> teams = new ArrayList<>();
        for (String district : DISTRICTS) {
            String[] t = DISTRICT_TEAMS.get(district);
            teams.add(new TeamSpec(t[0], t[1], district, null, t[2]));
            demand.put(t[0], new int[2]);
        }
        for (String[] s : SPECIALISTS) {
            teams.add(new TeamSpec(s[0], s[1], null, s[2], "base-narvik"));
            demand.put(s[0], new int[2]);
        }
        double total = PLACES.stream().mapToDouble(Place::weight).sum();
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
            visitsFor(id, place, u == 0);
        }
        List<CaregiverSpec> caregivers = staff(teams);
        users = contacts(users, userDistricts, caregivers);
        // Bognes–Skarberget (E6): 25 min crossing (domain.md §4); quay positions approximate, mean wait 10 min.
        List<FerryLink> ferries = List.of(new FerryLink("bognes-skarberget", 68.2530, 16.0000, 68.2400, 16.3300,
                AreaType.FJORD, 25, 10.0, null));
        return new HomecareDataset(HomecareDataset.KIND, name, locations, null, ferries, null, teams, caregivers, users,
                visits, null, null, null);
    }

    private Place pick(double total) {
        double x = random.nextDouble() * total;
        for (Place place : PLACES) {
            x -= place.weight();
            if (x < 0) {
                return place;
            }
        }
        return PLACES.get(0);
    }

    /** A user's daily visits: a need level (domain.md §3: limited, medium, extensive) and some specialist care. */
    private void visitsFor(String user, Place place, boolean first) {
        String team = DISTRICT_TEAMS.get(place.district())[0];
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
                String specialistTeam = specialistTeam(specialist);
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

    private static String specialistTeam(String specialty) {
        for (String[] s : SPECIALISTS) {
            if (s[2].equals(specialty)) {
                return s[0];
            }
        }
        throw new IllegalArgumentException(specialty);
    }

    private void add(String user, LocalDate date, int n, String team, String from, String to, int minutes,
                     Competence competence, List<String> skills, String specialty, int staff, int tolerance) {
        add(user, date, n, team, from, to, minutes, competence, skills, specialty, staff, tolerance, false);
    }

    private void add(String user, LocalDate date, int n, String team, String from, String to, int minutes,
                     Competence competence, List<String> skills, String specialty, int staff, int tolerance,
                     boolean optional) {
        String id = user + "-" + date.getDayOfMonth() + "-" + n;
        visits.add(new VisitSpec(id, user, date, List.of(new Window(LocalTime.parse(from), LocalTime.parse(to), null, null)),
                minutes, competence, skills.isEmpty() ? null : skills, specialty,
                optional ? HomecareDataset.Priority.OPTIONAL : null, staff == 1 ? null : staff,
                tolerance == 0 ? null : tolerance, null, null, null, null));
        demand.get(team)[LocalTime.parse(from).getHour() < 15 ? 0 : 1] += minutes * staff;
    }

    /**
     * Staff per team and shift, sized so that visits take about 45 % of shift time (travel and waiting take
     * the rest in a spread-out municipality), plus one; a day shift team has nurses and insulin-trained staff.
     */
    private List<CaregiverSpec> staff(List<TeamSpec> teams) {
        List<CaregiverSpec> caregivers = new ArrayList<>();
        for (TeamSpec team : teams) {
            int[] minutes = demand.get(team.id());
            int dayStaff = minutes[0] == 0 ? 0 : (int) Math.ceil(minutes[0] / days / (480 * 0.45)) + 1;
            int eveningStaff = minutes[1] == 0 ? 0 : (int) Math.ceil(minutes[1] / days / (450 * 0.45)) + 1;
            for (int i = 0; i < dayStaff + eveningStaff; i++) {
                boolean day = i < dayStaff;
                int k = day ? i : i - dayStaff;
                Competence competence = team.specialty() != null || k % 3 == 0 ? Competence.NURSE
                        : k % 3 == 1 ? Competence.HEALTH_WORKER : Competence.HEALTH_WORKER;
                List<String> skills = competence == Competence.NURSE ? List.of("insulin", "medication", "wound")
                        : k % 2 == 1 ? List.of("insulin", "medication") : List.of("medication");
                List<Shift> shifts = new ArrayList<>();
                for (int d = 0; d < days; d++) {
                    shifts.add(day ? new Shift(firstDate.plusDays(d), LocalTime.of(7, 0), LocalTime.of(15, 0), null, null)
                            : new Shift(firstDate.plusDays(d), LocalTime.of(15, 0), LocalTime.of(22, 30), null, null));
                }
                caregivers.add(new CaregiverSpec(team.id() + "-" + (day ? "d" : "e") + (k + 1), null, team.id(),
                        competence, skills, null, null, null, shifts, null));
            }
        }
        return caregivers;
    }

    /** A primary contact (a day-shift generalist of the district team) and sometimes an avoided caregiver. */
    private List<UserSpec> contacts(List<UserSpec> users, List<String> districts, List<CaregiverSpec> caregivers) {
        List<UserSpec> out = new ArrayList<>();
        for (int u = 0; u < users.size(); u++) {
            String team = DISTRICT_TEAMS.get(districts.get(u))[0];
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

    private static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }

    /** The JSON form used for the samples: ISO dates, nulls and empty lists left out. */
    public static String json(HomecareDataset dataset) throws IOException {
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
        LocalDate first = args.length > 4 ? LocalDate.parse(args[4]) : LocalDate.of(2026, 3, 2);
        HomecareDataset dataset = generate("Narvik, " + args[0] + " users, seed " + args[2],
                Integer.parseInt(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]), first);
        Files.writeString(Path.of(args[3]), json(dataset));
        System.out.println(args[3] + ": " + dataset.users().size() + " users, " + dataset.visits().size()
                + " visits, " + dataset.caregivers().size() + " caregivers");
    }
}
