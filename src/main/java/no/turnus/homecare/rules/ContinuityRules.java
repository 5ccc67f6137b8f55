package no.turnus.homecare.rules;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static no.turnus.homecare.rules.HomecareRules.AVOIDED;
import static no.turnus.homecare.rules.HomecareRules.CHANGED;
import static no.turnus.homecare.rules.HomecareRules.CONTACT;
import static no.turnus.homecare.rules.HomecareRules.CONTINUITY_DAYS;
import static no.turnus.homecare.rules.HomecareRules.CONTINUITY;
import static no.turnus.homecare.rules.HomecareRules.DISTRICT;
import static no.turnus.homecare.rules.HomecareRules.PINNED;
import static no.turnus.homecare.rules.HomecareRules.PREFERRED;
import static no.turnus.homecare.rules.HomecareRules.PRIMARY;
import static no.turnus.homecare.rules.HomecareRules.SKILL;
import static no.turnus.homecare.rules.HomecareRules.SPECIALIST;
import static no.turnus.homecare.rules.HomecareRules.who;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import no.turnus.homecare.domain.Visit;
import no.turnus.problem.Breach;

/** Who visits whom: competence and specialist teams, pinned and avoided caregivers, continuity of care, district and changes to a published plan. */
public final class ContinuityRules {

    private ContinuityRules() {
    }

