package no.turnus.io.inrc;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.w3c.dom.Element;

import no.turnus.io.Xml;
import no.turnus.io.inrc.InrcInstance.Contract;
import no.turnus.io.inrc.InrcInstance.Cover;
import no.turnus.io.inrc.InrcInstance.DateCover;
import no.turnus.io.inrc.InrcInstance.DayOfWeekCover;
import no.turnus.io.inrc.InrcInstance.DayRequest;
import no.turnus.io.inrc.InrcInstance.Employee;
import no.turnus.io.inrc.InrcInstance.EntryKind;
import no.turnus.io.inrc.InrcInstance.Flag;
import no.turnus.io.inrc.InrcInstance.Limit;
import no.turnus.io.inrc.InrcInstance.Pattern;
import no.turnus.io.inrc.InrcInstance.PatternEntry;
import no.turnus.io.inrc.InrcInstance.ShiftRequest;
import no.turnus.io.inrc.InrcInstance.ShiftType;
import no.turnus.problem.Problems;
import no.turnus.roster.domain.WeekendDefinition;

/**
 * Reads an INRC-2010 instance ({@code competition.xsd}). Every problem found (bad number, unknown reference) is
 * reported at once, located by an XPath-like path.
 */
public final class InrcXmlReader {

    private InrcXmlReader() {
    }

    public static InrcInstance read(Path path) {
        return read(Xml.parse(path));
    }

    public static InrcInstance read(Element root) {
        return new Parse(root).instance();
    }

    /** One parse: holds the problems collected on the way. */
    private static final class Parse {
        private final Element root;
        private final Problems problems = new Problems();

        Parse(Element root) {
            this.root = root;
        }

        InrcInstance instance() {
            problems.check("SchedulingPeriod".equals(root.getTagName()), "/",
                    "root element must be SchedulingPeriod (was " + root.getTagName() + ")");
            String base = "/SchedulingPeriod";
            LocalDate start = date(Xml.text(root, "StartDate"), base + "/StartDate");
            LocalDate end = date(Xml.text(root, "EndDate"), base + "/EndDate");
            if (start != null && end != null) {
                problems.check(!end.isBefore(start), base + "/EndDate", "is before StartDate");
            }
            List<ShiftType> shiftTypes = list(root, "ShiftTypes", "Shift", base, this::shiftType);
            List<Pattern> patterns = list(root, "Patterns", "Pattern", base, this::pattern);
            List<Contract> contracts = list(root, "Contracts", "Contract", base, this::contract);
            List<Employee> employees = list(root, "Employees", "Employee", base, this::employee);
            Element coverRequirements = Xml.child(root, "CoverRequirements").orElse(null);
            List<DayOfWeekCover> dayCovers = list(coverRequirements, "DayOfWeekCover", base + "/CoverRequirements",
                    this::dayOfWeekCover);
            List<DateCover> dateCovers = list(coverRequirements, "DateSpecificCover", base + "/CoverRequirements",
                    this::dateCover);
            List<DayRequest> dayOff = list(root, "DayOffRequests", "DayOff", base, this::dayRequest);
            List<DayRequest> dayOn = list(root, "DayOnRequests", "DayOn", base, this::dayRequest);
            List<ShiftRequest> shiftOff = list(root, "ShiftOffRequests", "ShiftOff", base, this::shiftRequest);
            List<ShiftRequest> shiftOn = list(root, "ShiftOnRequests", "ShiftOn", base, this::shiftRequest);
            InrcInstance instance = new InrcInstance(Xml.attribute(root, "ID").orElse(""), start, end,
                    Xml.texts(root, "Skills", "Skill"), shiftTypes, patterns, contracts, employees, dayCovers,
                    dateCovers, dayOff, dayOn, shiftOff, shiftOn);
            checkReferences(instance);
            problems.throwIfAny();
            return instance;
        }

        private <T> List<T> list(Element parent, String list, String item, String base, Item<T> reader) {
            return list(Xml.child(parent, list).orElse(null), item, base + "/" + list, reader);
        }

