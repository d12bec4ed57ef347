package org.openspacemakers.marketplace.compliance.dossier;

import static org.openspacemakers.marketplace.compliance.dossier.Fields.limit;
import static org.openspacemakers.marketplace.compliance.dossier.Fields.missing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.WeeeCategory;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;

/** The WEEE section: household or business use, the categories, the take-back offered. */
@Embeddable
class WeeeSection {

    /** Dual use counts as household, hence household until the team says otherwise. */
    @Column(name = "weee_household", nullable = false)
    private boolean household = true;

    /** The Annex III categories by number ({@code "5, 6"}); older rows hold the team's text, read by the numbers it names. */
    @Column(name = "weee_categories", nullable = false, length = 200)
    private String categories = "";

    @Column(name = "take_back", nullable = false, columnDefinition = "TEXT")
    private String takeBack = "";

    /** Takes the team's statements, refusing a text too long for its column. */
    void replace(DossierContent.Weee weee) {
        household = weee.household();
        categories = weee.categoriesText();
        takeBack = limit("weee.takeBack", weee.takeBack(), 5000);
    }

    DossierContent.Weee content() {
        return new DossierContent.Weee(household, categories(), takeBack);
    }

    Set<WeeeCategory> categories() {
        return WeeeCategory.namedIn(categories);
    }

    boolean household() {
        return household;
    }

    /** What an approval lacks here: the categories and the take-back information. */
    List<Refusal> gaps() {
        List<Refusal> gaps = new ArrayList<>();
        missing(gaps, RefusalCode.WEEE_INFO_INCOMPLETE, WeeeCategory.text(categories()), "WEEE categories");
        missing(gaps, RefusalCode.WEEE_INFO_INCOMPLETE, takeBack, "take-back information");
        return gaps;
    }
}
