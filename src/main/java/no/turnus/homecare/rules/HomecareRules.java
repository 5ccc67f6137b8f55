package no.turnus.homecare.rules;

import static no.turnus.problem.Rule.Level.HARD;
import static no.turnus.problem.Rule.Level.MEDIUM;
import static no.turnus.problem.Rule.Level.SOFT;

import java.util.List;
import java.util.function.Function;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import no.turnus.homecare.domain.Visit;
import no.turnus.problem.Rule;

/**
 * The catalogue of the home-care rules. Hard: what is unsafe or impossible (competence, windows of mandatory
 * visits, shift end, double visits together, pinned and avoided caregivers). Medium: visits left unplanned, by
 * priority. Soft: travel, lateness the user tolerates, continuity of care, district, balance, overtime, changes to a
 * published plan. Weights are per minute where a rule counts minutes. Adding a rule: its entry here, its constraint
 * method in the theme class ({@link RoutingRules}, {@link TimingRules}, {@link ContinuityRules}), its test.
 */
public enum HomecareRules implements Rule.Entry {
    SKILL(Rule.of("Competence or skill missing", HARD, 1, Refs.HPL,
            "Mangler kompetanse eller ferdighet", "Competence or skill missing").ofLaw(), ContinuityRules::skill),
    SPECIALIST(Rule.of("Specialist team required", HARD, 1, Refs.HPL,
            "Krever spesialteam", "Specialist team required").ofLaw(), ContinuityRules::specialist),
    WRONG_DATE(Rule.of("Visit on another date", HARD, 100, Refs.SERVICE_DECISION,
            "Besøk på feil dato", "Visit on another date"), TimingRules::wrongDate),
    WINDOW(Rule.of("Time window missed", HARD, 1, Refs.SERVICE_DECISION,
            "Tidsvindu ikke overholdt", "Time window missed"), TimingRules::window),
    SHIFT_END(Rule.of("Back after shift end", HARD, 1, Refs.AML_OVERTIME,
            "Tilbake etter vaktslutt", "Back after shift end").ofLaw(), RoutingRules::shiftEnd),
    MEAL_PAUSE(Rule.of("Meal pause late", HARD, 1, "AML §10-9 (pauser)",
            "Matpause for sent", "Meal pause late").ofLaw(), TimingRules::mealPause),
    DOUBLE_HALF(Rule.of("Double visit half planned", MEDIUM, 5, Refs.HPL,
            "Dobbeltbesøk halvt planlagt", "Double visit half planned"), TimingRules::doubleHalfPlanned),
    DOUBLE_TOGETHER(Rule.of("Double visit cannot start together", HARD, 60, Refs.HPL,
            "Dobbeltbesøk kan ikke starte samtidig", "Double visit cannot start together"),
            TimingRules::doubleTogether),
    MAX_GAP(Rule.of("Following visit too late", HARD, 1, Refs.SERVICE_DECISION,
            "Oppfølgende besøk for sent", "Following visit too late"), TimingRules::maxGap),
    PINNED(Rule.of("Pinned caregiver", HARD, 10, Refs.LOCAL,
            "Avtalt pleier", "Pinned caregiver"), ContinuityRules::pinned),
    AVOIDED(Rule.of("Avoided caregiver", HARD, 10, "Pasient- og brukerrettighetsloven §3-1 (medvirkning)",
            "Unngått pleier", "Avoided caregiver"), ContinuityRules::avoided),
    CAPACITY(Rule.of("Car capacity exceeded", HARD, 1, Refs.LOCAL,
            "Bilens kapasitet overskredet", "Car capacity exceeded"), RoutingRules::capacity),
    UNPLANNED(Rule.of("Unplanned visit", MEDIUM, 1, Refs.SERVICE_DECISION,
            "Uplanlagt besøk", "Unplanned visit"), RoutingRules::unplanned),
    TRAVEL(Rule.of("Travel time", SOFT, 1, Refs.LOCAL,
            "Reisetid", "Travel time"), RoutingRules::travel),
    LATE(Rule.of("Late within tolerance", SOFT, 2, Refs.SERVICE_DECISION,
            "Forsinket innenfor toleransen", "Late within tolerance"), TimingRules::late),
    /** Off by default (weight 0): the Mankowska benchmark's objective counts its max-tardiness term with it. */
    GREATEST_LATENESS(Rule.of("Greatest lateness", SOFT, 0, Refs.SERVICE_DECISION,
            "Største forsinkelse", "Greatest lateness"), TimingRules::greatestLateness),
    CONTINUITY(Rule.of("Distinct caregivers per user", SOFT, 30, Refs.CONTINUITY,
            "Antall ulike pleiere per bruker", "Distinct caregivers per user"), ContinuityRules::continuity),
    PRIMARY(Rule.of("Primary contact", SOFT, 10, Refs.CONTINUITY,
            "Primærkontakt", "Primary contact"), ContinuityRules::primaryContact),
    CONTACT(Rule.of("Contact person", SOFT, 5, Refs.CONTINUITY,
            "Kontaktperson", "Contact person"), ContinuityRules::contact),
    PREFERRED(Rule.of("Preferred caregiver", SOFT, 5, Refs.CONTINUITY,
            "Foretrukket pleier", "Preferred caregiver"), ContinuityRules::preferred),
    DISTRICT(Rule.of("Own district", SOFT, 15, Refs.LOCAL,
            "Eget distrikt", "Own district"), ContinuityRules::district),
    BALANCE(Rule.of("Balanced workload", SOFT, 1, Refs.LOCAL,
            "Jevn arbeidsbelastning", "Balanced workload"), RoutingRules::balance),
    OVERTIME(Rule.of("Overtime", SOFT, 3, Refs.AML_OVERTIME,
            "Overtid", "Overtime"), RoutingRules::overtime),
    CHANGED(Rule.of("Changed caregiver", SOFT, 20, Refs.LOCAL,
            "Byttet pleier", "Changed caregiver"), ContinuityRules::changed),
    /** Off by default (weight 0): a dataset sets the fixed cost of a used route as its weight. */
    ROUTE_USED(Rule.of("Route used", SOFT, 0, Refs.LOCAL,
            "Rute i bruk", "Route used"), RoutingRules::routeUsed);

    /** References several rules share. */
    private static final class Refs {
        static final String HPL = "Helsepersonelloven §4 (forsvarlighet)";
        static final String SERVICE_DECISION = "Vedtak om helsetjenester i hjemmet (tidspunkt)";
        static final String AML_OVERTIME = "AML §10-6 (overtid)";
        static final String CONTINUITY = "Kvalitetsforskriften §3 (kontinuitet); domain.md §3";
        static final String LOCAL = "Local policy";
    }

    /** The period continuity is counted over: distinct caregivers per user per 14 days (domain.md §3). */
    public static final int CONTINUITY_DAYS = 14;

    private final Rule rule;
    private final Function<ConstraintFactory, Constraint> constraint;

    HomecareRules(Rule rule, Function<ConstraintFactory, Constraint> constraint) {
        this.rule = rule;
        this.constraint = constraint;
    }

    @Override
    public Rule rule() {
        return rule;
    }

    public Constraint constraint(ConstraintFactory factory) {
        return constraint.apply(factory);
    }

    public static List<Rule> rules() {
        return Rule.of(values());
    }

    /** The user a visit is for, who a breach concerns. */
    static String who(Visit visit) {
        return visit.getUser().id();
    }
}