        private <T> List<T> list(Element parent, String item, String base, Item<T> reader) {
            List<T> items = new ArrayList<>();
            List<Element> elements = Xml.children(parent, item);
            for (int i = 0; i < elements.size(); i++) {
                items.add(reader.read(elements.get(i), base + "/" + item + "[" + (i + 1) + "]"));
            }
            return items;
        }

        private interface Item<T> {
            T read(Element element, String path);
        }

        private ShiftType shiftType(Element e, String path) {
            return new ShiftType(id(e, path), time(Xml.text(e, "StartTime"), path + "/StartTime"),
                    time(Xml.text(e, "EndTime"), path + "/EndTime"), Xml.text(e, "Description").orElse(""),
                    Xml.texts(e, "Skills", "Skill"));
        }

        private Pattern pattern(Element e, String path) {
            List<Element> entryElements = Xml.child(e, "PatternEntries")
                    .map(p -> Xml.children(p, "PatternEntry")).orElse(List.of());
            PatternEntry[] entries = new PatternEntry[entryElements.size()];
            for (int i = 0; i < entryElements.size(); i++) {
                Element entry = entryElements.get(i);
                String entryPath = path + "/PatternEntries/PatternEntry[" + (i + 1) + "]";
                // The index attribute orders the entries; the UOS evaluator honours it, so do we.
                int index = Xml.attribute(entry, "index").map(v -> integer(v, entryPath + "/@index")).orElse(i);
                if (!problems.check(index >= 0 && index < entries.length && entries[index] == null,
                        entryPath + "/@index", "must be a distinct index below " + entries.length)) {
                    continue;
                }
                entries[index] = patternEntry(entry, entryPath);
            }
            problems.check(entries.length >= 1, path + "/PatternEntries", "has no PatternEntry");
            return new Pattern(id(e, path), Xml.attribute(e, "weight").map(w -> integer(w, path + "/@weight"))
                    .orElse(1), Arrays.stream(entries).filter(Objects::nonNull).toList());
        }

        private PatternEntry patternEntry(Element e, String path) {
            String shift = required(Xml.text(e, "ShiftType"), path + "/ShiftType");
            String day = Xml.text(e, "Day").orElse("Any");
            DayOfWeek dayOfWeek = "Any".equalsIgnoreCase(day) ? null : dayOfWeek(day, path + "/Day");
            if ("None".equalsIgnoreCase(shift)) {
                return new PatternEntry(EntryKind.FREE, null, dayOfWeek);
            }
            if ("Any".equalsIgnoreCase(shift)) {
                return new PatternEntry(EntryKind.ANY_SHIFT, null, dayOfWeek);
            }
            return new PatternEntry(EntryKind.SHIFT, shift, dayOfWeek);
        }

        /** The weekend of an XML name, e.g. {@code FridaySaturdaySunday}. */
        private static Optional<WeekendDefinition> weekend(String name) {
            for (WeekendDefinition w : WeekendDefinition.values()) {
                if (w.name().replace("_", "").equalsIgnoreCase(name)) {
                    return Optional.of(w);
                }
            }
            return Optional.empty();
        }

        private Contract contract(Element e, String path) {
            WeekendDefinition weekend = Xml.text(e, "WeekendDefinition").map(w -> weekend(w).orElseGet(() -> {
                problems.add(path + "/WeekendDefinition", "unknown weekend definition '" + w + "'");
                return WeekendDefinition.SATURDAY_SUNDAY;
            })).orElse(WeekendDefinition.SATURDAY_SUNDAY);
            return new Contract(id(e, path), Xml.text(e, "Description").orElse(""),
                    flag(e, "SingleAssignmentPerDay", path),
                    limit(e, "MaxNumAssignments", path), limit(e, "MinNumAssignments", path),
                    limit(e, "MaxConsecutiveWorkingDays", path), limit(e, "MinConsecutiveWorkingDays", path),
                    limit(e, "MaxConsecutiveFreeDays", path), limit(e, "MinConsecutiveFreeDays", path),
                    limit(e, "MaxConsecutiveWorkingWeekends", path), limit(e, "MinConsecutiveWorkingWeekends", path),
                    limit(e, "MaxWorkingWeekendsInFourWeeks", path), weekend,
                    flag(e, "CompleteWeekends", path), flag(e, "IdenticalShiftTypesDuringWeekend", path),
                    flag(e, "NoNightShiftBeforeFreeWeekend", path), flag(e, "TwoFreeDaysAfterNightShifts", path),
                    flag(e, "AlternativeSkillCategory", path), Xml.texts(e, "UnwantedPatterns", "Pattern"));
        }

