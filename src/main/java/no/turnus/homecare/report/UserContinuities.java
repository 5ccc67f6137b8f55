package no.turnus.homecare.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.turnus.homecare.domain.HomecarePlan;
import no.turnus.homecare.domain.User;
import no.turnus.homecare.domain.Visit;
import no.turnus.homecare.report.HomecareReport.UserContinuity;
import no.turnus.homecare.rules.HomecareRules;

/** Continuity of care per user over a plan: who they meet, per 14 days, and how often their contact persons. */
final class UserContinuities {

    private UserContinuities() {
    }

    static List<UserContinuity> of(HomecarePlan plan) {
        Map<User, Tally> byUser = new LinkedHashMap<>();
        plan.getUsers().forEach(u -> byUser.put(u, new Tally()));
        Map<String, Boolean> byPrimary = new LinkedHashMap<>();
        Map<String, Boolean> bySecondary = new LinkedHashMap<>();
        for (Visit v : plan.getVisits()) {
            if (v.getCaregiverDay() == null) {
                continue;
            }
            Tally tally = byUser.get(v.getUser());
            String caregiver = v.caregiver().id();
            tally.caregivers.add(caregiver);
            tally.byPeriod(v.getDayIndex() / HomecareRules.CONTINUITY_DAYS).add(caregiver);
            byPrimary.merge(v.getVisitId(), caregiver.equals(v.getUser().primaryContact()), Boolean::logicalOr);
            bySecondary.merge(v.getVisitId(), caregiver.equals(v.getUser().secondaryContact()), Boolean::logicalOr);
            tally.visits.add(v.getVisitId());
        }
        List<UserContinuity> out = new ArrayList<>();
        byUser.forEach((user, tally) -> {
            int primary = 0;
            int secondary = 0;
            for (String visit : tally.visits) {
                boolean madeByPrimary = byPrimary.get(visit);
                primary += madeByPrimary ? 1 : 0;
                secondary += !madeByPrimary && bySecondary.get(visit) ? 1 : 0;
            }
            out.add(new UserContinuity(user.id(), user.primaryContact(), user.secondaryContact(), tally.visits.size(),
                    tally.caregivers.size(), tally.periods.stream().mapToInt(Set::size).max().orElse(0),
                    HomecareReport.percent(primary, tally.visits.size()),
                    HomecareReport.percent(secondary, tally.visits.size())));
        });
        return out;
    }

    /** One user's planned visits (by visit id) and the caregivers met, over the plan and per 14 days. */
    private static final class Tally {
        final Set<String> visits = new HashSet<>();
        final Set<String> caregivers = new HashSet<>();
        final List<Set<String>> periods = new ArrayList<>();

        Set<String> byPeriod(int period) {
            while (periods.size() <= period) {
                periods.add(new HashSet<>());
            }
            return periods.get(period);
        }
    }
}
