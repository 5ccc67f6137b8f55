package no.turnus.homecare.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.IndexShadowVariable;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.NextElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PiggybackShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;

/**
 * One caregiver's part of a visit (besøk). A single-staffed visit has one part; a double-staffed one has two
 * linked parts in one {@code concurrentGroup}, which start together: each part's start is the latest
 * arrival of the group, moved to the window. Times are minutes from the start of the planning days, shadow
 * variables kept up to date along the route and across the linked part by {@link VisitTimeUpdater}.
 */
@PlanningEntity
public class Visit {

    @PlanningId
    private String id;
    private String visitId;
    private int part;
    private User user;
    private int dayIndex;
    /** Windows for the start, sorted; a visit may start in any of them. */
    private int[] windowStarts;
    private int[] windowEnds;
    private int duration;
    private Competence requiredCompetence;
    private Set<String> requiredSkills;
    /** The specialty of the specialist team that must make the visit, or null. */
    private String specialty;
    private boolean mandatory;
    /** Minutes past the window the user accepts (soft); later than that breaks the window (hard if mandatory). */
    private int lateTolerance;
    private String pinnedCaregiver;
    /** Who made this part in the plan being replanned, to prefer few changes; null when there is none. */
    private String referenceCaregiver;
    /** What the visit takes from the car's capacity (e.g. a meal box); 0 for most visits. */
    private int load;
    /** Both parts of a double-staffed visit (the same list instance), or null. */
    private List<Visit> concurrentGroup;
    /** The visit this one follows (sequenced pair), starting minGap to maxGap minutes after its start; or null. */
    private Visit predecessor;
    private int minGap;
    private int maxGap;
    /** The visits that follow this one, re-timed when its start changes. */
    private List<Visit> followers = List.of();
    private Days days;

    @InverseRelationShadowVariable(sourceVariableName = "visits")
    private CaregiverDay caregiverDay;
    /** The position in the route: the timing finds a partner's or follower's place without searching. */
    @IndexShadowVariable(sourceVariableName = "visits")
    private Integer index;
    @PreviousElementShadowVariable(sourceVariableName = "visits")
    private Visit previousVisit;
    @NextElementShadowVariable(sourceVariableName = "visits")
    private Visit nextVisit;
    @ShadowVariable(variableListenerClass = VisitTimeUpdater.class, sourceEntityClass = CaregiverDay.class,
            sourceVariableName = "visits")
    private Integer arrivalTime;
    /** The end is the start plus the duration ({@link #getEndTime}): not a shadow variable of its own. */
    @PiggybackShadowVariable(shadowVariableName = "arrivalTime")
    private Integer startTime;
    /**
     * True when this part has no start: it waits, through its route, its partner or its predecessor, on visits
     * that wait on each other in a circle (e.g. both parts of a double visit on one route).
     */
    @PiggybackShadowVariable(shadowVariableName = "arrivalTime")
    private Boolean inconsistent;
    /** The start of the route's meal pause when it is taken on the way to this visit or before; else null. */
    @PiggybackShadowVariable(shadowVariableName = "arrivalTime")
    private Integer pauseStart;

    public Visit() {
    }

    public Visit(String id, String visitId, int part, User user, Days days, int dayIndex, int[] windowStarts,
                 int[] windowEnds, int duration, Competence requiredCompetence, Set<String> requiredSkills,
                 String specialty, boolean mandatory, int lateTolerance, String pinnedCaregiver) {
        this.id = id;
        this.visitId = visitId;
        this.part = part;
        this.user = user;
        this.days = days;
        this.dayIndex = dayIndex;
        this.windowStarts = windowStarts;
        this.windowEnds = windowEnds;
        this.duration = duration;
        this.requiredCompetence = requiredCompetence;
        this.requiredSkills = Set.copyOf(requiredSkills);
        this.specialty = specialty;
        this.mandatory = mandatory;
        this.lateTolerance = lateTolerance;
        this.pinnedCaregiver = pinnedCaregiver;
    }

    // ------------------------------------------------------------ timing (kept up to date by VisitTimeUpdater)