        private Limit limit(Element contract, String name, String path) {
            return Xml.child(contract, name).map(e -> new Limit(
                    Xml.attribute(e, "on").map(v -> bool(v, path + "/" + name + "/@on")).orElse(true),
                    Xml.attribute(e, "weight").map(v -> integer(v, path + "/" + name + "/@weight")).orElse(1),
                    integer(e.getTextContent().trim(), path + "/" + name))).orElse(Limit.OFF);
        }

        private Flag flag(Element contract, String name, String path) {
            return Xml.child(contract, name).map(e -> new Flag(bool(e.getTextContent().trim(), path + "/" + name),
                    Xml.attribute(e, "weight").map(v -> integer(v, path + "/" + name + "/@weight")).orElse(1)))
                    .orElse(Flag.OFF);
        }

        private Employee employee(Element e, String path) {
            return new Employee(id(e, path), required(Xml.text(e, "ContractID"), path + "/ContractID"),
                    Xml.text(e, "Name").orElse(""), Xml.texts(e, "Skills", "Skill"));
        }

        private DayOfWeekCover dayOfWeekCover(Element e, String path) {
            return new DayOfWeekCover(dayOfWeek(required(Xml.text(e, "Day"), path + "/Day"), path + "/Day"),
                    covers(e, path));
        }

        private DateCover dateCover(Element e, String path) {
            return new DateCover(date(Xml.text(e, "Date"), path + "/Date"), covers(e, path));
        }

        private List<Cover> covers(Element e, String path) {
            return list(e, "Cover", path, (c, p) -> new Cover(required(Xml.text(c, "Shift"), p + "/Shift"),
                    Xml.text(c, "Preferred").map(v -> integer(v, p + "/Preferred")).orElse(0)));
        }

        private DayRequest dayRequest(Element e, String path) {
            return new DayRequest(required(Xml.text(e, "EmployeeID"), path + "/EmployeeID"),
                    date(Xml.text(e, "Date"), path + "/Date"), weight(e, path));
        }

        private ShiftRequest shiftRequest(Element e, String path) {
            return new ShiftRequest(required(Xml.text(e, "EmployeeID"), path + "/EmployeeID"),
                    required(Xml.text(e, "ShiftTypeID"), path + "/ShiftTypeID"),
                    date(Xml.text(e, "Date"), path + "/Date"), weight(e, path));
        }

        private int weight(Element e, String path) {
            return integer(required(Xml.attribute(e, "weight"), path + "/@weight"), path + "/@weight");
        }

        private void checkReferences(InrcInstance instance) {
            String base = "/SchedulingPeriod";
            Set<String> skills = new HashSet<>(instance.skills());
            Set<String> shifts = ids(instance.shiftTypes(), ShiftType::id);
            Set<String> contracts = ids(instance.contracts(), Contract::id);
            Set<String> employees = ids(instance.employees(), Employee::id);
            Set<String> patterns = new HashSet<>();
            instance.patterns().forEach(p -> patterns.add(p.id().toLowerCase(Locale.ROOT)));
            for (int i = 0; i < instance.shiftTypes().size(); i++) {
                for (String skill : instance.shiftTypes().get(i).skills()) {
                    problems.known(base + "/ShiftTypes/Shift[" + (i + 1) + "]/Skills", skill, skills, "skill");
                }
            }
            for (int i = 0; i < instance.patterns().size(); i++) {
                for (PatternEntry entry : instance.patterns().get(i).entries()) {
                    problems.known(base + "/Patterns/Pattern[" + (i + 1) + "]", entry.shiftTypeId(), shifts,
                            "shift type");
                }
            }
            for (int i = 0; i < instance.contracts().size(); i++) {
                for (String pattern : instance.contracts().get(i).unwantedPatterns()) {
                    problems.check(patterns.contains(pattern.toLowerCase(Locale.ROOT)),
                            base + "/Contracts/Contract[" + (i + 1) + "]/UnwantedPatterns", "unknown pattern '"
                                    + pattern + "'");
                }
            }
            for (int i = 0; i < instance.employees().size(); i++) {
                Employee employee = instance.employees().get(i);
                String path = base + "/Employees/Employee[" + (i + 1) + "]";
                problems.known(path + "/ContractID", employee.contractId(), contracts, "contract");
                employee.skills().forEach(s -> problems.known(path + "/Skills", s, skills, "skill"));
            }
            checkCovers(instance.dayOfWeekCovers().stream().map(DayOfWeekCover::covers).toList(),
                    base + "/CoverRequirements/DayOfWeekCover", shifts);
            checkCovers(instance.dateCovers().stream().map(DateCover::covers).toList(),
                    base + "/CoverRequirements/DateSpecificCover", shifts);
            checkDayRequests(instance.dayOffRequests(), base + "/DayOffRequests/DayOff", employees);
            checkDayRequests(instance.dayOnRequests(), base + "/DayOnRequests/DayOn", employees);
            checkShiftRequests(instance.shiftOffRequests(), base + "/ShiftOffRequests/ShiftOff", employees, shifts);
            checkShiftRequests(instance.shiftOnRequests(), base + "/ShiftOnRequests/ShiftOn", employees, shifts);
        }

