package no.turnus.store;

/** An id that names nothing stored (HTTP 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super("There is no " + what + " with id '" + id + "'.");
    }
}
