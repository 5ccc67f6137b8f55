package no.turnus.store;

import java.util.Locale;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * An embedded H2 file database writes committed changes to its file at once ({@code WRITE_DELAY=0}) instead of
 * up to 500 ms later (H2's default), so a write the service has acknowledged survives the process being killed.
 * Applied to every {@code jdbc:h2:file:} URL that does not set the delay itself; measured with
 * benchmarks/crash-test.sh (benchmarks/RESULTS.md).
 */
@Component
class H2Durability implements BeanPostProcessor {

    static final String SETTING = ";WRITE_DELAY=0";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
            properties.setUrl(durable(properties.getUrl()));
        }
        return bean;
    }

    static String durable(String url) {
        boolean h2File = url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:./") || url.startsWith("jdbc:h2:~");
        return h2File && !url.toUpperCase(Locale.ROOT).contains("WRITE_DELAY") ? url + SETTING : url;
    }
}