        private void checkCovers(List<List<Cover>> covers, String path, Set<String> shifts) {
            for (int i = 0; i < covers.size(); i++) {
                for (Cover cover : covers.get(i)) {
                    problems.known(path + "[" + (i + 1) + "]/Cover/Shift", cover.shiftTypeId(), shifts, "shift type");
                }
            }
        }

        private void checkDayRequests(List<DayRequest> requests, String path, Set<String> employees) {
            for (int i = 0; i < requests.size(); i++) {
                problems.known(path + "[" + (i + 1) + "]/EmployeeID", requests.get(i).employeeId(), employees,
                        "employee");
            }
        }

        private void checkShiftRequests(List<ShiftRequest> requests, String path, Set<String> employees,
                                        Set<String> shifts) {
            for (int i = 0; i < requests.size(); i++) {
                problems.known(path + "[" + (i + 1) + "]/EmployeeID", requests.get(i).employeeId(), employees,
                        "employee");
                problems.known(path + "[" + (i + 1) + "]/ShiftTypeID", requests.get(i).shiftTypeId(), shifts,
                        "shift type");
            }
        }

        private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
            Set<String> ids = new HashSet<>();
            items.forEach(item -> ids.add(id.apply(item)));
            return ids;
        }

        private String id(Element e, String path) {
            return required(Xml.attribute(e, "ID"), path + "/@ID");
        }

        private String required(Optional<String> value, String path) {
            if (value.isEmpty() || value.get().isEmpty()) {
                problems.add(path, "is required");
                return "";
            }
            return value.get();
        }

        private LocalDate date(Optional<String> value, String path) {
            String text = required(value, path);
            try {
                return text.isEmpty() ? null : LocalDate.parse(text);
            } catch (DateTimeException e) {
                problems.add(path, "is not an ISO date (was '" + text + "')");
                return null;
            }
        }

        private LocalTime time(Optional<String> value, String path) {
            String text = required(value, path);
            try {
                return text.isEmpty() ? null : LocalTime.parse(text);
            } catch (DateTimeException e) {
                problems.add(path, "is not a time (was '" + text + "')");
                return null;
            }
        }

        private int integer(String text, String path) {
            try {
                int value = Integer.parseInt(text);
                problems.notNegative(path, value);
                return value;
            } catch (NumberFormatException e) {
                problems.add(path, "is not a whole number (was '" + text + "')");
                return 0;
            }
        }

        private boolean bool(String text, String path) {
            switch (text.toLowerCase(Locale.ROOT)) {
                case "1", "true" -> {
                    return true;
                }
                case "0", "false" -> {
                    return false;
                }
                default -> {
                    problems.add(path, "is not a boolean (was '" + text + "')");
                    return false;
                }
            }
        }

        private DayOfWeek dayOfWeek(String text, String path) {
            try {
                return DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(path, "is not a day of the week (was '" + text + "')");
                return null;
            }
        }
    }
}
