package no.turnus.homecare;

import no.turnus.problem.Export;

/** The plan as a spreadsheet: one row per stop, route by route, then the unplanned visits. */
final class HomecareCsvExport implements Export<HomecarePlan> {

    @Override
    public String mediaType() {
        return "text/csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

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
                csv.append(String.join(",", quote(day.getCaregiver().id()), quote(day.getCaregiver().team().id()),
                        day.getDate().toString(), String.valueOf(i + 1), quote(v.getVisitId()), quote(v.getUser().id()),
                        quote(plan.getLocations().get(v.location()).id()),
                        timed ? Visit.clock(v.getArrivalTime()) : "", timed ? Visit.clock(v.getStartTime()) : "",
                        timed ? Visit.clock(v.getEndTime()) : "", String.valueOf(v.travelFromPrevious()),
                        String.valueOf(timed ? v.getStartTime() - v.getArrivalTime() : 0),
                        String.valueOf(v.lateMinutes()), quote(partner))).append('\n');
            }
        }
        for (Visit v : plan.getVisits()) {
            if (v.getCaregiverDay() == null) {
                csv.append(String.join(",", "", "", days.date(v.getDayIndex()).toString(), "", quote(v.getId()),
                        quote(v.getUser().id()), quote(plan.getLocations().get(v.location()).id()), "", "", "", "", "",
                        "", "unplanned")).append('\n');
            }
        }
        return csv.toString();
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
