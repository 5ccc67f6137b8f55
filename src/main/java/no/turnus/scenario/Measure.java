package no.turnus.scenario;

/**
 * A column of the comparison table. Home-care columns are empty when the scenario set has no home-care
 * baseline, roster columns when it has no roster. Hours are over the plan period of the datasets.
 */
public enum Measure {
    TRAVEL_HOURS("travelHours", "driving, all caregivers (h)"),
    TRAVEL_KM("travelKm", "road distance driven (km)"),
    TRAVEL_MINUTES_PER_CAREGIVER("travelMinutesPerCaregiver", "driving per caregiver with visits (min)"),
    TRAVEL_KM_PER_CAREGIVER("travelKmPerCaregiver", "km per caregiver with visits"),
    TRAVEL_SHARE_PERCENT("travelSharePercent", "driving, of the shift time of caregivers with visits (%)"),
    UNPLANNED_VISITS("unplannedVisits", "visits no route could take"),
    CAREGIVERS_PER_USER("caregiversPerUser", "distinct caregivers a user meets (continuity; lower is better)"),
    USERS_NEAR_BASE_PERCENT("usersNearBasePercent", "users within the coverage minutes of a base (%)"),
    HOMECARE_HOURS("homecareHours", "home-care work: visits, driving and waiting (h)"),
    ROSTER_HOURS("rosterHours", "roster hours worked (h)"),
    UNCOVERED_SLOTS("uncoveredSlots", "required roster places left empty"),
    UNCOVERED_HOURS("uncoveredHours", "hours of the empty roster places (h)"),
    OVERTIME_HOURS("overtimeHours", "home care past shift end, roster hours above a full-time week (overtid;"
            + " merarbeid is ordinary pay) (h)"),
    WEEKENDS_PER_EMPLOYEE("weekendsPerEmployee", "weekends worked per employee (weekend burden)"),
    REQUIRED_HOURS("requiredHours", "hours the staffing plan requires: required roster places × paid hours (h)"),
    REQUIRED_FTE("requiredFte", "full-time equivalents (årsverk) of the required hours, at 35.5 h a week"),
    NIGHT_POSTS("nightPosts", "required night places per night (nattevakter), mean over the roster period"),
    COMMUTE_MINUTES("commuteMinutes", "one-way commute per employee from home to the workplace (min)"),
    STAFF_COMMUTE_OVER_LIMIT("staffCommuteOverLimit", "employees whose commute grew to more than the limit"),
    COMMUTE_KM_ADDED("commuteKmAdded", "commuting added against the baseline's workplaces, both ways per shift"
            + " worked (km)"),
    BEDS_KAD("bedsKad", "KAD beds (kommunal akutt døgnenhet)"),
    BEDS_SHORT_TERM("bedsShortTerm", "short-term beds (korttid)"),
    BEDS_REHABILITATION("bedsRehabilitation", "rehabilitation beds"),
    BEDS_LONG_TERM("bedsLongTerm", "long-term beds (langtid)"),
    BEDS_SHORT_OF_NEED("bedsShortOfNeed", "beds missing against the stated need, summed over the levels with a need"),
    STAFF_HOURS("staffHours", "hours needed to cover all demand: home-care work + roster worked + uncovered (h)"),
    FTE_NEEDED("fteNeeded", "full-time equivalents (årsverk) of the staff hours, at 35.5 h a week"),
    COST_NOK("costNok", "staff hours and overtime supplement at the hour cost, km driven and commuting km added at"
            + " the km rate (NOK)");

    private final String key;
    private final String description;

    Measure(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The name in JSON and CSV. */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }
}
