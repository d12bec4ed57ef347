package org.openspacemakers.marketplace.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openspacemakers.marketplace.compliance.DossierView;

/**
 * What a dossier lacks, as people read it: grouped by the section of the dossier it belongs to,
 * each kind of gap said once in words, then each item it names once. The reviewer's summary and
 * refusal and the maker's steps all show gaps this way.
 */
public final class DossierGaps {

    /** The dossier's sections, in the order its pages show them; {@code id} is their anchor and step. */
    public enum Section {
        CE("ce"), DECLARATION("declaration"), ROHS("rohs"), WEEE("weee"), GPSR("gpsr"), BATTERY("battery"),
        SVHC("svhc"), CHECKLIST("checklist"), OTHER("other");

        private final String id;

        Section(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** One kind of gap: its code (never shown), its sentence, and the items it names, each once. */
    public record Kind(String code, String message, List<String> items) implements java.io.Serializable {
    }

    /** A section's gaps. */
    public record Group(Section section, List<Kind> kinds) implements java.io.Serializable {

        public String id() {
            return section.id();
        }

        /** How many things the section lacks: each item named, or the kind itself when it names none. */
        public int count() {
            return kinds.stream().mapToInt(kind -> Math.max(1, kind.items().size())).sum();
        }
    }

    /** How many of the dossier's sections that apply lack nothing. */
    public record Completeness(int complete, int total) {

        public boolean whole() {
            return complete == total;
        }
    }

    private DossierGaps() {
    }

    /** The sections of a dossier that apply to it: the battery's and the SVHC's only when it says so. */
    public static List<Section> sectionsOf(DossierView dossier) {
        List<Section> sections = new ArrayList<>(List.of(Section.CE, Section.DECLARATION, Section.ROHS, Section.WEEE,
                Section.GPSR));
        if (dossier.content().battery().onBoard()) {
            sections.add(Section.BATTERY);
        }
        if (dossier.content().svhc().present()) {
            sections.add(Section.SVHC);
        }
        return sections;
    }

    /** How complete a dossier is, section by section: none of a dossier not started is. */
    public static Completeness completeness(DossierView dossier) {
        List<Section> sections = sectionsOf(dossier);
        if (!dossier.started()) {
            return new Completeness(0, sections.size());
        }
        Set<Section> lacking = new java.util.HashSet<>();
        dossier.gaps().forEach(gap -> lacking.add(sectionOf(gap.code().name(), gap.subject())));
        return new Completeness((int) sections.stream().filter(s -> !lacking.contains(s)).count(), sections.size());
    }

    /**
     * The gaps grouped by section, in the sections' order, a kind once per section and an item once
     * per kind, each item as {@code words} say it (a checklist item stays its name: pages say it).
     */
    public static List<Group> grouped(List<RefusalMessages.Reason> reasons, java.util.function.UnaryOperator<String> words) {
        Map<Section, Map<String, String>> sentences = new LinkedHashMap<>();
        Map<Section, Map<String, Set<String>>> items = new LinkedHashMap<>();
        for (RefusalMessages.Reason reason : reasons) {
            Section section = sectionOf(reason.code(), reason.subject());
            sentences.computeIfAbsent(section, s -> new LinkedHashMap<>()).putIfAbsent(reason.code(), reason.message());
            Set<String> named = items.computeIfAbsent(section, s -> new LinkedHashMap<>())
                    .computeIfAbsent(reason.code(), c -> new LinkedHashSet<>());
            if (reason.subject() != null && !reason.subject().isBlank()) {
                named.add(reason.code().equals("CHECKLIST_INCOMPLETE") ? reason.subject() : words.apply(reason.subject()));
            }
        }
        List<Group> groups = new ArrayList<>();
        for (Section section : Section.values()) {
            if (sentences.containsKey(section)) {
                List<Kind> kinds = new ArrayList<>();
                sentences.get(section).forEach((code, message) -> kinds.add(
                        new Kind(code, message, List.copyOf(items.get(section).get(code)))));
                groups.add(new Group(section, List.copyOf(kinds)));
            }
        }
        return List.copyOf(groups);
    }

    /** The section of the dossier a gap belongs to: an expired standard is CE's, an expired exemption RoHS'. */
    public static Section sectionOf(String code, String subject) {
        return switch (code) {
            case "CE_INFO_INCOMPLETE", "RADIO_EVIDENCE_MISSING" -> Section.CE;
            case "DOC_MISSING" -> Section.DECLARATION;
            case "ROHS_EVIDENCE_MISSING" -> Section.ROHS;
            case "EVIDENCE_EXPIRED" -> subject != null && subject.contains(" withdrawn on ") ? Section.CE : Section.ROHS;
            case "WEEE_INFO_INCOMPLETE", "WEEE_NOT_REGISTERED", "EPR_ID_MISSING" -> Section.WEEE;
            case "GPSR_INFO_INCOMPLETE", "WARNINGS_NOT_IN_LANGUAGE" -> Section.GPSR;
            case "BATTERY_INFO_INCOMPLETE", "BATTERY_NOT_REGISTERED" -> Section.BATTERY;
            case "SVHC_DISCLOSURE_MISSING" -> Section.SVHC;
            case "CHECKLIST_INCOMPLETE" -> Section.CHECKLIST;
            default -> Section.OTHER;
        };
    }
}
