package org.openspacemakers.marketplace.catalog.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierContent.Act;
import org.openspacemakers.marketplace.compliance.DossierRejected;
import org.openspacemakers.marketplace.compliance.DossierView;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.springframework.util.MultiValueMap;

/**
 * The dossier page's form, as typed: scalar fields by name ({@code ce.docNumber}), the standards'
 * rows, one RoHS row per placed BOM line, and the warnings per language. Built from a stored
 * dossier to show it, or from a posted form to show it again as typed; {@link #toContent()} turns
 * it into the dossier's statements, refusing a bad date, number or choice with the field's name.
 * Field names are those {@link DossierRejected} names, so a refusal points at the input.
 */
record DossierForm(Map<String, String> fields, Set<String> acts, List<StandardRow> standards, List<PartRow> parts,
        Map<String, String> warnings) {

    /** The languages the association writes its warnings in, always offered. */
    static final List<String> USUAL_LANGUAGES = List.of("fr", "en", "de", "it", "es", "nl");

    /** Empty standards' rows shown under the filled ones, to add more. */
    static final int EMPTY_STANDARD_ROWS = 3;

    /** One applied standard, as typed. */
    record StandardRow(String number, String edition, boolean citedInOj, String partsApplied, String withdrawnOn) {
        boolean blank() {
            return number.isBlank() && edition.isBlank() && partsApplied.isBlank() && withdrawnOn.isBlank();
        }
    }

    /** The RoHS evidence of one placed BOM line, as typed; {@code bom} is the line as the BOM has it. */
    record PartRow(RevisionSubject.BomLine bom, String manufacturer, String mpn, String type, String file,
            String documentDate, String distributorFlag, String flagReadOn, String exemption, String exemptionExpires) {
        boolean blank() {
            return manufacturer.isBlank() && mpn.isBlank() && type.isBlank() && file.isBlank() && documentDate.isBlank()
                    && distributorFlag.isBlank() && flagReadOn.isBlank() && exemption.isBlank()
                    && exemptionExpires.isBlank();
        }
    }

    /** The form showing a stored dossier (or an empty one), with a row for each placed line of the BOM. */
    static DossierForm of(DossierView view) {
        DossierContent content = view.content();
        DossierContent.Ce ce = content.ce();
        DossierContent.Rohs rohs = content.rohs();
        Map<String, String> fields = new HashMap<>();
        fields.put("ce.scopeRationale", ce.scopeRationale());
        fields.put("ce.intendedUse", ce.intendedUse().name());
        fields.put("ce.supplyVoltage", ce.supplyVoltage());
        fields.put("ce.mainsSupplied", flag(ce.mainsSupplied()));
        fields.put("ce.radio", flag(ce.radio()));
        fields.put("ce.internetConnected", flag(ce.internetConnected()));
        fields.put("ce.emcClass", ce.emcClass() == null ? "" : ce.emcClass().name());
        fields.put("ce.technicalFileRef", ce.technicalFileRef());
        fields.put("ce.docNumber", ce.docNumber());
        fields.put("ce.docFile", text(ce.docFile()));
        fields.put("ce.radioEvidenceFile", text(ce.radioEvidenceFile()));
        fields.put("rohs.category", rohs.category() == null ? "" : rohs.category().toString());
        fields.put("rohs.solderDescription", rohs.solderDescription());
        fields.put("rohs.solderFile", text(rohs.solderFile()));
        fields.put("rohs.pcbFinish", rohs.pcbFinish());
        fields.put("weee.household", flag(content.weee().household()));
        fields.put("weee.categories", content.weee().categories());
        fields.put("weee.takeBack", content.weee().takeBack());
        DossierContent.Gpsr gpsr = content.gpsr();
        fields.put("gpsr.manufacturerName", gpsr.manufacturerName());
        fields.put("gpsr.postalAddress", gpsr.postalAddress());
        fields.put("gpsr.email", gpsr.email());
        fields.put("gpsr.productIdentification", gpsr.productIdentification());
        fields.put("battery.onBoard", flag(content.battery().onBoard()));
        fields.put("battery.description", content.battery().description());
        fields.put("battery.removable", flag(content.battery().removable()));
        fields.put("svhc.present", flag(content.svhc().present()));
        fields.put("svhc.disclosure", content.svhc().disclosure());
        List<StandardRow> standards = ce.standards().stream()
                .map(s -> new StandardRow(s.number(), s.edition(), s.citedInOj(), s.partsApplied(), date(s.withdrawnOn())))
                .toList();
        List<PartRow> parts = view.rohsRows().stream().filter(row -> !row.line().doNotPlace()).map(row -> {
            RevisionSubject.BomLine line = row.line();
            DossierContent.PartEvidence part = row.evidence();
            return part == null
                    ? new PartRow(line, line.manufacturer(), line.mpn(), "", "", "", "", "", "", "")
                    : new PartRow(line, part.manufacturer(), part.mpn(), part.type() == null ? "" : part.type().name(),
                            text(part.file()), date(part.documentDate()), part.distributorFlag(), date(part.flagReadOn()),
                            part.exemption(), date(part.exemptionExpires()));
        }).toList();
        return new DossierForm(fields, ce.acts().stream().map(Act::name).collect(java.util.stream.Collectors.toSet()), standards, parts, withUsualLanguages(gpsr.warnings()));
    }

    /** The form as posted, to be read into a dossier or shown again as typed. */
    static DossierForm posted(MultiValueMap<String, String> form, DossierView view) {
        Function<String, String> value = name -> {
            String found = form.getFirst(name);
            return found == null ? "" : found;
        };
        Map<String, String> fields = new HashMap<>();
        form.keySet().stream().filter(name -> !name.contains("[") && !name.startsWith("gpsr.warnings."))
                .forEach(name -> fields.put(name, value.apply(name)));
        Set<String> acts = new TreeSet<>(form.getOrDefault("ce.acts", List.of()));
        List<StandardRow> standards = new ArrayList<>();
        for (int i = 0; i < rowCount(form, "ce.standards["); i++) {
            String row = "ce.standards[" + i + "].";
            standards.add(new StandardRow(value.apply(row + "number"), value.apply(row + "edition"),
                    "true".equals(value.apply(row + "citedInOj")), value.apply(row + "partsApplied"),
                    value.apply(row + "withdrawnOn")));
        }
        List<PartRow> parts = new ArrayList<>();
        List<RevisionSubject.BomLine> lines = view.subject().placed();
        for (int i = 0; i < lines.size(); i++) {
            String row = "rohs.parts[" + i + "].";
            parts.add(new PartRow(lines.get(i), value.apply(row + "manufacturer"), value.apply(row + "mpn"),
                    value.apply(row + "type"), value.apply(row + "file"), value.apply(row + "documentDate"),
                    value.apply(row + "distributorFlag"), value.apply(row + "flagReadOn"), value.apply(row + "exemption"),
                    value.apply(row + "exemptionExpires")));
        }
        Map<String, String> warnings = new LinkedHashMap<>();
        form.keySet().stream().filter(name -> name.startsWith("gpsr.warnings."))
                .forEach(name -> warnings.put(name.substring("gpsr.warnings.".length()), value.apply(name)));
        String added = value.apply("gpsr.newLanguage").strip().toLowerCase(Locale.ROOT);
        if (!added.isEmpty() && !value.apply("gpsr.newWarnings").isBlank()) {
            warnings.put(added, value.apply("gpsr.newWarnings"));
        }
        return new DossierForm(fields, acts, standards, parts, withUsualLanguages(warnings));
    }

    /**
     * The dossier these answers state; blank rows are left out. A date not written
     * {@code yyyy-MM-dd}, a category that is not a number or an unknown choice is refused with the
     * field's name.
     */
    DossierContent toContent() {
        List<DossierContent.Standard> applied = new ArrayList<>();
        for (int i = 0; i < standards.size(); i++) {
            StandardRow row = standards.get(i);
            if (!row.blank()) {
                applied.add(new DossierContent.Standard(row.number(), row.edition(), row.citedInOj(), row.partsApplied(),
                        parseDate("ce.standards[" + i + "].withdrawnOn", row.withdrawnOn())));
            }
        }
        Set<Act> chosen = EnumSet.noneOf(Act.class);
        acts.forEach(act -> chosen.add(choice(Act.class, "ce.acts", act)));
        DossierContent.Ce ce = new DossierContent.Ce(chosen, field("ce.scopeRationale"),
                choice(DossierContent.IntendedUse.class, "ce.intendedUse", field("ce.intendedUse")),
                field("ce.supplyVoltage"), checked("ce.mainsSupplied"), checked("ce.radio"), checked("ce.internetConnected"),
                choice(DossierContent.EmcClass.class, "ce.emcClass", field("ce.emcClass")), applied,
                field("ce.technicalFileRef"), field("ce.docNumber"), field("ce.docFile"), field("ce.radioEvidenceFile"));
        List<DossierContent.PartEvidence> evidence = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            PartRow row = parts.get(i);
            String name = "rohs.parts[" + i + "].";
            if (!row.blank()) {
                evidence.add(new DossierContent.PartEvidence(row.bom().references(), row.manufacturer(), row.mpn(),
                        choice(DossierContent.EvidenceType.class, name + "type", row.type()), row.file(),
                        parseDate(name + "documentDate", row.documentDate()), row.distributorFlag(),
                        parseDate(name + "flagReadOn", row.flagReadOn()), row.exemption(),
                        parseDate(name + "exemptionExpires", row.exemptionExpires())));
            }
        }
        DossierContent.Rohs rohs = new DossierContent.Rohs(category(field("rohs.category")), evidence,
                field("rohs.solderDescription"), field("rohs.solderFile"), field("rohs.pcbFinish"));
        return new DossierContent(ce, rohs,
                new DossierContent.Weee(!"false".equals(field("weee.household")), field("weee.categories"),
                        field("weee.takeBack")),
                new DossierContent.Gpsr(field("gpsr.manufacturerName"), field("gpsr.postalAddress"), field("gpsr.email"),
                        field("gpsr.productIdentification"), warnings),
                new DossierContent.Battery(checked("battery.onBoard"), field("battery.description"),
                        checked("battery.removable")),
                new DossierContent.Svhc(checked("svhc.present"), field("svhc.disclosure")));
    }

    /** Standards' rows to show: the filled ones, then a few empty ones. */
    List<StandardRow> standardRows() {
        List<StandardRow> rows = new ArrayList<>(standards);
        for (int i = 0; i < EMPTY_STANDARD_ROWS; i++) {
            rows.add(new StandardRow("", "", false, "", ""));
        }
        return rows;
    }

    /** Official languages without warnings on the form, for adding one. */
    List<String> otherLanguages() {
        return org.openspacemakers.marketplace.compliance.OfficialLanguages.ALL.stream()
                .filter(language -> !warnings.containsKey(language)).toList();
    }

    String field(String name) {
        return fields.getOrDefault(name, "");
    }

    boolean checked(String name) {
        return "true".equals(field(name));
    }

    /** The usual languages first, then any other already given, each with its text (possibly empty). */
    private static Map<String, String> withUsualLanguages(Map<String, String> given) {
        Map<String, String> all = new LinkedHashMap<>();
        USUAL_LANGUAGES.forEach(language -> all.put(language, given.getOrDefault(language, "")));
        new TreeSet<>(given.keySet()).forEach(language -> all.putIfAbsent(language, given.get(language)));
        return all;
    }

    private static int rowCount(MultiValueMap<String, String> form, String prefix) {
        int count = 0;
        for (String name : form.keySet()) {
            if (name.startsWith(prefix)) {
                int end = name.indexOf(']', prefix.length());
                String index = end < 0 ? "" : name.substring(prefix.length(), end);
                if (index.matches("\\d{1,3}")) {
                    count = Math.max(count, Integer.parseInt(index) + 1);
                }
            }
        }
        return count;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new DossierRejected(field, "invalid.choice");
        }
    }

    private static Integer category(String value) {
        if (value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{1,2}")) {
            throw new DossierRejected("rohs.category", "invalid.rohsCategory");
        }
        return Integer.valueOf(value.strip());
    }

    private static LocalDate parseDate(String field, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new DossierRejected(field, "invalid.date");
        }
    }

    private static String flag(boolean value) {
        return Boolean.toString(value);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
