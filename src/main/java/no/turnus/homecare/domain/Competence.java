package no.turnus.homecare.domain;

/**
 * Formal competence, lowest first: a caregiver may do visits that need their own level or a lower one
 * (a nurse may do what a helsefagarbeider does, not the other way round).
 */
public enum Competence {
    /** Assistent / ufaglært. */
    ASSISTANT,
    /** Helsefagarbeider (or hjelpepleier). */
    HEALTH_WORKER,
    /** Sykepleier (or vernepleier). */
    NURSE;

    public boolean covers(Competence required) {
        return required == null || ordinal() >= required.ordinal();
    }
}
