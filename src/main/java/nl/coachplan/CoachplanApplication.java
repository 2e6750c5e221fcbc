package nl.coachplan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CoachplanApplication {

  public static void main(String[] args) {
    SpringApplication.run(CoachplanApplication.class, args);
  }
}
