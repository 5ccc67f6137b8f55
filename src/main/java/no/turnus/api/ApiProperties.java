package no.turnus.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** @param maxBodySize the largest request body accepted ({@code turnus.api.max-body-size}, default 10MB); larger is a 413 */
@ConfigurationProperties("turnus.api")
public record ApiProperties(DataSize maxBodySize) {

    public ApiProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(10) : maxBodySize;
    }
}
