package no.turnus.problem;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why one constraint match was penalised, in words a unit leader or coordinator understands: who is
 * affected, when, what is wrong, and the rule it breaks (law or agreement reference where there is one,
 * e.g. "AML §10-8 (1)"). Every constraint justifies its matches with a Breach so that score analysis,
 * the CLI and the UI all speak the same language.
 *
 * @param who       the person, user or place concerned (an employee id, a caregiver, a ward), never null
 * @param when      the date, date range or time concerned, as ISO text; empty when it does not apply
 * @param message   the plain-words explanation
 * @param reference the legal or agreement basis, or the local policy; empty when none applies
 */
public record Breach(String who, String when, String message, String reference) implements ConstraintJustification {

    public Breach {
        when = when == null ? "" : when;
        reference = reference == null ? "" : reference;
    }
}
