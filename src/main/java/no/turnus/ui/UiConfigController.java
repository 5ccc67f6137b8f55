package no.turnus.ui;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/** The settings the pages read at start (the pages themselves are static files under /static). */
@RestController
@EnableConfigurationProperties(UiProperties.class)
@Hidden
class UiConfigController {

    private final UiProperties properties;

    UiConfigController(UiProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/ui/config")
    UiProperties config() {
        return properties;
    }
}
