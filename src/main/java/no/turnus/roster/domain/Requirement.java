package no.turnus.roster.domain;

/** What a slot asks of the person in it: a competence, an authorisation, or nothing in particular. */
public record Requirement(Type type, String code) {

    public enum Type { ANY, COMPETENCE, AUTHORISATION }

    public static final Requirement ANY = new Requirement(Type.ANY, "");

    public boolean metBy(Employee employee) {
        return switch (type) {
            case ANY -> true;
            case COMPETENCE -> code.equals(employee.competence());
            case AUTHORISATION -> employee.authorisations().contains(code);
        };
    }

    @Override
    public String toString() {
        return type == Type.ANY ? "any" : code;
    }
}
