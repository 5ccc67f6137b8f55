package no.turnus.roster.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import no.turnus.roster.domain.ContractRules;
import no.turnus.roster.domain.Employee;
import no.turnus.roster.domain.Horizon;
import no.turnus.roster.domain.Roster;
import no.turnus.roster.domain.Slot;

/**
 * Targeted weekend moves ({@link BlockSwapMove}s, issue #11): an employee who works more weekends than her agreement
 * allows, more than her fair share among staff of her competence, or more in a row than allowed, hands one weekend she
 * works (its days, and the Friday night that leads into it) to a colleague who may take every one of those places
 * (ward, requirement, absence, shift length: {@link EligibleMoves#eligible}) and works none of its days. In the
 * {@code transfer} form the colleague works fewer weekends than she is allowed (or than her fair share); in the
 * {@code swap} form the colleague hands back one weekend she works and the first is free, so both keep their count
 * and hours while the weekends move (runs of weekends, fairness of the two). {@code any} draws either form. Pinned
 * places never move: a weekend holding one is not offered.
 */
public final class WeekendMoveFactory extends DayTableMoves {

    @Override
    public long getSize(ScoreDirector<Roster> scoreDirector) {
        Roster roster = scoreDirector.getWorkingSolution();
        long employees = roster.getEmployees().size();
        return employees * (employees - 1) * roster.getHorizon().weeks();
    }

