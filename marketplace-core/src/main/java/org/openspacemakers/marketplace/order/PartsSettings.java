package org.openspacemakers.marketplace.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The spares an assembly-only buyer is asked to order for small passives ({@code marketplace.parts.*}):
 * tiny parts get lost in tape and on the bench, so the parts file asks for a few more of them.
 *
 * @param spareRatio the share added to the quantity needed, rounded up and at least one part when
 *                   above zero (0.10 by default: 10 %; 0 asks for no spares)
 * @param spareReferences the reference prefixes of small passives (R, C, L and FB by default): a part
 *                        gets spares when every reference it goes to is one of them followed by digits
 */
@ConfigurationProperties("marketplace.parts")
public record PartsSettings(BigDecimal spareRatio, List<String> spareReferences) {

    public PartsSettings {
        spareRatio = spareRatio == null ? new BigDecimal("0.10") : spareRatio;
        spareReferences = spareReferences == null ? List.of("R", "C", "L", "FB")
                : spareReferences.stream().map(prefix -> prefix.strip().toUpperCase(Locale.ROOT))
                        .filter(prefix -> !prefix.isEmpty()).toList();
        if (spareRatio.signum() < 0 || spareRatio.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("marketplace.parts.spare-ratio is between 0 and 1");
        }
        for (String prefix : spareReferences) {
            if (!prefix.matches("[A-Z]{1,4}")) {
                throw new IllegalArgumentException("marketplace.parts.spare-references are letters (R, C, L, FB)");
            }
        }
    }

    /** Whether the part is a small passive: each of its references a spare prefix followed by digits. */
    public boolean smallPassive(PartToSupply part) {
        return !part.references().isEmpty() && part.references().stream().allMatch(reference -> spareReferences.stream()
                .anyMatch(prefix -> reference.toUpperCase(Locale.ROOT).matches(prefix + "[0-9]+")));
    }

    /** How many to order: what the assembly needs, plus the spares of a small passive. */
    public int toOrder(PartToSupply part) {
        int needed = part.needed();
        if (spareRatio.signum() == 0 || !smallPassive(part)) {
            return needed;
        }
        int spares = BigDecimal.valueOf(needed).multiply(spareRatio).setScale(0, RoundingMode.CEILING).intValueExact();
        return needed + Math.max(1, spares);
    }
}
