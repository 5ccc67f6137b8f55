package no.turnus.homecare.domain;

/**
 * A home-care team: a generalist district team (distriktsteam) or a municipality-wide specialist team
 * (palliative, hukommelsesteam, forsterket helsehjelp).
 *
 * @param district  the district of a generalist team; null for a specialist team
 * @param specialty the specialty of a specialist team; null for a generalist team
 * @param base      location index of the team's base
 */
public record Team(String id, String name, String district, String specialty, int base) {

    public boolean isSpecialist() {
        return specialty != null;
    }
}
