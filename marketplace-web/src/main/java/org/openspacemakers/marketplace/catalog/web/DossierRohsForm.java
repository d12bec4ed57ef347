package org.openspacemakers.marketplace.catalog.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierContent.EvidenceType;
import org.openspacemakers.marketplace.compliance.DossierView;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.openspacemakers.marketplace.compliance.RohsExemptions;
import org.openspacemakers.marketplace.compliance.RohsRow;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * RoHS: the category, one evidence row per part of each placed BOM line (its own, then each accepted
 * alternate: {@link RohsRow}), the process evidence.
 */
class DossierRohsForm {

    private Integer category;
    private final List<Part> parts = new ArrayList<>();
    private String solderDescription;
    private String solderFile;
    private String pcbFinish;
    /** The rows (by their place) one piece of evidence covers at once: {@code rohs.apply}. */
    private Set<Integer> apply = new java.util.TreeSet<>();
    /** That evidence: its kind, file and date ({@code rohs.bulk.file}), applied to each row ticked. */
    private final Part bulk = new Part();

    /** The evidence rows the form shows, in its order: those of the placed lines. */
    static List<RohsRow> rows(DossierView view) {
        return view.rohsRows().stream().filter(row -> !row.line().doNotPlace()).toList();
    }

    /** The stored statements; a row without evidence starts from the BOM's part when offered, else blank. */
    void fill(DossierContent.Rohs rohs, DossierView view, boolean offerBomParts) {
        category = rohs.category();
        rows(view).forEach(row -> parts.add(offerBomParts || row.evidence() != null ? Part.of(row) : new Part()));
        solderDescription = rohs.solderDescription();
        solderFile = rohs.solderFile();
        pcbFinish = rohs.pcbFinish();
    }

    DossierContent.Rohs toContent(List<RohsRow> rows) {
        applyBulk(rows);
        List<DossierContent.PartEvidence> evidence = new ArrayList<>();
        for (int i = 0; i < Math.min(parts.size(), rows.size()); i++) {
            Part row = parts.get(i);
            if (row != null && !row.blank()) {
                evidence.add(row.toContent(rows.get(i).line()));
            }
        }
        return new DossierContent.Rohs(category, evidence, solderDescription, solderFile, pcbFinish);
    }

    /**
     * One declaration covering many parts: the kind, file and date stated once go to each row ticked,
     * which keeps its own manufacturer and part number (the BOM's, when the row had none).
     */
    private void applyBulk(List<RohsRow> rows) {
        if (bulk.type == null && DossierForm.isBlank(bulk.file) && bulk.documentDate == null) {
            return;
        }
        for (Integer index : apply) {
            if (index == null || index < 0 || index >= rows.size()) {
                continue;
            }
            padParts(index + 1);
            Part part = parts.get(index) == null ? new Part() : parts.get(index);
            parts.set(index, part);
            if (part.blank()) {
                Part from = Part.of(rows.get(index));
                part.manufacturer = from.manufacturer;
                part.mpn = from.mpn;
            }
            part.type = bulk.type == null ? part.type : bulk.type;
            part.file = DossierForm.isBlank(bulk.file) ? part.file : bulk.file;
            part.documentDate = bulk.documentDate == null ? part.documentDate : bulk.documentDate;
        }
    }

    public Set<Integer> getApply() {
        return apply;
    }

    public void setApply(Set<Integer> apply) {
        this.apply = apply == null ? new java.util.TreeSet<>() : apply;
    }

    public Part getBulk() {
        return bulk;
    }

    void padParts(int rows) {
        while (parts.size() < rows) {
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

    /**
     * The RoHS evidence of one part of a placed BOM line, as typed; the line itself is the row's, at
     * the same place. The exemption is one of the table's codes ({@link RohsExemptions}), chosen.
     */
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

        /** The row's stored evidence, else the part it is for, to start from. */
        static Part of(RohsRow row) {
            Part part = new Part();
            DossierContent.PartEvidence evidence = row.evidence();
            if (evidence == null) {
                part.manufacturer = row.alternate() == null ? row.line().manufacturer() : "";
                part.mpn = row.mpn();
                return part;
            }
            part.manufacturer = evidence.manufacturer();
            part.mpn = evidence.mpn();
            part.type = evidence.type();
            part.file = evidence.file();
            part.documentDate = evidence.documentDate();
            part.distributorFlag = evidence.distributorFlag();
            part.flagReadOn = evidence.flagReadOn();
            part.exemption = evidence.exemption();
            return part;
        }

        boolean blank() {
            return DossierForm.isBlank(manufacturer) && DossierForm.isBlank(mpn) && type == null && DossierForm.isBlank(file) && documentDate == null
                    && DossierForm.isBlank(distributorFlag) && flagReadOn == null && DossierForm.isBlank(exemption);
        }

        DossierContent.PartEvidence toContent(RevisionSubject.BomLine line) {
            return new DossierContent.PartEvidence(line.references(), manufacturer, mpn, type, file, documentDate,
                    distributorFlag, flagReadOn, exemption);
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
    }
}
