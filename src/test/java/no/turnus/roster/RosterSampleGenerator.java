package no.turnus.roster;

import no.turnus.roster.domain.ShiftCategory;
import no.turnus.roster.input.RosterDataset;

import java.io.File;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import no.turnus.problem.DatasetReader;
import no.turnus.roster.input.RosterDataset.ContractSpec;
import no.turnus.roster.input.RosterDataset.Demand;
import no.turnus.roster.input.RosterDataset.EmployeeSpec;
import no.turnus.roster.input.RosterDataset.FixedShift;
import no.turnus.roster.input.RosterDataset.Period;
import no.turnus.roster.input.RosterDataset.ShiftTypeSpec;
import no.turnus.roster.input.RosterDataset.Ward;
import no.turnus.roster.input.RosterDataset.WishSpec;
import no.turnus.roster.input.RosterDataset.WishType;
import no.turnus.roster.rules.RosterRules;

/**
 * Seeded generator of the roster samples in data-samples/ (run its main from the project root). Shift times
 * and staffing follow domain.md §1.3 and §2: D 07:30–15:00, A 14:30–22:00, N 21:45–07:45, LV 08:00–20:00;
 * at least one nurse on day and evening, a nurse on night somewhere in the house, medication-trained staff
 * on day shifts.
 */
public final class RosterSampleGenerator {

    static final LocalDate START = LocalDate.of(2026, 1, 5); // a Monday
    static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    static final List<DayOfWeek> WEEKEND = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    static final List<ShiftTypeSpec> SHIFTS = List.of(
            new ShiftTypeSpec("D", "Dagvakt", LocalTime.of(7, 30), LocalTime.of(15, 0), 7.5, ShiftCategory.DAY),
            new ShiftTypeSpec("A", "Aftenvakt", LocalTime.of(14, 30), LocalTime.of(22, 0), 7.5, ShiftCategory.EVENING),
            new ShiftTypeSpec("N", "Nattvakt", LocalTime.of(21, 45), LocalTime.of(7, 45), 10.0, ShiftCategory.NIGHT),
            new ShiftTypeSpec("LV", "Langvakt", LocalTime.of(8, 0), LocalTime.of(20, 0), 11.5, ShiftCategory.LONG));
    // KS-bound municipality with a written agreement with the tillitsvalgte: long shifts (12.5 h) and 54 h weeks
    // when averaged (AML §10-5 (2)); the second contract also allows 8 h rest on a quick return (§10-8 (3)),
    // penalised when used.
    static final List<ContractSpec> CONTRACTS = List.of(
            ContractSpec.underAgreement("turnus", "tariffavtale"),
            new ContractSpec("turnus-8t", null, 8.0, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, "tariffavtale", null, null, null, null, null, null));
    /** Stillingsprosent drawn for nurses and health workers (last six also for assistants): mostly part time. */
    static final double[] POSITIONS = {100, 100, 80, 80, 75, 75, 60, 60, 50, 50, 40, 40, 20};

    private final Random random;
    private final List<EmployeeSpec> employees = new ArrayList<>();
    private final int weeks;

    private RosterSampleGenerator(long seed, int weeks) {
        this.random = new Random(seed);
        this.weeks = weeks;
    }

    public static void main(String[] args) throws IOException {
        write(small(), "data-samples/roster-small.json");
        write(merged(), "data-samples/roster-merged.json");
        write(understaffed(), "data-samples/roster-understaffed.json");
    }

