package no.turnus.homecare.domain;

import no.turnus.homecare.input.HomecareDataset;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import no.turnus.geo.Location;

/** A home-care plan: every caregiver-day's route of visits, over one or more days. */
@PlanningSolution
public class HomecarePlan {

    /** The dataset's name, for reports (not seen by the solver). */
    private String name;
    private Days days;
    private List<Location> locations;
    private Travel travel;
    @ProblemFactCollectionProperty
    private List<Team> teams;
    @ProblemFactCollectionProperty
    private List<Caregiver> caregivers;
    @ProblemFactCollectionProperty
    private List<User> users;
    @PlanningEntityCollectionProperty
    private List<CaregiverDay> caregiverDays;
    @PlanningEntityCollectionProperty
    private List<Visit> visits;
    private ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides;
    @PlanningScore
    private HardMediumSoftScore score;

    public HomecarePlan() {
    }

    public HomecarePlan(String name, Days days, List<Location> locations, Travel travel,
                        List<Team> teams, List<Caregiver> caregivers, List<User> users,
                        List<CaregiverDay> caregiverDays, List<Visit> visits,
                        ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides) {
        this.name = name;
        this.days = days;
        this.locations = locations;
        this.travel = travel;
        this.teams = teams;
        this.caregivers = caregivers;
        this.users = users;
        this.caregiverDays = caregiverDays;
        this.visits = visits;
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public String getName() {
        return name;
    }

    public Days getDays() {
        return days;
    }

    public List<Location> getLocations() {
        return locations;
    }

    public Travel getTravel() {
        return travel;
    }

    public List<Team> getTeams() {
        return teams;
    }

    public List<Caregiver> getCaregivers() {
        return caregivers;
    }

    public List<User> getUsers() {
        return users;
    }

    public List<CaregiverDay> getCaregiverDays() {
        return caregiverDays;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public ConstraintWeightOverrides<HardMediumSoftScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
