package no.turnus.api;

/** The caller is signed in but its roles do not allow this (HTTP 403). */
class ForbiddenException extends RuntimeException {

    ForbiddenException(String message) {
        super(message);
    }
}