    static RosterDataset small() {
        RosterSampleGenerator g = new RosterSampleGenerator(11, 2);
        List<Ward> wards = List.of(new Ward("SOL", "Solsikken (skjermet, 8 plasser)"));
        List<Demand> demand = new ArrayList<>();
        g.ward(demand, "SOL", 3, 2, 2, 1, true);
        g.staff("SOL", List.of(), "", 6, 6, 3, 0);
        g.fix(0, 0, "D", "SOL");
        // Two more nurses: with every other Sunday free (AML §10-8 (4)) the first six cannot staff both weekends'
        // nurse shifts (Saturday evening and night count as Sunday work, §10-10 (1)).
        g.employees.add(new EmployeeSpec("E16", "Marte Hansen", "SYKEPLEIER", List.of("MED_PREP"), 50.0, "turnus",
                "SOL", null, null, null, null, null));
        g.employees.add(new EmployeeSpec("E17", "Jonas Moe", "SYKEPLEIER", List.of("MED_PREP"), 60.0, "turnus",
                "SOL", null, null, null, null, null));
        return new RosterDataset("roster", "Solsikken – 2 weeks", START, 2, true, wards, SHIFTS, demand,
                g.employees, CONTRACTS, null, null, null);
    }

    static RosterDataset merged() {
        RosterSampleGenerator g = new RosterSampleGenerator(2026, 6);
        List<Ward> wards = List.of(new Ward("FUR1", "Furumoen 1 (langtid)"), new Ward("FUR2", "Furumoen 2 (skjermet)"),
                new Ward("BAL1", "Ballangen langtid"), new Ward("BAL2", "Ballangen korttid"));
        List<Demand> demand = new ArrayList<>();
        for (Ward ward : wards) {
            boolean large = ward.id().endsWith("1"); // the long-term wards have more residents
            g.ward(demand, ward.id(), large ? 5 : 4, 3, 3, 1, ward.id().equals("FUR1"));
        }
        // Weekend long shift on the short-term unit instead of one day shift.
        demand.add(new Demand("BAL2", null, WEEKEND, "LV", 1, 1, null, null));
        for (int w = 0; w < 2; w++) {
            g.staff(wards.get(w).id(), List.of(wards.get(1 - w).id()), "Narvik", 7, 10, 4, 2);
        }
        for (int w = 2; w < 4; w++) {
            g.staff(wards.get(w).id(), List.of(wards.get(5 - w).id()), "Ballangen", 7, 10, 4, 2);
        }
        // A few employees of each former organisation float across all four wards (the merger's "ressurspool").
        for (int i = 0; i < 6; i++) {
            EmployeeSpec e = g.employees.get(i * 9);
            g.employees.set(i * 9, new EmployeeSpec(e.id(), e.name(), e.competence(), e.authorisations(),
                    e.positionPercent(), e.contract(), e.homeWard(), wards.stream().map(Ward::id).toList(),
                    e.formerOrganisation(), e.unavailable(), e.wishes(), e.fixed()));
        }
        g.fix(3, 2, "A", g.employees.get(3).homeWard());
        return new RosterDataset("roster", "Narvik – Furumoen and Ballangen merged, 6-week grunnturnus", START, 6,
                true, wards, SHIFTS, demand, g.employees, CONTRACTS, null, null,
                Map.of(RosterRules.MIXED_ORGANISATIONS.ruleName(), "0hard/0medium/3soft"));
    }

    static RosterDataset understaffed() {
        RosterSampleGenerator g = new RosterSampleGenerator(7, 2);
        List<Ward> wards = List.of(new Ward("KAD", "Korttid og KAD (12 plasser)"));
        List<Demand> demand = new ArrayList<>();
        g.ward(demand, "KAD", 4, 3, 3, 1, true);
        // Only two nurses for a ward that wants one on every shift.
        g.staff("KAD", List.of(), "", 2, 9, 3, 0);
        return new RosterDataset("roster", "Korttid – too few nurses", START, 2, false, wards, SHIFTS, demand,
                g.employees, CONTRACTS, null, null, null);
    }

