package no.turnus.geo;

/**
 * A ferry (ferjesamband) between two quays. A trip may use it when driving to one quay, waiting, crossing and
 * driving on from the other quay is quicker than the road round the fjord.
 *
 * @param crossingMinutes time on board
 * @param waitMinutes     mean wait at the quay; when absent, half the {@code headwayMinutes}
 * @param headwayMinutes  minutes between departures
 */
public record FerryLink(String id, double latitudeA, double longitudeA, double latitudeB, double longitudeB,
                        AreaType area, double crossingMinutes, Double waitMinutes, Double headwayMinutes) {

    /** Minutes from arriving at one quay to leaving the other: mean wait plus crossing. */
    public double minutesQuayToQuay() {
        double wait = waitMinutes != null ? waitMinutes : headwayMinutes != null ? headwayMinutes / 2 : 0;
        return wait + crossingMinutes;
    }
}
