package no.turnus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TurnusApplication {
    public static void main(String[] args) {
        SpringApplication.run(TurnusApplication.class, args);
    }
}
