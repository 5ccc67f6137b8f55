package no.turnus.homecare.domain;

/** How a caregiver gets about. Car uses the travel matrix; walking and cycling use its road metres. */
public enum TravelMode {
    CAR(0),
    BIKE(15),
    WALK(5);

    /** Speed for modes that ignore the matrix's driving times; 0 for car. */
    private final double kmh;

    TravelMode(double kmh) {
        this.kmh = kmh;
    }

    double kmh() {
        return kmh;
    }
}
