package no.turnus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import no.turnus.cli.TurnusCli;

/** One jar, two faces: with a command verb it is the command line, without arguments the REST service. */
@SpringBootApplication
public class TurnusApplication {

    public static void main(String[] args) {
        if (TurnusCli.handles(args)) {
            // Quiet library logging on the terminal; the CLI prints its own progress.
            System.setProperty("logback.configurationFile", "turnus-cli-logback.xml");
            System.exit(TurnusCli.run(args, System.out, System.err));
        }
        SpringApplication.run(TurnusApplication.class, args);
    }
}
