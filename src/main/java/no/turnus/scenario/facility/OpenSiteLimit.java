package no.turnus.scenario.facility;

/** At most this many sites may be open (k in a k-site question); absent from the plan means no limit. */
public record OpenSiteLimit(int maxOpenSites) {
}
