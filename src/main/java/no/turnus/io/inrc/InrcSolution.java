package no.turnus.io.inrc;

import java.time.LocalDate;
import java.util.List;

/** An INRC-2010 solution ({@code solution.xsd}): who works which shift type on which date. */
public record InrcSolution(String schedulingPeriodId, String competitor, int softConstraintsPenalty,
                           List<Assignment> assignments) {

    public InrcSolution {
        assignments = List.copyOf(assignments);
    }

    public record Assignment(LocalDate date, String employeeId, String shiftTypeId) {
    }
}
