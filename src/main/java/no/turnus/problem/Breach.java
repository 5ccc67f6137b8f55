package no.turnus.problem;

import java.util.Objects;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why one constraint match was penalised, in words a unit leader or coordinator understands: who is
 * affected, when, what is wrong, and the rule it breaks (law or agreement reference where there is one,
 * e.g. "AML §10-8 (1)"). Every constraint justifies its matches with a Breach so that score analysis,
 * the CLI and the UI all speak the same language — in English and in bokmål:
 * {@code new Breach(who, when, "works 7 days in a row", ref).nb("jobber 7 dager på rad")}.
 *
 * @param who       the person, user or place concerned (an employee id, a caregiver, a ward), never null
 * @param when      the date, date range or time concerned, as ISO text; empty when it does not apply. Pages find
 *                  the cells a breach concerns from it, so it stays in this form whatever the reader's language
 * @param message   the plain-words explanation in English
 * @param reference the legal or agreement basis, or the local policy; empty when none applies
 * @param nb        the same explanation in bokmål, or null while a rule has none yet
 */
public record Breach(String who, String when, String message, String reference, Text nb)
        implements ConstraintJustification {

    /**
     * The explanation in one language. {@code who} and {@code when} differ from the English only where they hold
     * words ("alle ansatte", "uke 2"); ids and ISO dates are the same in every language.
     */
    public record Text(String who, String when, String message) {
    }

    public Breach {
        when = when == null ? "" : when;
        reference = reference == null ? "" : reference;
    }

    /** A breach explained in English only; give its bokmål with {@link #nb(String)}. */
    public Breach(String who, String when, String message, String reference) {
        this(who, when, message, reference, null);
    }

    /** The same breach with its explanation in bokmål (who and when as in English). */
    public Breach nb(String message) {
        return nb(who, when, message);
    }

    /** The same breach with its explanation in bokmål, where who or when are words and read differently. */
    public Breach nb(String who, String when, String message) {
        return new Breach(this.who, this.when, this.message, reference, new Text(who, when, message));
    }

    /**
     * A breach is identified by its English text: the bokmål is its translation, so tests and score comparisons
     * that name the English breach match it whatever its bokmål says.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Breach that && Objects.equals(who, that.who) && when.equals(that.when)
                && Objects.equals(message, that.message) && reference.equals(that.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(who, when, message, reference);
    }
}