    /** Demand of one ward: a nurse and a medication-trained person on days, a nurse on evenings. */
    private void ward(List<Demand> demand, String ward, int day, int weekendDay, int evening, int night,
                      boolean nurseAtNight) {
        demand.add(new Demand(ward, null, WEEKDAYS, "D", day, day + 1, Map.of("SYKEPLEIER", 1), Map.of("MED_PREP", 1)));
        demand.add(new Demand(ward, null, WEEKEND, "D", weekendDay, weekendDay, Map.of("SYKEPLEIER", 1),
                Map.of("MED_PREP", 1)));
        demand.add(new Demand(ward, null, null, "A", evening, evening, Map.of("SYKEPLEIER", 1), null));
        demand.add(new Demand(ward, null, null, "N", night, night,
                nurseAtNight ? Map.of("SYKEPLEIER", 1) : null, null));
    }

    /** Staff of one ward: nurses, health workers and assistants with a realistic mix of position sizes. */
    private void staff(String ward, List<String> alsoIn, String organisation, int nurses, int healthWorkers,
                       int assistants, int vernepleiere) {
        add(ward, alsoIn, organisation, "SYKEPLEIER", nurses, true);
        add(ward, alsoIn, organisation, "VERNEPLEIER", vernepleiere, true);
        add(ward, alsoIn, organisation, "HELSEFAGARBEIDER", healthWorkers, false);
        add(ward, alsoIn, organisation, "ASSISTENT", assistants, false);
    }

    private void add(String ward, List<String> alsoIn, String organisation, String competence, int count,
                     boolean medication) {
        for (int i = 0; i < count; i++) {
            String id = "E" + (employees.size() + 1);
            boolean prep = medication || competence.equals("HELSEFAGARBEIDER") && random.nextInt(3) == 0;
            double position = competence.equals("ASSISTENT") ? POSITIONS[7 + random.nextInt(6)]
                    : POSITIONS[random.nextInt(POSITIONS.length - 1)];
            List<Period> unavailable = new ArrayList<>();
            if (random.nextInt(6) == 0) {
                LocalDate from = START.plusDays(random.nextInt(weeks * 7 - 3));
                unavailable.add(new Period(from, from.plusDays(random.nextInt(4)), "ferie/permisjon"));
            }
            List<WishSpec> wishes = new ArrayList<>();
            for (int w = random.nextInt(3); w > 0; w--) {
                boolean off = random.nextInt(3) > 0;
                wishes.add(new WishSpec(START.plusDays(random.nextInt(weeks * 7)), off ? null : "D",
                        off ? WishType.OFF : WishType.ON, 5 + 5 * random.nextInt(2)));
            }
            employees.add(new EmployeeSpec(id, name(), competence, prep ? List.of("MED_PREP") : List.of(), position,
                    random.nextInt(4) == 0 ? "turnus-8t" : "turnus", ward, alsoIn,
                    organisation.isEmpty() ? null : organisation, unavailable, wishes, List.of()));
        }
    }

    private void fix(int employee, int day, String shift, String ward) {
        EmployeeSpec e = employees.get(employee);
        employees.set(employee, new EmployeeSpec(e.id(), e.name(), e.competence(), e.authorisations(),
                e.positionPercent(), e.contract(), e.homeWard(), e.wards(), e.formerOrganisation(), e.unavailable(),
                e.wishes(), List.of(new FixedShift(START.plusDays(day), shift, ward))));
    }

    private static final String[] FIRST = {"Kari", "Ola", "Ingrid", "Per", "Sigrid", "Lars", "Marit", "Jonas", "Anne",
            "Erik", "Liv", "Nils", "Hilde", "Tor", "Randi", "Ahmed", "Fatima", "Maja", "Emil", "Sofie", "Amina", "Jon"};
    private static final String[] LAST = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
            "Berg", "Eriksen", "Strand", "Nordli", "Haugen", "Bakken", "Lund", "Sandvik", "Ali", "Karlsen"};

    private String name() {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private static void write(RosterDataset dataset, String path) throws IOException {
        ObjectMapper mapper = DatasetReader.standardMapper().setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
                .enable(SerializationFeature.INDENT_OUTPUT);
        mapper.writeValue(new File(path), dataset);
    }
}
