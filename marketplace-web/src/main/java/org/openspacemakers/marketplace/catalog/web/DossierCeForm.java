package org.openspacemakers.marketplace.catalog.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierContent.Act;
import org.openspacemakers.marketplace.compliance.DossierContent.EmcClass;
import org.openspacemakers.marketplace.compliance.DossierContent.IntendedUse;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * CE: acts, scope, supply, radio, EMC class, standards, the technical file and the declaration of
 * conformity ({@code doc...}: number, revision label and BOM hash declared, signatory, place, date, file).
 */
class DossierCeForm {

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
    private String docRevisionLabel;
    private String docBomHash;
    private String docSignatoryName;
    private String docSignatoryFunction;
    private String docPlace;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate docSignedOn;
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
        DossierContent.Declaration doc = ce.declaration();
        docNumber = doc.number();
        docRevisionLabel = doc.revisionLabel();
        docBomHash = doc.bomHash();
        docSignatoryName = doc.signatoryName();
        docSignatoryFunction = doc.signatoryFunction();
        docPlace = doc.place();
        docSignedOn = doc.signedOn();
        docFile = doc.file();
        radioEvidenceFile = ce.radioEvidenceFile();
    }

    /**
     * Offers the revision's label and BOM hash where the declaration names none yet (a new
     * revision's copy starts without a declaration): the team checks them against its signed one.
     */
    void offerRevision(RevisionSubject revision) {
        if (DossierForm.isBlank(docRevisionLabel)) {
            docRevisionLabel = revision.label();
        }
        if (DossierForm.isBlank(docBomHash)) {
            docBomHash = revision.bomHash();
        }
    }

    DossierContent.Ce toContent() {
        List<DossierContent.Standard> applied = standards.stream().filter(row -> row != null && !row.blank())
                .map(Standard::toContent).toList();
        Set<Act> chosen = acts == null ? Set.of() : acts.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return new DossierContent.Ce(chosen, scopeRationale, intendedUse, supplyVoltage, mainsSupplied, radio,
                internetConnected, emcClass, applied, technicalFileRef, new DossierContent.Declaration(docNumber,
                        docRevisionLabel, docBomHash, docSignatoryName, docSignatoryFunction, docPlace, docSignedOn, docFile),
                radioEvidenceFile);
    }

    /** Empty rows under the last filled one, up to {@value DossierForm#DossierForm.EMPTY_STANDARD_ROWS}. */
    void padStandards() {
        int empty = 0;
        for (int i = standards.size() - 1; i >= 0 && (standards.get(i) == null || standards.get(i).blank()); i--) {
            empty++;
        }
        for (int i = empty; i < DossierForm.EMPTY_STANDARD_ROWS; i++) {
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

    public String getDocRevisionLabel() {
        return docRevisionLabel;
    }

    public void setDocRevisionLabel(String docRevisionLabel) {
        this.docRevisionLabel = docRevisionLabel;
    }

    public String getDocBomHash() {
        return docBomHash;
    }

    public void setDocBomHash(String docBomHash) {
        this.docBomHash = docBomHash;
    }

    public String getDocSignatoryName() {
        return docSignatoryName;
    }

    public void setDocSignatoryName(String docSignatoryName) {
        this.docSignatoryName = docSignatoryName;
    }

    public String getDocSignatoryFunction() {
        return docSignatoryFunction;
    }

    public void setDocSignatoryFunction(String docSignatoryFunction) {
        this.docSignatoryFunction = docSignatoryFunction;
    }

    public String getDocPlace() {
        return docPlace;
    }

    public void setDocPlace(String docPlace) {
        this.docPlace = docPlace;
    }

    public LocalDate getDocSignedOn() {
        return docSignedOn;
    }

    public void setDocSignedOn(LocalDate docSignedOn) {
        this.docSignedOn = docSignedOn;
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
            return DossierForm.isBlank(number) && DossierForm.isBlank(edition) && DossierForm.isBlank(partsApplied) && withdrawnOn == null;
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
}
