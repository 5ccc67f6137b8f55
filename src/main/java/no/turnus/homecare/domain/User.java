package no.turnus.homecare.domain;

import java.util.Set;

/**
 * A user of home care (bruker).
 *
 * @param location       index of the home in the travel matrix
 * @param primaryContact the caregiver id of the primærkontakt, or null
 * @param preferred      other caregivers the user knows and prefers
 * @param avoided        caregivers who must not visit (conflict, family relation, the user's wish)
 */
public record User(String id, String name, int location, String district, String primaryContact,
                   Set<String> preferred, Set<String> avoided) {

    @Override
    public String toString() {
        return id;
    }
}
