package org.openspacemakers.marketplace.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.catalog.Board;
import org.openspacemakers.marketplace.catalog.BoardText;
import org.openspacemakers.marketplace.catalog.Catalog;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.OpenHardwareLicence;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.catalog.Slug;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.VatCategory;
import org.openspacemakers.marketplace.compliance.ApprovalScope;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.Compliance;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.register.WeeeRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo store of {@code API-CONTRACT.md} "Demo mode", built through the same public services
 * and transitions as real use (submit, start review, approve). Dates are relative to the load day.
 */
@Component
public class DemoData {

    public static final String PASSWORD = "demo-password";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Accounts accounts;
    private final Catalog catalog;
    private final Compliance compliance;
    private final Clock clock;

    DemoData(Accounts accounts, Catalog catalog, Compliance compliance, Clock clock) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.compliance = compliance;
        this.clock = clock;
    }

    /** Loads the demo unless it is already there; returns whether it loaded now. */
    public boolean loadOnce() {
        if (accounts.byEmail("admin@demo.test").isPresent()) {
            return false;
        }
        User buyer = user("buyer@demo.test", "Demo Buyer", Role.BUYER);
        User maker = user("maker@demo.test", "Demo Maker (thermocouple)", Role.MAKER);
        User maker2 = user("maker2@demo.test", "Demo Maker (padauk)", Role.MAKER);
        User reviewer = user("reviewer@demo.test", "Demo Reviewer", Role.REVIEWER);
        User reviewer2 = user("reviewer2@demo.test", "Demo Reviewer (padauk team)", Role.REVIEWER, Role.MAKER);
        user("admin@demo.test", "Demo Administrator", Role.ADMIN);

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        compliance.registerWeee(new WeeeRegistration(CountryCode.of("FR"), "FR-DEMO-000001",
                "Open Space Makers (association)", today.plusDays(400)));
        compliance.registerWeee(new WeeeRegistration(CountryCode.of("DE"), "DE 00000000 (demo)",
                "Demo authorised representative GmbH, mandated by Open Space Makers", today.plusDays(400)));

        Team thermocouple = catalog.createTeam(Slug.of("thermocouple"), "Thermocouple team", List.of(maker.id()));
        catalog.changeCapacity(maker.id(), thermocouple.slug(), 50, 8);
        catalog.moveWorkshop(maker.id(), thermocouple.slug(),
                "Open Space Makers workshop, thermocouple team, 12 rue des Ateliers, 31000 Toulouse, France");
        Board card = catalog.createBoard(maker.id(), thermocouple.slug(), Slug.of("thermocouple-card"), new BoardText(
                "High-speed thermocouple card",
                "MAX31856-based thermocouple amplifier card for fast, precise temperature acquisition.",
                """
                        A small card around the **MAX31856** precision thermocouple-to-digital converter:
                        any thermocouple type (K, J, N, R, S, T, E, B), cold-junction compensation,
                        fault detection, and an SPI interface for a microcontroller or a single-board computer.

                        - 19-bit resolution, 0.0078125 °C
                        - 50/60 Hz noise rejection
                        - 3.3 V supply

                        Design by LaskaKit, released under the TAPR Open Hardware License.""",
                new OpenHardwareLicence("TAPR-OHL-1.0"), "https://github.com/LaskaKit/MAX31856_Thermocouple_Amplifier",
                Optional.empty(), Set.of("thermocouple", "max31856", "measurement", "spi")));
        Revision cardRevision = catalog.addRevision(maker.id(), card.slug(), "1.0");
        catalog.describeRevision(maker.id(), cardRevision.id(), "5584b5636cd4e6314fc40daa51bf79c0a7d0e6c5", "",
                "First assembled revision.");
        catalog.uploadBom(maker.id(), cardRevision.id(), demoBom("laskakit-max31856-jlcpcb.csv"));
        catalog.offer(maker.id(), cardRevision.id(), OfferKind.FULL_KIT, Money.euros(14_900), VatCategory.STANDARD,
                new PriceBreakdown(4_200, 1_500, 5_000, 2_200, 2_000));
        catalog.offer(maker.id(), cardRevision.id(), OfferKind.ASSEMBLY_ONLY, Money.euros(4_900), VatCategory.STANDARD,
                new PriceBreakdown(0, 1_500, 2_000, 700, 700));
        catalog.submitForReview(cardRevision.id(), maker.id());
        compliance.startReview(RevisionRef.of(cardRevision.id()), reviewer.id());
        compliance.approve(RevisionRef.of(cardRevision.id()), reviewer.id(),
                new ApprovalScope(EnumSet.allOf(OfferKind.class), Set.of(CountryCode.of("FR"), CountryCode.of("DE")),
                        EnumSet.allOf(BuyerType.class)),
                "Dossier complete: EN IEC 61326-1, class B; WEEE registered in FR and DE.");

        Team padauk = catalog.createTeam(Slug.of("padauk"), "Padauk team", List.of(maker2.id(), reviewer2.id()));
        catalog.changeCapacity(maker2.id(), padauk.slug(), 40, 8);
        catalog.moveWorkshop(maker2.id(), padauk.slug(),
                "Open Space Makers workshop, padauk team, 12 rue des Ateliers, 31000 Toulouse, France");
        Board programmer = catalog.createBoard(maker2.id(), padauk.slug(), Slug.of("padauk-programmer"), new BoardText(
                "Padauk microcontroller programmer",
                "Easy PDK programmer: an open-source programmer for Padauk microcontrollers.",
                """
                        The **Easy PDK programmer** reads and writes the very cheap Padauk microcontrollers
                        (PFS154, PFS173, PMS150C and friends) from a USB port, with the open-source
                        `easypdkprog` software.

                        Hardware by the free-pdk project, released under CC BY-SA 4.0.""",
                new OpenHardwareLicence("CC-BY-SA-4.0"), "https://github.com/free-pdk/easy-pdk-programmer-hardware",
                Optional.empty(), Set.of("programmer", "padauk", "usb", "stm32")));
        Revision programmerRevision = catalog.addRevision(maker2.id(), programmer.slug(), "1.2");
        catalog.describeRevision(maker2.id(), programmerRevision.id(), "9bb62c64328e3968737b244c970d66c3570f6f59",
                "1.3", "PCB revision 1.2 with LCSC parts.");
        catalog.uploadBom(maker2.id(), programmerRevision.id(), demoBom("easypdk-prog-pcb12-lcsc.csv"));
        catalog.offer(maker2.id(), programmerRevision.id(), OfferKind.FULL_KIT, Money.euros(3_900), VatCategory.STANDARD,
                new PriceBreakdown(1_400, 500, 1_200, 400, 400));
        catalog.submitForReview(programmerRevision.id(), maker2.id());

        log.info("Demo data loaded: sign in as {} (or maker, maker2, reviewer, reviewer2, admin @demo.test) "
                + "with the password '{}'", buyer.email(), PASSWORD);
        return true;
    }

    private static byte[] demoBom(String file) {
        try (var in = new ClassPathResource("demo/boms/" + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the demo BOM " + file + " is missing from the application", e);
        }
    }

    private User user(String email, String name, Role... roles) {
        return accounts.register(email, PASSWORD, name, EnumSet.copyOf(List.of(roles)));
    }
}