    /**
     * The start for this arrival, or null when this part cannot be timed: a double visit starts when the later
     * of its caregivers has arrived (the other waits), a following visit not before minGap after its
     * predecessor's start, and no visit starts before its window. A partner or predecessor that is planned but
     * has no time (its own route waits in a circle) leaves this part untimed too; an unplanned one is not waited
     * for. Keeping the arrival of a part whose route is timed up to it makes this rule name one answer for every
     * plan: see {@link VisitTimeUpdater}.
     */
    Integer startAfter(int arrival) {
        int ready = arrival;
        if (predecessor != null && predecessor.caregiverDay != null) {
            if (predecessor.startTime == null) {
                return null;
            }
            ready = Math.max(ready, predecessor.startTime + minGap);
        }
        if (concurrentGroup != null) {
            for (int p = 0; p < concurrentGroup.size(); p++) {
                Visit other = concurrentGroup.get(p);
                if (other != this && other.caregiverDay != null) {
                    if (other.arrivalTime == null) {
                        return null;
                    }
                    ready = Math.max(ready, other.arrivalTime);
                }
            }
        }
        return earliestStart(ready);
    }

    /** The earliest start at or after {@code ready}: the start of the first window not yet over, else ready. */
    public int earliestStart(int ready) {
        for (int w = 0; w < windowStarts.length; w++) {
            if (ready <= windowEnds[w]) {
                return Math.max(ready, windowStarts[w]);
            }
        }
        return ready;
    }

    // ------------------------------------------------------------ derived, for constraints and reports

    public int location() {
        return user.location();
    }

    public Caregiver caregiver() {
        return caregiverDay == null ? null : caregiverDay.getCaregiver();
    }

    public boolean isDouble() {
        return concurrentGroup != null;
    }

    /** Minutes this visit starts later than its maximum gap after its predecessor allows; 0 when in time. */
    public int minutesPastMaxGap() {
        return predecessor == null || startTime == null || predecessor.startTime == null ? 0
                : Math.max(0, startTime - predecessor.startTime - maxGap);
    }

    /** Minutes the start is past the window it should have been in; 0 when on time. */
    public int lateMinutes() {
        if (startTime == null) {
            return 0;
        }
        int late = 0;
        for (int w = 0; w < windowStarts.length; w++) {
            if (startTime >= windowStarts[w] && startTime <= windowEnds[w]) {
                return 0;
            }
            if (startTime > windowEnds[w]) {
                late = startTime - windowEnds[w];
            }
        }
        return late;
    }

    /** Minutes late beyond what the user tolerates. */
    public int lateBeyondTolerance() {
        return Math.max(0, lateMinutes() - lateTolerance);
    }

    /** Minutes driven to this visit, from the previous one or from the start location. */
    public int travelFromPrevious() {
        if (caregiverDay == null) {
            return 0;
        }
        int from = previousVisit == null ? caregiverDay.getStartLocation() : previousVisit.location();
        return caregiverDay.travelMinutes(from, location());
    }

    /** Minutes driven from this visit to the end location when it is the last of the route, else 0. */
    public int travelToEnd() {
        return caregiverDay == null || nextVisit != null ? 0
                : caregiverDay.travelMinutes(location(), caregiverDay.getEndLocation());
    }

    /**
     * Back at the end location, for the last visit of a route; null otherwise. A meal pause not yet taken whose
     * window has opened is taken before driving back.
     */
    public Integer returnTime() {
        if (nextVisit != null || startTime == null) {
            return null;
        }
        int end = startTime + duration;
        return end + pauseBeforeReturn(end) + travelToEnd();
    }

    private int pauseBeforeReturn(int end) {
        MealPause pause = caregiverDay.getPause();
        return pause.none() || pauseStart != null || end < pause.from() ? 0 : pause.minutes();
    }

    /**
     * For the last visit of a timed route with a meal pause: when the pause starts (taken on the way, before
     * driving back, or back at the base after a route that ended before its window); else null.
     */
    public Integer routePauseStart() {
        if (nextVisit != null || startTime == null || caregiverDay.getPause().none()) {
            return null;
        }
        if (pauseStart != null) {
            return pauseStart;
        }
        MealPause pause = caregiverDay.getPause();
        int end = startTime + duration;
        return end >= pause.from() ? end : Math.max(end + travelToEnd(), pause.from());
    }

    /** Minutes the route's meal pause starts after its window, for the last visit of a route; else 0. */
    public int pauseLateMinutes() {
        Integer start = routePauseStart();
        return start == null ? 0 : Math.max(0, start - caregiverDay.getPause().to());
    }

    /** Minutes past the shift end at which the last visit's route gets back; 0 when in time. */
    public int minutesPastShiftEnd() {
        Integer back = returnTime();
        return back == null ? 0 : Math.max(0, back - caregiverDay.getShiftEnd());
    }

    public boolean missesSkill() {
        Caregiver caregiver = caregiver();
        return !caregiver.competence().covers(requiredCompetence) || !caregiver.skills().containsAll(requiredSkills);
    }

