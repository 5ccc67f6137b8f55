package no.turnus.io.inrc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

import no.turnus.io.Xml;
import no.turnus.io.inrc.InrcSolution.Assignment;
import no.turnus.problem.Problems;

/** Reads and writes INRC-2010 solutions ({@code solution.xsd}). */
public final class InrcSolutionXml {

    private InrcSolutionXml() {
    }

    public static InrcSolution read(Path path) {
        return read(Xml.parse(path));
    }

    public static InrcSolution read(Element root) {
        Problems problems = new Problems();
        problems.check("Solution".equals(root.getTagName()), "/", "root element must be Solution (was "
                + root.getTagName() + ")");
        String penaltyText = Xml.text(root, "SoftConstraintsPenalty").orElse("0");
        int penalty = 0;
        try {
            penalty = Integer.parseInt(penaltyText);
        } catch (NumberFormatException e) {
            problems.add("/Solution/SoftConstraintsPenalty", "is not a whole number (was '" + penaltyText + "')");
        }
        List<Assignment> assignments = new ArrayList<>();
        List<Element> elements = Xml.children(root, "Assignment");
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            String path = "/Solution/Assignment[" + (i + 1) + "]";
            String date = Xml.text(e, "Date").orElse("");
            String employee = Xml.text(e, "Employee").orElse("");
            String shift = Xml.text(e, "ShiftType").orElse("");
            problems.require(path + "/Employee", employee);
            problems.require(path + "/ShiftType", shift);
            try {
                assignments.add(new Assignment(LocalDate.parse(date), employee, shift));
            } catch (DateTimeException ex) {
                problems.add(path + "/Date", "is not an ISO date (was '" + date + "')");
            }
        }
        problems.throwIfAny();
        return new InrcSolution(Xml.text(root, "SchedulingPeriodID").orElse(""),
                Xml.text(root, "Competitor").orElse(""), penalty, assignments);
    }

    public static String toXml(InrcSolution solution) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Solution>\n");
        element(xml, 1, "SchedulingPeriodID", solution.schedulingPeriodId());
        element(xml, 1, "Competitor", solution.competitor());
        element(xml, 1, "SoftConstraintsPenalty", Integer.toString(solution.softConstraintsPenalty()));
        for (Assignment a : solution.assignments()) {
            xml.append("  <Assignment>\n");
            element(xml, 2, "Date", a.date().toString());
            element(xml, 2, "Employee", a.employeeId());
            element(xml, 2, "ShiftType", a.shiftTypeId());
            xml.append("  </Assignment>\n");
        }
        return xml.append("</Solution>\n").toString();
    }

    public static void write(InrcSolution solution, Path path) throws IOException {
        Files.writeString(path, toXml(solution), StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder xml, int depth, String name, String text) {
        xml.append("  ".repeat(depth)).append('<').append(name).append('>').append(Xml.escape(text))
                .append("</").append(name).append(">\n");
    }
}
