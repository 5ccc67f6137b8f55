package no.turnus.api;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import no.turnus.job.JobProperties;
import no.turnus.kinds.StandardKinds;
import no.turnus.problem.DatasetReader;
import no.turnus.problem.ProblemKinds;

/** The beans the service is made of that are not components: the kinds shipped, the reader, the OpenAPI header. */
@Configuration
@EnableConfigurationProperties({JobProperties.class, ApiProperties.class})
public class ServiceConfiguration {

    @Bean
    ProblemKinds problemKinds() {
        return StandardKinds.all();
    }

    @Bean
    DatasetReader datasetReader(ProblemKinds kinds) {
        return new DatasetReader(kinds);
    }

    @Bean
    OpenAPI turnusOpenApi() {
        return new OpenAPI().info(new Info().title("Turnus planning service")
                .description("Rosters, home-care routes and scenarios for municipal health and care services: upload a"
                        + " dataset, solve it as a job, read the plan, its KPIs and broken rules, replan after a change.")
                .version("0.1").license(new License().name("open source")));
    }
}
