package org.openspacemakers.marketplace.coretest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.compliance.ProducerKind;
import org.openspacemakers.marketplace.compliance.Register;
import org.openspacemakers.marketplace.compliance.RegisterProducer;
import org.openspacemakers.marketplace.compliance.RegisterWeee;
import org.openspacemakers.marketplace.compliance.WeeeCategory;
import org.openspacemakers.marketplace.shipping.ShippingMethod;
import org.openspacemakers.marketplace.shipping.ShippingRates;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.test.context.TestComponent;

/**
 * The core's test context has no demo data, so no producer register. When it starts, this records
 * what every sale to France needs, as an administrator would: the association's WEEE registration
 * there (small equipment, household and professional) and its French IDUs for equipment and packaging,
 * valid for two years, and a shipping zone {@value #ZONE} for France alone, whose standard
 * shipping costs {@link #STANDARD}. Core tests sell to France only, and none changes the register
 * or that zone (they are global to the schema); no other country is open for sale.
 */
@TestComponent
public class FranceOpenForSale implements SmartInitializingSingleton {

    /** The shipping zone of France. */
    public static final String ZONE = "FR";
    /** What standard shipping to France costs. */
    public static final Money STANDARD = Money.euros(690);

    private final Register register;
    private final ShippingRates shipping;
    private final Clock clock;

    FranceOpenForSale(Register register, ShippingRates shipping, Clock clock) {
        this.register = register;
        this.shipping = shipping;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        LocalDate until = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusYears(2);
        register.record(new RegisterWeee("FR", "FR-TEST-000001", "Test Makers (association)", until, null, null, null,
                EnumSet.of(WeeeCategory.SMALL, WeeeCategory.SMALL_IT), true, true));
        register.record(new RegisterProducer(ProducerKind.EPR_IDU_EEE, "FR", "FR000000_05TEST",
                "Test Makers (association)", until));
        register.record(new RegisterProducer(ProducerKind.EPR_IDU_PACKAGING, "FR", "FR000000_01TEST",
                "Test Makers (association)", until));
        shipping.saveZone(ZONE, "France", List.of("FR"));
        shipping.price(ZONE, ShippingMethod.STANDARD, STANDARD);
    }
}
