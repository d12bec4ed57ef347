package org.openspacemakers.marketplace.catalog.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierContent.EvidenceType;
import org.openspacemakers.marketplace.compliance.DossierView;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.springframework.format.annotation.DateTimeFormat;

/** RoHS: the category, one evidence row per placed BOM line, the process evidence. */
class DossierRohsForm {

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
            return DossierForm.isBlank(manufacturer) && DossierForm.isBlank(mpn) && type == null && DossierForm.isBlank(file) && documentDate == null
                    && DossierForm.isBlank(distributorFlag) && flagReadOn == null && DossierForm.isBlank(exemption) && exemptionExpires == null;
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
}
