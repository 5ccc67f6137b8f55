package no.turnus.api;

import java.io.IOException;

/** A request body over {@code turnus.api.max-body-size} (HTTP 413). An IOException so that it ends the read. */
class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes (turnus.api.max-body-size).");
    }
}
