package nl.coachplan.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title, purpose and version of /api/v1 in its OpenAPI document (Swagger UI), in Dutch as its readers are. */
@Configuration
public class ApiDocumentation {

  static final String TITLE = "Coachplan API";

  @Bean
  public OpenAPI coachplanApi(ObjectProvider<BuildProperties> build) {
    // The build's version; without build information (an IDE run from sources) it says so.
    String version = build.getIfAvailable() != null ? build.getIfAvailable().getVersion() : "ontwikkelversie";
    return new OpenAPI()
        .info(new Info().title(TITLE).version(version).description("""
            De eigen JSON-API van Coachplan: het zaaksysteem waarmee een gemeente buurtsportcoaches financiert \
            volgens de omgekeerde aanpak. Organisaties (aanvoerders en spelers) dienen hiermee plannen in, \
            bevestigen hun bijdragen en doen hun taken; het portaal van Coachplan (/portaal) gebruikt deze API. \
            Medewerkers van de gemeente (coördinator, beleidsambtenaar, manager) lezen er de dossiers, het \
            overzicht van een ronde en de exports voor de monitor mee, en kunnen er ook hun taken mee doen.

            Aanmelden gaat met dezelfde gebruikersnaam en hetzelfde wachtwoord als op de aanmeldpagina: met de \
            sessie van de browser of met HTTP Basic. Wat u ziet en mag hangt af van uw rol of organisatie: een \
            organisatie ziet alleen de plannen die zij leidt of waaraan zij bijdraagt.

            Fouten komen als application/problem+json (RFC 9457) met een Nederlandse uitleg in `detail`; bij \
            ongeldige invoer noemt `errors` elk veld. Codes (zoals `stage` of `outcome`) staan er voor programma's; \
            naast de meeste staat een leesbaar label (zoals `stageLabel`, `outcomeLabel`)."""))
        .components(new Components().addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
            .scheme("basic").description("Gebruikersnaam en wachtwoord van Coachplan")))
        .addSecurityItem(new SecurityRequirement().addList("basic"))
        .tags(List.of(
            new Tag().name("Plannen").description("Een plan indienen of intrekken, en het dossier van een plan lezen: "
                + "bijdragen, beoordelingen, posts met hun coach, contractjaren en de tijdlijn van elke stap."),
            new Tag().name("Taken").description("Uw open taken en die van uw organisatie: lezen met het formulier en "
                + "afronden met de ingevulde waarden. Het portaal werkt hiermee."),
            new Tag().name("Rondes").description("Voor de gemeente: het overzicht van een ronde, de plannen per pagina en de "
                + "exports (CSV en Excel) voor de eigen administratie en de landelijke monitor.")));
  }
}
