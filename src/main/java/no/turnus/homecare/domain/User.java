package no.turnus.homecare.domain;

import java.util.Objects;
import java.util.Set;

/**
 * A user of home care (bruker).
 *
 * @param location       index of the home in the travel matrix
 * @param primaryContact the caregiver id of the primærkontakt, or null
 * @param preferred      other caregivers the user knows and prefers
 * @param avoided        caregivers who must not visit (conflict, family relation, the user's wish)
 * @param secondaryContact the caregiver id of the sekundærkontakt (usually a nurse), or null
 */
public record User(String id, String name, int location, String district, String primaryContact,
                   Set<String> preferred, Set<String> avoided, String secondaryContact) {

    /** A user without a secondary contact. */
    public User(String id, String name, int location, String district, String primaryContact, Set<String> preferred,
                Set<String> avoided) {
        this(id, name, location, district, primaryContact, preferred, avoided, null);
    }

    /** Whether this caregiver is the user's primary or secondary contact. */
    public boolean isContact(String caregiver) {
        return caregiver.equals(primaryContact) || caregiver.equals(secondaryContact);
    }

    /**
     * The id's hash: a user is a group key of the continuity rule, and the record's own hash would hash the
     * preferred and avoided sets on every look-up. Equal users have equal ids, so equality is unchanged.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return id;
    }
}
