package org.openspacemakers.marketplace.catalog.web;

import java.util.List;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierView;
import org.openspacemakers.marketplace.compliance.RohsRow;

/**
 * The dossier page's form, which Spring binds from the names the page posts: {@code ce.docNumber},
 * {@code ce.standards[0].withdrawnOn}, {@code rohs.parts[3].mpn} (one row per part of each placed BOM
 * line, its own then its accepted alternates, in the BOM's order), {@code gpsr.warnings[fr]}. Dates are {@code yyyy-MM-dd}, choices the dossier's
 * enums and the RoHS category a number, so a bad one is a binding error naming its field; the
 * dossier checks everything else when it is saved, naming the same fields. Built from a stored
 * dossier to show it; {@link #toContent} turns it into the dossier's statements.
 */
class DossierForm {

    /** The languages the association writes its warnings in, always offered. */
    static final List<String> USUAL_LANGUAGES = List.of("fr", "en", "de", "it", "es", "nl");

    /** Empty standards' rows shown under the filled ones, to add more. */
    static final int EMPTY_STANDARD_ROWS = 3;

    private final DossierCeForm ce = new DossierCeForm();
    private final DossierRohsForm rohs = new DossierRohsForm();
    private final Weee weee = new Weee();
    private final DossierGpsrForm gpsr = new DossierGpsrForm();
    private final Battery battery = new Battery();
    private final Svhc svhc = new Svhc();

    /**
     * The form showing a stored dossier (or an empty one), with a row for each part of the placed BOM
     * lines; while the team may change it, the revision's label and BOM hash are offered for a
     * declaration that names none.
     */
    static DossierForm of(DossierView view) {
        DossierForm form = filled(view, true);
        if (view.editable()) {
            form.ce.offerRevision(view.subject());
        }
        return form;
    }

    /**
     * The form holding the stored dossier as it is, nothing offered (a part without evidence is a
     * blank row, not the BOM's part): what a step's post changes.
     */
    static DossierForm stored(DossierView view) {
        return filled(view, false);
    }

    private static DossierForm filled(DossierView view, boolean offerBomParts) {
        DossierContent content = view.content();
        DossierForm form = new DossierForm();
        form.ce.fill(content.ce());
        form.rohs.fill(content.rohs(), view, offerBomParts);
        form.weee.household = content.weee().household();
        form.weee.categories = content.weee().categoriesText();
        form.weee.takeBack = content.weee().takeBack();
        form.gpsr.fill(content.gpsr());
        form.battery.onBoard = content.battery().onBoard();
        form.battery.description = content.battery().description();
        form.battery.removable = content.battery().removable();
        form.svhc.present = content.svhc().present();
        form.svhc.disclosure = content.svhc().disclosure();
        return form;
    }

    /**
     * The dossier these answers state, the RoHS rows matched to the evidence rows of the placed BOM
     * lines ({@link DossierRohsForm#rows}) by their place; blank rows are left out.
     */
    DossierContent toContent(List<RohsRow> rohsRows) {
        return new DossierContent(ce.toContent(), rohs.toContent(rohsRows),
                DossierContent.Weee.typed(weee.household, weee.categories, weee.takeBack), gpsr.toContent(),
                new DossierContent.Battery(battery.onBoard, battery.description, battery.removable),
                new DossierContent.Svhc(svhc.present, svhc.disclosure));
    }

    /**
     * Ready to be shown: a RoHS row for each part of the placed BOM lines, a few empty standards'
     * rows to add more, the usual languages' warnings (possibly empty) first and a language added
     * from the page among them.
     */
    DossierForm shown(int rohsRows) {
        ce.padStandards();
        rohs.padParts(rohsRows);
        gpsr.showUsualLanguages();
        return this;
    }

    public DossierCeForm getCe() {
        return ce;
    }

    public DossierRohsForm getRohs() {
        return rohs;
    }

    public Weee getWeee() {
        return weee;
    }

    public DossierGpsrForm getGpsr() {
        return gpsr;
    }

    public Battery getBattery() {
        return battery;
    }

    public Svhc getSvhc() {
        return svhc;
    }

    /** WEEE: household (dual use counts as household, the default) or B2B, the categories, the take-back. */
    public static class Weee {
        private boolean household = true;
        private String categories;
        private String takeBack;

        public boolean isHousehold() {
            return household;
        }

        public void setHousehold(boolean household) {
            this.household = household;
        }

        public String getCategories() {
            return categories;
        }

        public void setCategories(String categories) {
            this.categories = categories;
        }

        public String getTakeBack() {
            return takeBack;
        }

        public void setTakeBack(String takeBack) {
            this.takeBack = takeBack;
        }
    }

    /** A battery shipped on the board, what it is and whether the user can replace it. */
    public static class Battery {
        private boolean onBoard;
        private String description;
        private boolean removable;

        public boolean isOnBoard() {
            return onBoard;
        }

        public void setOnBoard(boolean onBoard) {
            this.onBoard = onBoard;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public boolean isRemovable() {
            return removable;
        }

        public void setRemovable(boolean removable) {
            this.removable = removable;
        }
    }

    /** A substance of very high concern above 0.1 %, and its disclosure. */
    public static class Svhc {
        private boolean present;
        private String disclosure;

        public boolean isPresent() {
            return present;
        }

        public void setPresent(boolean present) {
            this.present = present;
        }

        public String getDisclosure() {
            return disclosure;
        }

        public void setDisclosure(String disclosure) {
            this.disclosure = disclosure;
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
