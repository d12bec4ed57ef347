package org.openspacemakers.marketplace.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierContentTest {

    /**
     * Which class the JVM initialises first depends on what the running code touches first; each
     * case loads the classes afresh and touches one section before the content.
     */
    @Test
    void theEmptyContentHasEverySectionWhicheverSectionIsLoadedFirst() throws Exception {
        URL classes = DossierContent.class.getProtectionDomain().getCodeSource().getLocation();
        for (String first : List.of("Ce", "Standard", "Rohs", "PartEvidence", "Weee", "Gpsr", "Battery", "Svhc")) {
            try (URLClassLoader fresh = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
                Class.forName(DossierContent.class.getName() + "$" + first, true, fresh);
                Object empty = Class.forName(DossierContent.class.getName(), true, fresh).getField("EMPTY").get(null);
                for (RecordComponent section : empty.getClass().getRecordComponents()) {
                    assertThat(section.getAccessor().invoke(empty)).as("%s loaded first: %s", first, section.getName())
                            .isNotNull();
                }
            }
        }
    }
}
