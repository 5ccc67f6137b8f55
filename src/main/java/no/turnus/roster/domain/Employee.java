package no.turnus.roster.domain;

import java.util.Set;

/**
 * One member of staff as the solver sees it.
 *
 * @param competence       sykepleier, vernepleier, helsefagarbeider, assistent...
 * @param authorisations   delegated tasks such as MED_PREP (legemiddelhåndtering)
 * @param positionPercent  stillingsprosent
 * @param unavailableDays  per day of the horizon, true when the employee cannot work (leave, sick leave)
 * @param targetMinutes    contract hours for the whole horizon: % × full-time week × weeks
 */
public record Employee(String id, String name, String competence, Set<String> authorisations,
                       double positionPercent, ContractRules contract, String homeWard, Set<String> wards,
                       String organisation, boolean[] unavailableDays, int targetMinutes) {

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
