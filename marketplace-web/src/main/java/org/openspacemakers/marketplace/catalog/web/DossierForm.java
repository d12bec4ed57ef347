package org.openspacemakers.marketplace.catalog.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierContent.Act;
import org.openspacemakers.marketplace.compliance.DossierContent.EmcClass;
import org.openspacemakers.marketplace.compliance.DossierContent.EvidenceType;
import org.openspacemakers.marketplace.compliance.DossierContent.IntendedUse;
import org.openspacemakers.marketplace.compliance.DossierView;
import org.openspacemakers.marketplace.compliance.OfficialLanguages;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The dossier page's form, which Spring binds from the names the page posts: {@code ce.docNumber},
 * {@code ce.standards[0].withdrawnOn}, {@code rohs.parts[3].mpn} (one row per placed BOM line, in
 * the BOM's order), {@code gpsr.warnings[fr]}. Dates are {@code yyyy-MM-dd}, choices the dossier's
 * enums and the RoHS category a number, so a bad one is a binding error naming its field; the
 * dossier checks everything else when it is saved, naming the same fields. Built from a stored
 * dossier to show it; {@link #toContent} turns it into the dossier's statements.
 */
class DossierForm {

    /** The languages the association writes its warnings in, always offered. */
    static final List<String> USUAL_LANGUAGES = List.of("fr", "en", "de", "it", "es", "nl");

    /** Empty standards' rows shown under the filled ones, to add more. */
    static final int EMPTY_STANDARD_ROWS = 3;

    private final Ce ce = new Ce();
    private final Rohs rohs = new Rohs();
    private final Weee weee = new Weee();
    private final Gpsr gpsr = new Gpsr();
    private final Battery battery = new Battery();
    private final Svhc svhc = new Svhc();

    /** The form showing a stored dossier (or an empty one), with a row for each placed line of the BOM. */
    static DossierForm of(DossierView view) {
        DossierContent content = view.content();
        DossierForm form = new DossierForm();
        form.ce.fill(content.ce());
        form.rohs.fill(content.rohs(), view);
        form.weee.household = content.weee().household();
        form.weee.categories = content.weee().categories();
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
     * The dossier these answers state, the RoHS rows matched to the placed BOM lines by their
     * place; blank rows are left out.
     */
    DossierContent toContent(List<RevisionSubject.BomLine> placed) {
        return new DossierContent(ce.toContent(), rohs.toContent(placed),
                new DossierContent.Weee(weee.household, weee.categories, weee.takeBack), gpsr.toContent(),
                new DossierContent.Battery(battery.onBoard, battery.description, battery.removable),
                new DossierContent.Svhc(svhc.present, svhc.disclosure));
    }

    /**
     * Ready to be shown: a RoHS row for each placed BOM line, a few empty standards' rows to add
     * more, the usual languages' warnings (possibly empty) first and a language added from the
     * page among them.
     */
    DossierForm shown(int placedLines) {
        ce.padStandards();
        rohs.padParts(placedLines);
        gpsr.showUsualLanguages();
        return this;
    }

    public Ce getCe() {
        return ce;
    }

    public Rohs getRohs() {
        return rohs;
    }

    public Weee getWeee() {
        return weee;
    }

    public Gpsr getGpsr() {
        return gpsr;
    }

    public Battery getBattery() {
        return battery;
    }

    public Svhc getSvhc() {
        return svhc;
    }

    /** CE: acts, scope, supply, radio, EMC class, standards, the declaration and the technical file. */
    public static class Ce {
        private Set<Act> acts = EnumSet.noneOf(Act.class);
        private String scopeRationale;
        private IntendedUse intendedUse;
        private String supplyVoltage;
        private boolean mainsSupplied;
        private boolean radio;
        private boolean internetConnected;
        private EmcClass emcClass;
        private final List<Standard> standards = new ArrayList<>();
        private String technicalFileRef;
        private String docNumber;
        private String docFile;
        private String radioEvidenceFile;

        void fill(DossierContent.Ce ce) {
            acts = ce.acts().isEmpty() ? EnumSet.noneOf(Act.class) : EnumSet.copyOf(ce.acts());
            scopeRationale = ce.scopeRationale();
            intendedUse = ce.intendedUse();
            supplyVoltage = ce.supplyVoltage();
            mainsSupplied = ce.mainsSupplied();
            radio = ce.radio();
            internetConnected = ce.internetConnected();
            emcClass = ce.emcClass();
            ce.standards().forEach(applied -> standards.add(Standard.of(applied)));
            technicalFileRef = ce.technicalFileRef();
            docNumber = ce.docNumber();
            docFile = ce.docFile();
            radioEvidenceFile = ce.radioEvidenceFile();
        }

        DossierContent.Ce toContent() {
            List<DossierContent.Standard> applied = standards.stream().filter(row -> row != null && !row.blank())
                    .map(Standard::toContent).toList();
            Set<Act> chosen = acts == null ? Set.of() : acts.stream().filter(Objects::nonNull).collect(Collectors.toSet());
            return new DossierContent.Ce(chosen, scopeRationale, intendedUse, supplyVoltage, mainsSupplied, radio,
                    internetConnected, emcClass, applied, technicalFileRef, docNumber, docFile, radioEvidenceFile);
        }

        /** Empty rows under the last filled one, up to {@value DossierForm#EMPTY_STANDARD_ROWS}. */
        void padStandards() {
            int empty = 0;
            for (int i = standards.size() - 1; i >= 0 && (standards.get(i) == null || standards.get(i).blank()); i--) {
                empty++;
            }
            for (int i = empty; i < EMPTY_STANDARD_ROWS; i++) {
                standards.add(new Standard());
            }
        }

        public Set<Act> getActs() {
            return acts;
        }

        public void setActs(Set<Act> acts) {
            this.acts = acts;
        }

        public String getScopeRationale() {
            return scopeRationale;
        }

        public void setScopeRationale(String scopeRationale) {
            this.scopeRationale = scopeRationale;
        }

        public IntendedUse getIntendedUse() {
            return intendedUse;
        }

        public void setIntendedUse(IntendedUse intendedUse) {
            this.intendedUse = intendedUse;
        }

        public String getSupplyVoltage() {
            return supplyVoltage;
        }

        public void setSupplyVoltage(String supplyVoltage) {
            this.supplyVoltage = supplyVoltage;
        }

        public boolean isMainsSupplied() {
            return mainsSupplied;
        }

        public void setMainsSupplied(boolean mainsSupplied) {
            this.mainsSupplied = mainsSupplied;
        }

        public boolean isRadio() {
            return radio;
        }

        public void setRadio(boolean radio) {
            this.radio = radio;
        }

        public boolean isInternetConnected() {
            return internetConnected;
        }

        public void setInternetConnected(boolean internetConnected) {
            this.internetConnected = internetConnected;
        }

        public EmcClass getEmcClass() {
            return emcClass;
        }

        public void setEmcClass(EmcClass emcClass) {
            this.emcClass = emcClass;
        }

        public List<Standard> getStandards() {
            return standards;
        }

        public String getTechnicalFileRef() {
            return technicalFileRef;
        }

        public void setTechnicalFileRef(String technicalFileRef) {
            this.technicalFileRef = technicalFileRef;
        }

        public String getDocNumber() {
            return docNumber;
        }

        public void setDocNumber(String docNumber) {
            this.docNumber = docNumber;
        }

        public String getDocFile() {
            return docFile;
        }

        public void setDocFile(String docFile) {
            this.docFile = docFile;
        }

        public String getRadioEvidenceFile() {
            return radioEvidenceFile;
        }

        public void setRadioEvidenceFile(String radioEvidenceFile) {
            this.radioEvidenceFile = radioEvidenceFile;
        }
    }

    /** One applied standard, as typed. */
    public static class Standard {
        private String number;
        private String edition;
        private boolean citedInOj;
        private String partsApplied;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate withdrawnOn;

        static Standard of(DossierContent.Standard applied) {
            Standard row = new Standard();
            row.number = applied.number();
            row.edition = applied.edition();
            row.citedInOj = applied.citedInOj();
            row.partsApplied = applied.partsApplied();
            row.withdrawnOn = applied.withdrawnOn();
            return row;
        }

        boolean blank() {
            return isBlank(number) && isBlank(edition) && isBlank(partsApplied) && withdrawnOn == null;
        }

        DossierContent.Standard toContent() {
            return new DossierContent.Standard(number, edition, citedInOj, partsApplied, withdrawnOn);
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getEdition() {
            return edition;
        }

        public void setEdition(String edition) {
            this.edition = edition;
        }

        public boolean isCitedInOj() {
            return citedInOj;
        }

        public void setCitedInOj(boolean citedInOj) {
            this.citedInOj = citedInOj;
        }

        public String getPartsApplied() {
            return partsApplied;
        }

        public void setPartsApplied(String partsApplied) {
            this.partsApplied = partsApplied;
        }

        public LocalDate getWithdrawnOn() {
            return withdrawnOn;
        }

        public void setWithdrawnOn(LocalDate withdrawnOn) {
            this.withdrawnOn = withdrawnOn;
        }
    }

    /** RoHS: the category, one evidence row per placed BOM line, the process evidence. */
    public static class Rohs {
        private Integer category;
        private final List<Part> parts = new ArrayList<>();
        private String solderDescription;
        private String solderFile;
        private String pcbFinish;

        void fill(DossierContent.Rohs rohs, DossierView view) {
            category = rohs.category();
            view.rohsRows().stream().filter(row -> !row.line().doNotPlace())
                    .forEach(row -> parts.add(Part.of(row.line(), row.evidence())));
            solderDescription = rohs.solderDescription();
            solderFile = rohs.solderFile();
            pcbFinish = rohs.pcbFinish();
        }

        DossierContent.Rohs toContent(List<RevisionSubject.BomLine> placed) {
            List<DossierContent.PartEvidence> evidence = new ArrayList<>();
            for (int i = 0; i < Math.min(parts.size(), placed.size()); i++) {
                Part row = parts.get(i);
                if (row != null && !row.blank()) {
                    evidence.add(row.toContent(placed.get(i)));
                }
            }
            return new DossierContent.Rohs(category, evidence, solderDescription, solderFile, pcbFinish);
        }

        void padParts(int placedLines) {
            while (parts.size() < placedLines) {
                parts.add(new Part());
            }
        }

        public Integer getCategory() {
            return category;
        }

        public void setCategory(Integer category) {
            this.category = category;
        }

        public List<Part> getParts() {
            return parts;
        }

        public String getSolderDescription() {
            return solderDescription;
        }

        public void setSolderDescription(String solderDescription) {
            this.solderDescription = solderDescription;
        }

        public String getSolderFile() {
            return solderFile;
        }

        public void setSolderFile(String solderFile) {
            this.solderFile = solderFile;
        }

        public String getPcbFinish() {
            return pcbFinish;
        }

        public void setPcbFinish(String pcbFinish) {
            this.pcbFinish = pcbFinish;
        }
    }

    /** The RoHS evidence of one placed BOM line, as typed; the line itself is the BOM's, at the same place. */
    public static class Part {
        private String manufacturer;
        private String mpn;
        private EvidenceType type;
        private String file;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate documentDate;
        private String distributorFlag;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate flagReadOn;
        private String exemption;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate exemptionExpires;

        /** The stored evidence of a line, else the part the BOM names there, to start from. */
        static Part of(RevisionSubject.BomLine line, DossierContent.PartEvidence evidence) {
            Part row = new Part();
            if (evidence == null) {
                row.manufacturer = line.manufacturer();
                row.mpn = line.mpn();
                return row;
            }
            row.manufacturer = evidence.manufacturer();
            row.mpn = evidence.mpn();
            row.type = evidence.type();
            row.file = evidence.file();
            row.documentDate = evidence.documentDate();
            row.distributorFlag = evidence.distributorFlag();
            row.flagReadOn = evidence.flagReadOn();
            row.exemption = evidence.exemption();
            row.exemptionExpires = evidence.exemptionExpires();
            return row;
        }

        boolean blank() {
            return isBlank(manufacturer) && isBlank(mpn) && type == null && isBlank(file) && documentDate == null
                    && isBlank(distributorFlag) && flagReadOn == null && isBlank(exemption) && exemptionExpires == null;
        }

        DossierContent.PartEvidence toContent(RevisionSubject.BomLine line) {
            return new DossierContent.PartEvidence(line.references(), manufacturer, mpn, type, file, documentDate,
                    distributorFlag, flagReadOn, exemption, exemptionExpires);
        }

        public String getManufacturer() {
            return manufacturer;
        }

        public void setManufacturer(String manufacturer) {
            this.manufacturer = manufacturer;
        }

        public String getMpn() {
            return mpn;
        }

        public void setMpn(String mpn) {
            this.mpn = mpn;
        }

        public EvidenceType getType() {
            return type;
        }

        public void setType(EvidenceType type) {
            this.type = type;
        }

        public String getFile() {
            return file;
        }

        public void setFile(String file) {
            this.file = file;
        }

        public LocalDate getDocumentDate() {
            return documentDate;
        }

        public void setDocumentDate(LocalDate documentDate) {
            this.documentDate = documentDate;
        }

        public String getDistributorFlag() {
            return distributorFlag;
        }

        public void setDistributorFlag(String distributorFlag) {
            this.distributorFlag = distributorFlag;
        }

        public LocalDate getFlagReadOn() {
            return flagReadOn;
        }

        public void setFlagReadOn(LocalDate flagReadOn) {
            this.flagReadOn = flagReadOn;
        }

        public String getExemption() {
            return exemption;
        }

        public void setExemption(String exemption) {
            this.exemption = exemption;
        }

        public LocalDate getExemptionExpires() {
            return exemptionExpires;
        }

        public void setExemptionExpires(LocalDate exemptionExpires) {
            this.exemptionExpires = exemptionExpires;
        }
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

    /**
     * GPSR: manufacturer, addresses, product identification, the warnings by language, and one
     * more language with its warnings, added from the page.
     */
    public static class Gpsr {
        private String manufacturerName;
        private String postalAddress;
        private String email;
        private String productIdentification;
        private Map<String, String> warnings = new LinkedHashMap<>();
        private String newLanguage;
        private String newWarnings;

        void fill(DossierContent.Gpsr gpsr) {
            manufacturerName = gpsr.manufacturerName();
            postalAddress = gpsr.postalAddress();
            email = gpsr.email();
            productIdentification = gpsr.productIdentification();
            warnings.putAll(gpsr.warnings());
        }

        DossierContent.Gpsr toContent() {
            return new DossierContent.Gpsr(manufacturerName, postalAddress, email, productIdentification,
                    withNewLanguage());
        }

        /** The usual languages first, then any other already given, each with its text (possibly empty). */
        void showUsualLanguages() {
            Map<String, String> given = withNewLanguage();
            Map<String, String> shown = new LinkedHashMap<>();
            USUAL_LANGUAGES.forEach(language -> shown.put(language, given.getOrDefault(language, "")));
            new TreeSet<>(given.keySet()).forEach(language -> shown.putIfAbsent(language, given.get(language)));
            warnings = shown;
            newLanguage = null;
            newWarnings = null;
        }

        /** Official languages without warnings on the form, for adding one. */
        public List<String> otherLanguages() {
            return OfficialLanguages.ALL.stream().filter(language -> !warnings.containsKey(language)).toList();
        }

        private Map<String, String> withNewLanguage() {
            Map<String, String> all = new LinkedHashMap<>(warnings);
            String added = newLanguage == null ? "" : newLanguage.strip().toLowerCase(Locale.ROOT);
            if (!added.isEmpty() && !isBlank(newWarnings)) {
                all.put(added, newWarnings);
            }
            return all;
        }

        public String getManufacturerName() {
            return manufacturerName;
        }

        public void setManufacturerName(String manufacturerName) {
            this.manufacturerName = manufacturerName;
        }

        public String getPostalAddress() {
            return postalAddress;
        }

        public void setPostalAddress(String postalAddress) {
            this.postalAddress = postalAddress;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getProductIdentification() {
            return productIdentification;
        }

        public void setProductIdentification(String productIdentification) {
            this.productIdentification = productIdentification;
        }

        public Map<String, String> getWarnings() {
            return warnings;
        }

        public String getNewLanguage() {
            return newLanguage;
        }

        public void setNewLanguage(String newLanguage) {
            this.newLanguage = newLanguage;
        }

        public String getNewWarnings() {
            return newWarnings;
        }

        public void setNewWarnings(String newWarnings) {
            this.newWarnings = newWarnings;
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

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
