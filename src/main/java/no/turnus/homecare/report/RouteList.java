package no.turnus.homecare.report;

import java.util.ArrayList;
import java.util.List;

import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.Visit;

/**
 * The route lists of a plan for spreadsheets: one row per stop, route by route, then the unplanned visits (with
 * {@code unplanned} in the last column). Written as CSV and XLSX.
 */
final class RouteList {

    static final List<String> HEADER = List.of("caregiver", "team", "date", "seq", "visit", "user", "location",
            "arrival", "start", "end", "travel_min", "wait_min", "late_min", "partner");
    /** The columns that hold whole numbers (minutes, stop number), written as numbers in a workbook. */
    static final List<String> NUMBERS = List.of("seq", "travel_min", "wait_min", "late_min");
    static final int TEAM = HEADER.indexOf("team");

    private RouteList() {
    }

    static List<List<String>> rows(HomecarePlan plan) {
        List<List<String>> rows = new ArrayList<>();
        for (CaregiverDay day : plan.getCaregiverDays()) {
            for (int i = 0; i < day.getVisits().size(); i++) {
                Visit v = day.getVisits().get(i);
                String partner = "";
                if (v.isDouble()) {
                    for (Visit other : v.getConcurrentGroup()) {
                        partner = other != v && other.caregiver() != null ? other.caregiver().id() : partner;
                    }
                }
                boolean timed = v.getStartTime() != null;
                rows.add(List.of(day.getCaregiver().id(), day.getCaregiver().team().id(), day.getDate().toString(),
                        String.valueOf(i + 1), v.getVisitId(), v.getUser().id(),
                        plan.getLocations().get(v.location()).id(),
                        timed ? Visit.clock(v.getArrivalTime()) : "", timed ? Visit.clock(v.getStartTime()) : "",
                        timed ? Visit.clock(v.getEndTime()) : "", String.valueOf(v.travelFromPrevious()),
                        String.valueOf(timed ? v.getStartTime() - v.getArrivalTime() : 0),
                        String.valueOf(v.lateMinutes()), partner));
            }
        }
        for (Visit v : plan.getVisits()) {
            if (v.getCaregiverDay() == null) {
                rows.add(List.of("", "", plan.getDays().date(v.getDayIndex()).toString(), "", v.getId(),
                        v.getUser().id(), plan.getLocations().get(v.location()).id(), "", "", "", "", "", "",
                        "unplanned"));
            }
        }
        return rows;
    }
}