    public boolean missesSpecialty() {
        return specialty != null && !specialty.equals(caregiver().team().specialty());
    }

    /** How much leaving this part unplanned weighs: a mandatory visit ten times an optional one. */
    public int priorityWeight() {
        return mandatory ? 10 : 1;
    }

    /** The visit date and start time (or window) as text, for breach messages. */
    public String when() {
        return startTime == null ? days.date(dayIndex) + " " + window(0)
                : days.dateTime(startTime).toString();
    }

    public String window(int w) {
        return clock(windowStarts[w]) + "–" + clock(windowEnds[w]);
    }

    public String windows() {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < windowStarts.length; w++) {
            text.append(w == 0 ? "" : ", ").append(window(w));
        }
        return text.toString();
    }

    public static String clock(int minute) {
        int inDay = Math.floorMod(minute, 1440);
        return String.format("%02d:%02d", inDay / 60, inDay % 60);
    }

    // ------------------------------------------------------------ accessors

    public String getId() {
        return id;
    }

    public String getVisitId() {
        return visitId;
    }

    public int getPart() {
        return part;
    }

    public User getUser() {
        return user;
    }

    public int getDayIndex() {
        return dayIndex;
    }

    public int[] getWindowStarts() {
        return windowStarts;
    }

    public int[] getWindowEnds() {
        return windowEnds;
    }

    public int getDuration() {
        return duration;
    }

    public Competence getRequiredCompetence() {
        return requiredCompetence;
    }

    public Set<String> getRequiredSkills() {
        return requiredSkills;
    }

    public String getSpecialty() {
        return specialty;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public int getLateTolerance() {
        return lateTolerance;
    }

    public String getPinnedCaregiver() {
        return pinnedCaregiver;
    }

    public String getReferenceCaregiver() {
        return referenceCaregiver;
    }

    public void setReferenceCaregiver(String referenceCaregiver) {
        this.referenceCaregiver = referenceCaregiver;
    }

    public int getLoad() {
        return load;
    }

    public void setLoad(int load) {
        this.load = load;
    }

    public List<Visit> getConcurrentGroup() {
        return concurrentGroup;
    }

    public void setConcurrentGroup(List<Visit> concurrentGroup) {
        this.concurrentGroup = concurrentGroup;
    }

    /** Makes this visit start minGap to maxGap minutes after the start of {@code first}. */
    public void follow(Visit first, int minGap, int maxGap) {
        this.predecessor = first;
        this.minGap = minGap;
        this.maxGap = maxGap;
        List<Visit> followers = new ArrayList<>(first.followers);
        followers.add(this);
        first.followers = List.copyOf(followers);
    }

    public Visit getPredecessor() {
        return predecessor;
    }

    public int getMinGap() {
        return minGap;
    }

    public int getMaxGap() {
        return maxGap;
    }

    public List<Visit> getFollowers() {
        return followers;
    }

    public Days getDays() {
        return days;
    }

    public CaregiverDay getCaregiverDay() {
        return caregiverDay;
    }

    public void setCaregiverDay(CaregiverDay caregiverDay) {
        this.caregiverDay = caregiverDay;
    }

    public Integer getIndex() {
        return index;
    }

    public void setIndex(Integer index) {
        this.index = index;
    }

    public Visit getPreviousVisit() {
        return previousVisit;
    }

    public void setPreviousVisit(Visit previousVisit) {
        this.previousVisit = previousVisit;
    }

    public Visit getNextVisit() {
        return nextVisit;
    }

    public void setNextVisit(Visit nextVisit) {
        this.nextVisit = nextVisit;
    }

    public Integer getArrivalTime() {
        return arrivalTime;
    }

    public void setArrivalTime(Integer arrivalTime) {
        this.arrivalTime = arrivalTime;
    }

    public Integer getStartTime() {
        return startTime;
    }

    public void setStartTime(Integer startTime) {
        this.startTime = startTime;
    }

    /**
     * The start plus the duration, or null without a start. Derived, not a shadow variable: it changes exactly when
     * the start does, and a second notice per re-timed visit cost the score director a second update of it.
     */
    public Integer getEndTime() {
        return startTime == null ? null : startTime + duration;
    }

    public Integer getPauseStart() {
        return pauseStart;
    }

    public void setPauseStart(Integer pauseStart) {
        this.pauseStart = pauseStart;
    }

    public boolean isInconsistent() {
        return inconsistent != null && inconsistent;
    }

    public void setInconsistent(Boolean inconsistent) {
        this.inconsistent = inconsistent;
    }

    @Override
    public String toString() {
        return id;
    }
}
