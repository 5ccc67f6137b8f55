package no.turnus.roster.domain;

import java.util.Set;

/**
 * One member of staff as the solver sees it.
 *
 * @param competence       sykepleier, vernepleier, helsefagarbeider, assistent...
 * @param authorisations   delegated tasks such as MED_PREP (legemiddelhåndtering)
 * @param positionPercent  stillingsprosent
 * @param unavailableDays  per day of the horizon, true when the employee cannot work (leave, sick leave)
 * @param targetMinutes    contract hours for the whole horizon: % × (full-time week × weeks, less a fifth of a
 *                         full-time week per ferie day)
 * @param extraMinutes     how far above the target the employee may be planned: the hours a part-timer wants on top
 *                         of the position (ønsker større stilling) and the contract's tolerance
 * @param costPerHour      what an hour of a substitute from the pool (vikarpool) costs, in kroner; staff: 0
 * @param substitute       a substitute from the pool, who has no position and is paid by the hour
 */
public record Employee(String id, String name, String competence, Set<String> authorisations,
                       double positionPercent, ContractRules contract, String homeWard, Set<String> wards,
                       String organisation, boolean[] unavailableDays, int targetMinutes, int extraMinutes,
                       double costPerHour, boolean substitute) {

    /** A member of staff who is planned within the position. */
    public Employee(String id, String name, String competence, Set<String> authorisations, double positionPercent,
                    ContractRules contract, String homeWard, Set<String> wards, String organisation,
                    boolean[] unavailableDays, int targetMinutes) {
        this(id, name, competence, authorisations, positionPercent, contract, homeWard, wards, organisation,
                unavailableDays, targetMinutes, 0, 0, false);
    }

    /** The most minutes that may count against the position (its target and the extra allowed), if capped. */
    public int capMinutes() {
        return contract.capsPositions() ? targetMinutes + extraMinutes : Integer.MAX_VALUE;
    }

    /** What a shift of the given paid minutes costs when a substitute works it, in whole kroner. */
    public int costOf(int paidMinutes) {
        return (int) Math.round(paidMinutes * costPerHour / 60);
    }

    public boolean isUnavailable(int dayIndex) {
        return unavailableDays[dayIndex];
    }

    /** The most KS weighting credit this position may count (tredelt turnus; 0 otherwise). */
    public int creditCapMinutes() {
        return contract.creditCapMinutes(targetMinutes);
    }

    /** Hours that count against the target: paid minutes plus the weighting credit up to its cap. */
    public int countedMinutes(int paidMinutes, int creditMinutes) {
        return paidMinutes + Math.min(creditMinutes, creditCapMinutes());
    }

    public boolean mayWorkIn(String ward) {
        return ward.equals(homeWard) || wards.contains(ward);
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return id;
    }
}