    public static Constraint skill(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::missesSkill)
                .penalize(SKILL.weight())
                .justifyWith((v, score) -> new Breach(who(v), v.when(), v.caregiver().id() + " ("
                        + v.caregiver().competence() + ", skills " + v.caregiver().skills() + ") lacks what visit "
                        + v.getVisitId() + " needs: " + v.getRequiredCompetence() + " " + v.getRequiredSkills(), SKILL.reference())
                        .nb(v.caregiver().id() + " (" + v.caregiver().competence() + ", ferdigheter "
                                + v.caregiver().skills() + ") mangler det besøk " + v.getVisitId() + " krever: "
                                + v.getRequiredCompetence() + " " + v.getRequiredSkills()))
                .asConstraint(SKILL.ruleName());
    }

    public static Constraint specialist(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::missesSpecialty)
                .penalize(SPECIALIST.weight())
                .justifyWith((v, score) -> new Breach(who(v), v.when(), "visit " + v.getVisitId() + " needs the "
                        + v.getSpecialty() + " team, but " + v.caregiver().id() + " is in " + v.caregiver().team().id(),
                        SPECIALIST.reference())
                        .nb("besøk " + v.getVisitId() + " krever " + v.getSpecialty() + "-teamet, men "
                                + v.caregiver().id() + " er i " + v.caregiver().team().id()))
                .asConstraint(SPECIALIST.ruleName());
    }

    public static Constraint pinned(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getPinnedCaregiver() != null && !v.getPinnedCaregiver().equals(v.caregiver().id()))
                .penalize(PINNED.weight())
                .justifyWith((v, score) -> new Breach(who(v), v.when(), "visit " + v.getVisitId()
                        + " is confirmed with " + v.getPinnedCaregiver() + " but planned for " + v.caregiver().id(),
                        PINNED.reference())
                        .nb("besøk " + v.getVisitId() + " er avtalt med " + v.getPinnedCaregiver() + ", men planlagt for "
                                + v.caregiver().id()))
                .asConstraint(PINNED.ruleName());
    }

    public static Constraint avoided(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getUser().avoided().contains(v.caregiver().id()))
                .penalize(AVOIDED.weight())
                .justifyWith((v, score) -> new Breach(who(v), v.when(), v.caregiver().id()
                        + " must not visit this user", AVOIDED.reference())
                        .nb(v.caregiver().id() + " skal ikke besøke denne brukeren"))
                .asConstraint(AVOIDED.ruleName());
    }

    /**
     * Per user and 14-day period of the plan (days 1–14, 15–28, ...; the Swedish indicator, domain.md §3): each
     * caregiver beyond the first. A plan of up to 14 days is one period.
     */
    public static Constraint continuity(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .groupBy(Visit::getUser, v -> v.getDayIndex() / CONTINUITY_DAYS, countDistinct(Visit::caregiver))
                .filter((user, period, count) -> count > 1)
                .penalize(CONTINUITY.weight(), (user, period, count) -> count - 1)
                .justifyWith((user, period, count, score) -> new Breach(user.id(), "days "
                        + (period * CONTINUITY_DAYS + 1) + "–" + (period + 1) * CONTINUITY_DAYS,
                        "meets " + count + " different caregivers in " + CONTINUITY_DAYS + " days", CONTINUITY.reference())
                        .nb(user.id(), "dag " + (period * CONTINUITY_DAYS + 1) + "–" + (period + 1) * CONTINUITY_DAYS,
                                "møter " + count + " ulike ansatte på " + CONTINUITY_DAYS + " dager"))
                .asConstraint(CONTINUITY.ruleName());
    }

    public static Constraint primaryContact(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getUser().primaryContact() != null
                        && !v.getUser().primaryContact().equals(v.caregiver().id()))
                .penalize(PRIMARY.weight())
                .justifyWith((v, score) -> new Breach(who(v), v.when(), "visit " + v.getVisitId() + " is made by "
                        + v.caregiver().id() + ", not by the primary contact " + v.getUser().primaryContact(),
                        PRIMARY.reference())
                        .nb("besøk " + v.getVisitId() + " gjøres av " + v.caregiver().id() + ", ikke av primærkontakten "
                                + v.getUser().primaryContact()))
                .asConstraint(PRIMARY.ruleName());
    }

    /**
     * A visit made by neither of the user's contact persons (primærkontakt, sekundærkontakt), for users with a
     * secondary contact: when the primary contact is off duty, the secondary one is the next best.
     */
    public static Constraint contact(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getUser().secondaryContact() != null && !v.getUser().isContact(v.caregiver().id()))
                .penalize(CONTACT.weight())
                .justifyWith((v, score) -> new Breach(who(v), v.when(), "visit " + v.getVisitId() + " is made by "
                        + v.caregiver().id() + ", neither the primary contact " + v.getUser().primaryContact()
                        + " nor the secondary contact " + v.getUser().secondaryContact(), CONTACT.reference())
                        .nb("besøk " + v.getVisitId() + " gjøres av " + v.caregiver().id() + ", verken av primærkontakten "
                                + v.getUser().primaryContact() + " eller sekundærkontakten "
                                + v.getUser().secondaryContact()))
                .asConstraint(CONTACT.ruleName());
    }

    public static Constraint preferred(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> !v.getUser().preferred().isEmpty() && !v.getUser().preferred().contains(v.caregiver().id())
                        && !v.getUser().isContact(v.caregiver().id()))
                .penalize(PREFERRED.weight())
                .justifyWith((v, score) -> new Breach(who(v), v.when(), "visit " + v.getVisitId() + " is made by "
                        + v.caregiver().id() + ", none of the preferred caregivers " + v.getUser().preferred(),
                        PREFERRED.reference())
                        .nb("besøk " + v.getVisitId() + " gjøres av " + v.caregiver().id()
                                + ", ingen av de foretrukne ansatte " + v.getUser().preferred()))
                .asConstraint(PREFERRED.ruleName());
    }

    public static Constraint district(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getUser().district() != null && !v.caregiver().team().isSpecialist()
                        && !v.getUser().district().equals(v.caregiver().team().district()))
                .penalize(DISTRICT.weight())
                .justifyWith((v, score) -> new Breach(v.caregiver().id(), v.when(), "of team "
                        + v.caregiver().team().id() + " (" + v.caregiver().team().district() + ") visits "
                        + v.getUser().id() + " in district " + v.getUser().district(), DISTRICT.reference())
                        .nb("fra team " + v.caregiver().team().id() + " (" + v.caregiver().team().district() + ") besøker "
                                + v.getUser().id() + " i distrikt " + v.getUser().district()))
                .asConstraint(DISTRICT.ruleName());
    }

    public static Constraint changed(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getReferenceCaregiver() != null && !v.getReferenceCaregiver().equals(v.caregiver().id()))
                .penalize(CHANGED.weight())
                .justifyWith((v, score) -> new Breach(who(v), v.when(), "visit " + v.getVisitId() + " moved from "
                        + v.getReferenceCaregiver() + " to " + v.caregiver().id(), CHANGED.reference())
                        .nb("besøk " + v.getVisitId() + " er flyttet fra " + v.getReferenceCaregiver() + " til " + v.caregiver().id()))
                .asConstraint(CHANGED.ruleName());
    }
}
