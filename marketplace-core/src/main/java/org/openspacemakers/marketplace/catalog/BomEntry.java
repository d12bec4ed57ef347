package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/** One line of a revision's bill of materials, as stored: the parts placed under these references. */
@Embeddable
public class BomEntry {

    @Column(nullable = false, columnDefinition = "TEXT")
    private String designators;

    @Column(nullable = false, length = 300)
    private String value;

    @Column(nullable = false, length = 300)
    private String footprint;

    @Column(nullable = false)
    private int quantity;

    @Column(nullable = false, length = 200)
    private String manufacturer;

    @Column(nullable = false, length = 200)
    private String mpn;

    @Column(nullable = false, length = 200)
    private String supplier;

    @Column(name = "supplier_part", nullable = false, length = 200)
    private String supplierPart;

    @Column(name = "do_not_place", nullable = false)
    private boolean doNotPlace;

    /** Other MPNs accepted for this line when an assembly-only buyer supplies the parts; comma-separated. */
    @Column(nullable = false, length = 1000)
    private String alternates = "";

    protected BomEntry() {
        // for JPA
    }

    public BomEntry(List<String> references, String value, String footprint, int quantity, String manufacturer,
            String mpn, String supplier, String supplierPart, boolean doNotPlace) {
        if (references.isEmpty() || quantity < 1) {
            throw new IllegalArgumentException("a BOM line names at least one reference and a positive quantity");
        }
        this.designators = String.join(" ", references);
        this.value = clip(value, 300);
        this.footprint = clip(footprint, 300);
        this.quantity = quantity;
        this.manufacturer = clip(manufacturer, 200);
        this.mpn = clip(mpn, 200);
        this.supplier = clip(supplier, 200);
        this.supplierPart = clip(supplierPart, 200);
        this.doNotPlace = doNotPlace;
    }

    BomEntry copy() {
        BomEntry copy = new BomEntry(references(), value, footprint, quantity, manufacturer, mpn, supplier, supplierPart,
                doNotPlace);
        copy.alternates = alternates;
        return copy;
    }

    void acceptAlternates(List<String> mpns) {
        String joined = String.join(",", mpns.stream().map(String::strip).filter(m -> !m.isEmpty()).distinct().toList());
        if (joined.length() > 1000 || joined.contains("\n")) {
            throw new IllegalArgumentException("alternates are at most 1000 characters of MPNs");
        }
        this.alternates = joined;
    }

    public List<String> references() {
        return Arrays.asList(designators.split(" "));
    }

    public String value() {
        return value;
    }

    public String footprint() {
        return footprint;
    }

    public int quantity() {
        return quantity;
    }

    public String manufacturer() {
        return manufacturer;
    }

    public String mpn() {
        return mpn;
    }

    public String supplier() {
        return supplier;
    }

    public String supplierPart() {
        return supplierPart;
    }

    public boolean doNotPlace() {
        return doNotPlace;
    }

    public List<String> alternates() {
        return alternates.isEmpty() ? List.of() : List.of(alternates.split(","));
    }

    private static String clip(String text, int max) {
        String stripped = text == null ? "" : text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
