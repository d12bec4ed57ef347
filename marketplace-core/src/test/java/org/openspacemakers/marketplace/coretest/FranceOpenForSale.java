package org.openspacemakers.marketplace.coretest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.openspacemakers.marketplace.compliance.ProducerKind;
import org.openspacemakers.marketplace.compliance.Register;
import org.openspacemakers.marketplace.compliance.RegisterProducer;
import org.openspacemakers.marketplace.compliance.RegisterWeee;
import org.springframework.boot.test.context.TestComponent;

/**
 * The core's test context has no demo data, so no producer register: the tests that sell record
 * what every sale to France needs (the association's WEEE registration there and its French IDU),
 * once per context, valid for longer than any test runs. The register is global: core tests sell
 * to France and change nothing else in it.
 */
@TestComponent
public class FranceOpenForSale {

    private final Register register;
    private final Clock clock;
    private volatile boolean recorded;

    FranceOpenForSale(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /** Records the two registrations, unless this context already did. */
    public synchronized void ensure() {
        if (recorded) {
            return;
        }
        LocalDate until = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusYears(2);
        register.record(new RegisterWeee("FR", "FR-TEST-000001", "Test Makers (association)", until, null, null, null));
        register.record(new RegisterProducer(ProducerKind.EPR_IDU_EEE, "FR", "FR000000_05TEST",
                "Test Makers (association)", until));
        recorded = true;
    }
}
