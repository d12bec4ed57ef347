package org.openspacemakers.marketplace.order;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openspacemakers.marketplace.catalog.BomEntry;
import org.openspacemakers.marketplace.compliance.RevisionSubject;

/**
 * One part an assembly-only buyer has delivered to the workshop for one line of their order, as
 * the frozen BOM places it: what the buyer orders from a distributor (the parts file) and what the
 * team ticks when the parcel arrives (the checklist).
 *
 * @param lineNo the order line (from 0)
 * @param itemNo the part's place among the line's supplied parts (from 0): how a tick names it
 * @param references the BOM references it goes to, in the BOM's order
 * @param manufacturer the BOM's manufacturer when the buyer supplies the BOM's own MPN, else empty
 * @param mpn the manufacturer part number the buyer supplies (the BOM's, or an alternate the gate accepted)
 * @param description the BOM's value and footprint, to tell the part at a glance
 * @param perBoard how many one board takes
 * @param boards how many boards the line orders
 * @param accepted every MPN the team may accept for it: the BOM's, its accepted alternates and the buyer's
 */
public record PartToSupply(int lineNo, int itemNo, List<String> references, String manufacturer, String mpn,
        String description, int perBoard, int boards, List<String> accepted) {

    public PartToSupply {
        references = List.copyOf(references);
        accepted = List.copyOf(accepted);
    }

    /** How many the assembly takes: per board times boards, no spares. */
    public int needed() {
        return Math.multiplyExact(perBoard, boards);
    }

    /** The references as one text: {@code R1 R2}. */
    public String referenceText() {
        return String.join(" ", references);
    }

    /** Whether this MPN is one the team may accept for the part. */
    public boolean accepts(String received) {
        return accepted.stream().anyMatch(mpn -> RevisionSubject.BomLine.samePart(mpn, received));
    }

    /**
     * The parts the buyer supplies for one order line, placed on the revision's frozen BOM. A part
     * the buyer declared for one reference of a BOM line stands for the whole line (the order form
     * names each line by its first reference), unless they named the line's other references with
     * parts of their own; so every placed reference is covered once.
     */
    static List<PartToSupply> forLine(int lineNo, int boards, List<SuppliedPartRecord> supplied, List<BomEntry> bom) {
        List<BomEntry> placed = bom.stream().filter(entry -> !entry.doNotPlace()).toList();
        List<BomEntry> lineOf = new ArrayList<>();
        List<Set<String>> covered = new ArrayList<>();
        for (SuppliedPartRecord part : supplied) {
            List<String> named = Arrays.stream(part.reference().split("\\s+")).filter(r -> !r.isEmpty()).toList();
            BomEntry line = placed.stream().filter(entry -> entry.references().stream().anyMatch(named::contains))
                    .findFirst().orElse(null);
            lineOf.add(line);
            covered.add(new LinkedHashSet<>(line == null ? named
                    : line.references().stream().filter(named::contains).toList()));
        }
        // The references of a BOM line no supplied part named go with the first part supplied for that line.
        Map<BomEntry, Integer> firstPartOf = new LinkedHashMap<>();
        for (int i = 0; i < supplied.size(); i++) {
            if (lineOf.get(i) != null) {
                firstPartOf.putIfAbsent(lineOf.get(i), i);
            }
        }
        firstPartOf.forEach((line, first) -> {
            Set<String> named = new LinkedHashSet<>();
            for (int i = 0; i < supplied.size(); i++) {
                if (lineOf.get(i) == line) {
                    named.addAll(covered.get(i));
                }
            }
            line.references().stream().filter(reference -> !named.contains(reference)).forEach(covered.get(first)::add);
        });
        List<PartToSupply> parts = new ArrayList<>();
        for (int i = 0; i < supplied.size(); i++) {
            SuppliedPartRecord part = supplied.get(i);
            BomEntry line = lineOf.get(i);
            List<String> references = line == null ? List.copyOf(covered.get(i))
                    : line.references().stream().filter(covered.get(i)::contains).toList();
            boolean wholeLine = line != null && references.size() == line.references().size();
            int perBoard = wholeLine ? line.quantity() : Math.max(1, references.size());
            List<String> accepted = new ArrayList<>();
            if (line != null) {
                if (!line.mpn().isBlank()) {
                    accepted.add(line.mpn());
                }
                accepted.addAll(line.alternates());
            }
            if (accepted.stream().noneMatch(mpn -> RevisionSubject.BomLine.samePart(mpn, part.mpn()))) {
                accepted.add(part.mpn());
            }
            String manufacturer = line != null && RevisionSubject.BomLine.samePart(line.mpn(), part.mpn())
                    ? line.manufacturer() : "";
            String description = line == null ? "" : (line.value() + " " + line.footprint()).strip();
            parts.add(new PartToSupply(lineNo, i, references, manufacturer, part.mpn(), description, perBoard, boards,
                    accepted));
        }
        return parts;
    }
}
