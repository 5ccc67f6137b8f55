package no.turnus.problem;

/** One ranked candidate for a piece of open work ({@link ProblemKind#recommend}), with its score effect. */
public interface Candidate {

    /** 1 for the best candidate. */
    int rank();

    /** What taking this candidate does to the score, e.g. {@code "0hard/1medium/-20soft"}. */
    String scoreChange();

    /** Whether the plan still breaks no hard rule with this candidate. */
    boolean staysFeasible();
}