    @Override
    public Iterator<BlockSwapMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
        return new Draws(scoreDirector.getWorkingSolution(), random);
    }

    /** The moves of one step, drawn from the step's plan (it does not change while a step looks at moves). */
    private final class Draws implements Iterator<BlockSwapMove> {

        private final Random random;
        private final Horizon horizon;
        private final List<Employee> staff;
        private final int days;
        /** Employees with too many weekends: over the agreement, over the fair share, or too many in a row. */
        private final List<Integer> over = new ArrayList<>();
        private final boolean[] underAllowance;

        Draws(Roster roster, Random random) {
            this.random = random;
            this.horizon = roster.getHorizon();
            this.staff = roster.getEmployees();
            this.days = horizon.days();
            table.of(roster);
            // Fair share: the mean load per full-time position among staff of the same competence.
            Map<String, double[]> loads = new HashMap<>();
            for (int e = 0; e < staff.size(); e++) {
                Employee employee = staff.get(e);
                if (employee.positionPercent() > 0) {
                    double[] sum = loads.computeIfAbsent(employee.competence(), c -> new double[2]);
                    sum[0] += table.weekendsWorked(e) * 100.0 / employee.positionPercent();
                    sum[1]++;
                }
            }
            underAllowance = new boolean[staff.size()];
            for (int e = 0; e < staff.size(); e++) {
                Employee employee = staff.get(e);
                ContractRules contract = employee.contract();
                int allowed = contract.allowedWeekends(horizon.weeks());
                int worked = table.weekendsWorked(e);
                double[] sum = loads.get(employee.competence());
                double load = employee.positionPercent() > 0 ? worked * 100.0 / employee.positionPercent() : 0;
                boolean aboveFair = sum != null && load > sum[0] / sum[1] + 1e-9;
                underAllowance[e] = worked < allowed && (sum == null || load < sum[0] / sum[1]);
                if (worked > allowed || aboveFair || longestRun(e) > contract.maxConsecutiveWorkingWeekends()) {
                    over.add(e);
                }
            }
        }

        private int longestRun(int e) {
            int longest = 0;
            int run = 0;
            for (int w = 0; w < table.weekends(); w++) {
                run = table.worksWeekend(e, w) ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
            return longest;
        }

        @Override
        public boolean hasNext() {
            return staff.size() >= 2;
        }

        @Override
        public BlockSwapMove next() {
            if (!over.isEmpty()) {
                for (int draw = 0; draw < DRAWS; draw++) {
                    BlockSwapMove move = draw();
                    if (move != null) {
                        return move;
                    }
                }
            }
            return new BlockSwapMove(staff.get(0), staff.get(0), List.of(), List.of());
        }

        private BlockSwapMove draw() {
            int a = over.get(random.nextInt(over.size()));
            int weekend = workedWeekend(a, -1);
            if (weekend < 0) {
                return null;
            }
            int[] blockDays = days(a, weekend);
            boolean swap = switch (form) {
                case SWAP -> true;
                case TRANSFER -> false;
                case ANY -> random.nextBoolean();
            };
            int offset = random.nextInt(staff.size());
            for (int i = 0; i < staff.size(); i++) {
                int b = (offset + i) % staff.size();
                if (b == a) {
                    continue;
                }
                List<Slot> given = places(a, b, blockDays);
                if (given == null || given.isEmpty() || !free(b, blockDays, given)) {
                    continue;
                }
                if (!swap) {
                    if (underAllowance[b]) {
                        return new BlockSwapMove(staff.get(a), staff.get(b), given, List.of());
                    }
                    continue;
                }
                // b hands back a weekend she works on which a is free.
                int back = workedWeekend(b, weekend);
                if (back < 0) {
                    continue;
                }
                int[] backDays = days(b, back);
                if (overlaps(blockDays, backDays)) {
                    continue;
                }
                List<Slot> taken = places(b, a, backDays);
                if (taken != null && !taken.isEmpty() && free(a, backDays, taken)) {
                    return new BlockSwapMove(staff.get(a), staff.get(b), given, taken);
                }
            }
            return null;
        }

        /** A random weekend the employee works other than {@code not}, or -1. */
        private int workedWeekend(int e, int not) {
            int weekends = table.weekends();
            int start = weekends == 0 ? 0 : random.nextInt(weekends);
            for (int i = 0; i < weekends; i++) {
                int w = (start + i) % weekends;
                if (table.worksWeekend(e, w) && w != not) {
                    return w;
                }
            }
            return -1;
        }

        /** The days of the employee's weekend inside the horizon, the Friday before it first (-1 when outside). */
        private int[] days(int e, int weekend) {
            var definition = staff.get(e).contract().weekend();
            int start = definition.start(horizon, weekend);
            int length = definition.daysInHorizon(horizon, weekend);
            int[] result = new int[length + 1];
            int before = start - 1;
            result[0] = before >= 0 ? before : horizon.cyclic() ? Math.floorMod(before, days) : -1;
            for (int d = 0; d < length; d++) {
                result[d + 1] = horizon.cyclic() ? (start + d) % days : start + d;
            }
            return result;
        }

        /** Whether the employee works none of the weekend's days, nor its Friday when the block holds a Friday night. */
        private boolean free(int e, int[] blockDays, List<Slot> block) {
            for (int i = 1; i < blockDays.length; i++) {
                if (table.works(e, blockDays[i])) {
                    return false;
                }
            }
            int friday = blockDays[0];
            if (friday >= 0 && table.works(e, friday)) {
                for (Slot slot : block) {
                    if (slot.dayIndex() == friday) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static boolean overlaps(int[] first, int[] second) {
            for (int x : first) {
                for (int y : second) {
                    if (x >= 0 && x == y) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * The owner's places in the weekend (on its Friday only a night, which leads into it) as the receiver could
         * take them, or null if one is pinned or the receiver is not eligible for it.
         */
        private List<Slot> places(int owner, int receiver, int[] blockDays) {
            Employee taker = staff.get(receiver);
            List<Slot> slots = new ArrayList<>(4);
            for (int i = 0; i < blockDays.length; i++) {
                int day = blockDays[i];
                if (day < 0) {
                    continue;
                }
                for (Slot slot : table.places(owner, day)) {
                    if (i == 0 && !slot.isNight()) {
                        continue;
                    }
                    if (slot.isPinned() || !EligibleMoves.eligible(slot, taker, true)) {
                        return null;
                    }
                    slots.add(slot);
                }
            }
            return slots;
        }
    }
}
