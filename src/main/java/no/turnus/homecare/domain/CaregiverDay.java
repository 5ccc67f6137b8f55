package no.turnus.homecare.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;

/**
 * One caregiver's shift on one date and the route they drive in it: the owner of the list of visits. One
 * entity per caregiver and date, so a week's plan can move a user's visits between the same caregiver's days
 * and keep continuity across days.
 */
@PlanningEntity
public class CaregiverDay {

    @PlanningId
    private String id;
    private Caregiver caregiver;
    private LocalDate date;
    private int dayIndex;
    /** Shift start and end, in minutes from the start of the planning days. */
    private int shiftStart;
    private int shiftEnd;
    /** How long past the shift end a route may run (overtime, paid extra) before it is not allowed at all. */
    private int maxOvertime;
    private int startLocation;
    private int endLocation;
    private Travel travel;
    /** The meal pause the route's timing places (AML §10-9). */
    private MealPause pause = MealPause.NONE;

    @PlanningListVariable(allowsUnassignedValues = true)
    private List<Visit> visits = new ArrayList<>();
    /** The plan's visits, of which this caregiver-day may make those at {@link #possible}. */
    private PlanVisits planVisits = new PlanVisits(List.of());
    /**
     * The places in the plan's visits of those this caregiver-day may make at all, so that the solver never tries the
     * others (never changed, so clones share it).
     */
    private int[] possible = new int[0];
    /** The first visits that must not move (already made or confirmed), e.g. before a sick call at 10:00. */
    @PlanningPinToIndex
    private int pinnedCount;

    public CaregiverDay() {
    }

    public CaregiverDay(Caregiver caregiver, LocalDate date, int dayIndex, int shiftStart, int shiftEnd,
                        int maxOvertime, int startLocation, int endLocation, Travel travel) {
        this.id = caregiver.id() + "@" + date;
        this.caregiver = caregiver;
        this.date = date;
        this.dayIndex = dayIndex;
        this.shiftStart = shiftStart;
        this.shiftEnd = shiftEnd;
        this.maxOvertime = maxOvertime;
        this.startLocation = startLocation;
        this.endLocation = endLocation;
        this.travel = travel;
    }

    /** Minutes to drive from one location to another in this caregiver's travel mode. */
    public int travelMinutes(int from, int to) {
        return travel.minutes(caregiver.travelMode(), from, to);
    }

    public String getId() {
        return id;
    }

    public Caregiver getCaregiver() {
        return caregiver;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getDayIndex() {
        return dayIndex;
    }

    public int getShiftStart() {
        return shiftStart;
    }

    public int getShiftEnd() {
        return shiftEnd;
    }

    public int getMaxOvertime() {
        return maxOvertime;
    }

    public int getStartLocation() {
        return startLocation;
    }

    public int getEndLocation() {
        return endLocation;
    }

    public Travel getTravel() {
        return travel;
    }

    public MealPause getPause() {
        return pause;
    }

    public void setPause(MealPause pause) {
        this.pause = pause;
    }

    /**
     * Where the meal pause falls on the leg from a caregiver free at {@code free} (the previous visit's end or the
     * shift start) at location {@code from} to {@code visit}, when it is not taken yet: in the wait before the visit
     * when it fits there whole (from the window's opening), else before driving on when the window has opened by
     * {@code free}; null when not on this leg. Depends only on this route up to the visit, so routes are timed from
     * their start as before.
     */
    public Integer pauseOnLeg(int free, int from, Visit visit) {
        int arrival = free + travelMinutes(from, visit.location());
        if (pauseInWait(arrival, visit)) {
            return Math.max(arrival, pause.from());
        }
        return free >= pause.from() ? free : null;
    }

    /** The arrival at {@code visit} after that leg: later by the pause when it is taken before driving. */
    public int arrivalAfterLeg(int free, int from, Visit visit, boolean pauseDue) {
        int arrival = free + travelMinutes(from, visit.location());
        return pauseDue && free >= pause.from() && !pauseInWait(arrival, visit) ? arrival + pause.minutes() : arrival;
    }

    private boolean pauseInWait(int arrival, Visit visit) {
        return Math.max(arrival, pause.from()) + pause.minutes() <= visit.earliestStart(arrival);
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public void setVisits(List<Visit> visits) {
        this.visits = visits;
    }

    /**
     * Visits of this date whose window meets the shift and whose competence, skills and specialty the
     * caregiver has, not avoided by the user: the rest could only ever break a hard rule here.
     */
    @ValueRangeProvider
    public List<Visit> getPossibleVisits() {
        return planVisits.at(possible);
    }

    /** The visits this caregiver-day may make: those at these places of the plan's visits, in this order. */
    public void setPossibleVisits(PlanVisits visits, int[] places) {
        this.planVisits = visits;
        this.possible = places;
    }

    /** The same for visits of no plan's list (tests). */
    public void setPossibleVisits(List<Visit> visits) {
        int[] places = new int[visits.size()];
        Arrays.setAll(places, k -> k);
        setPossibleVisits(new PlanVisits(List.copyOf(visits)), places);
    }

    /** Whether this caregiver-day could make the visit without breaking a hard rule by who or when it is. */
    public boolean canMake(Visit visit) {
        int[] starts = visit.getWindowStarts();
        int[] ends = visit.getWindowEnds();
        boolean inShift = false;
        for (int w = 0; w < starts.length; w++) {
            inShift |= ends[w] >= shiftStart && starts[w] < shiftEnd;
        }
        return inShift && visit.getDayIndex() == dayIndex
                && caregiver.competence().covers(visit.getRequiredCompetence())
                && caregiver.skills().containsAll(visit.getRequiredSkills())
                && (visit.getSpecialty() == null || visit.getSpecialty().equals(caregiver.team().specialty()))
                && !visit.getUser().avoided().contains(caregiver.id())
                && (visit.getPinnedCaregiver() == null || visit.getPinnedCaregiver().equals(caregiver.id()));
    }

    public int getPinnedCount() {
        return pinnedCount;
    }

    public void setPinnedCount(int pinnedCount) {
        this.pinnedCount = pinnedCount;
    }

    @Override
    public String toString() {
        return id;
    }
}
