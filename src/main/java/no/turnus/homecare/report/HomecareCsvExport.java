package no.turnus.homecare.report;

import no.turnus.homecare.domain.CaregiverDay;
import no.turnus.homecare.domain.Days;
import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.Visit;

import no.turnus.problem.CsvExport;

/** The plan as a spreadsheet: one row per stop, route by route, then the unplanned visits. */
public final class HomecareCsvExport extends CsvExport<HomecarePlan> {

    @Override
    public String render(HomecarePlan plan) {
        Days days = plan.getDays();
        StringBuilder csv = new StringBuilder(
                "caregiver,team,date,seq,visit,user,location,arrival,start,end,travel_min,wait_min,late_min,partner\n");
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
                csv.append(String.join(",", field(day.getCaregiver().id()), field(day.getCaregiver().team().id()),
                        day.getDate().toString(), String.valueOf(i + 1), field(v.getVisitId()), field(v.getUser().id()),
                        field(plan.getLocations().get(v.location()).id()),
                        timed ? Visit.clock(v.getArrivalTime()) : "", timed ? Visit.clock(v.getStartTime()) : "",
                        timed ? Visit.clock(v.getEndTime()) : "", String.valueOf(v.travelFromPrevious()),
                        String.valueOf(timed ? v.getStartTime() - v.getArrivalTime() : 0),
                        String.valueOf(v.lateMinutes()), field(partner))).append('\n');
            }
        }
        for (Visit v : plan.getVisits()) {
            if (v.getCaregiverDay() == null) {
                csv.append(String.join(",", "", "", days.date(v.getDayIndex()).toString(), "", field(v.getId()),
                        field(v.getUser().id()), field(plan.getLocations().get(v.location()).id()), "", "", "", "", "",
                        "", "unplanned")).append('\n');
            }
        }
        return csv.toString();
    }
}
