package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The association's identity binds from {@code marketplace.association.*}, and says what is not configured rather than show nothing. */
class AssociationTest {

    @Test
    void bindsThePublicationDirectorTheHostAndTheMediator() {
        Association association = bind(Map.of("marketplace.association.name", "Atelier Libre",
                "marketplace.association.publication-director", "Ada Directrice",
                "marketplace.association.host.name", "Hébergeur Témoin SARL",
                "marketplace.association.host.postal-address", "9 quai du Test, 69000 Lyon",
                "marketplace.association.host.telephone", "+33 4 11 22 33 44",
                "marketplace.association.mediator.name", "Médiation Témoin",
                "marketplace.association.mediator.website", " https://mediation-temoin.example "));

        assertThat(association.name()).isEqualTo("Atelier Libre");
        assertThat(association.publicationDirector()).isEqualTo("Ada Directrice");
        assertThat(association.host()).isEqualTo(new Association.Host("Hébergeur Témoin SARL", "9 quai du Test, 69000 Lyon",
                "+33 4 11 22 33 44"));
        assertThat(association.mediator()).isEqualTo(new Association.Mediator("Médiation Témoin", "https://mediation-temoin.example"));
    }

    @Test
    void saysWhatIsNotConfigured() {
        Association association = bind(Map.of("marketplace.association.name", "Atelier Libre",
                "marketplace.association.host.name", " "));

        assertThat(association.publicationDirector()).isEqualTo("(publication director not configured)");
        assertThat(association.host().name()).isEqualTo("(host not configured)");
        assertThat(association.host().telephone()).isEqualTo("(host's telephone not configured)");
        assertThat(association.mediator().name()).isEqualTo("(consumer mediator not configured)");
        assertThat(association.mediator().website()).isEmpty();
    }

    private static Association bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bind("marketplace.association", Association.class).get();
    }
}
