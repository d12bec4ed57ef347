package org.openspacemakers.marketplace.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.register.ProducerRegistration;
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

    /**
     * Where the makers of the catalogue's other teams sign in (same password). The six
     * {@code @demo.test} accounts stay exactly those of the contract's demo.
     */
    static final String MORE_MAKERS = "makers.demo.test";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Accounts accounts;
    private final Catalog catalog;
    private final Compliance compliance;
    private final Clock clock;
    private final DemoDossiers dossiers;

    DemoData(Accounts accounts, Catalog catalog, Compliance compliance, Clock clock, DemoDossiers dossiers) {
        this.dossiers = dossiers;
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
                "Open Space Makers (association)", today.plusDays(400))
                .representedBy("Demo authorised representative GmbH, Berlin", "Mandate OSM-AR-DE-1 (demo)",
                        "stiftung ear, via the representative"));
        compliance.registerProducer(new ProducerRegistration(ProducerRegistration.Kind.EPR_IDU_EEE, CountryCode.of("FR"),
                "FR000000_05DEMO", "Open Space Makers (association)", today.plusDays(400)));

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
        dossiers.complete(cardRevision.id(), maker.id(), DemoDossiers.Spec.measurement()
                .withExemption(new DemoDossiers.Exemption("7(c)-I", today.plusDays(380))));
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
        dossiers.complete(programmerRevision.id(), maker2.id(), DemoDossiers.Spec.measurement()
                .withSupply("5 V DC from the USB port")
                .withStandards(List.of(new DossierContent.Standard("EN 55032", "2015+A11:2020", true, "class B emission", null),
                        new DossierContent.Standard("EN 55035", "2017+A11:2020", true, "immunity", null))));
        catalog.submitForReview(programmerRevision.id(), maker2.id());

        labTools(reviewer);
        retroComputing(reviewer);
        fpga();

        log.info("Demo data loaded: sign in as {} (or maker, maker2, reviewer, reviewer2, admin @demo.test; "
                + "the catalogue's other teams: maker3, maker4, maker5 @{}) with the password '{}'", buyer.email(),
                MORE_MAKERS, PASSWORD);
        return true;
    }

    /**
     * Team {@code lab-tools}: the Glasgow Interface Explorer, APPROVED for FR and DE (full kit and
     * assembly-only), and HackRF Jawbreaker, SUBMITTED and not yet reviewed.
     */
    private void labTools(User reviewer) {
        User maker = user("maker3@" + MORE_MAKERS, "Demo Maker (lab tools)", Role.MAKER);
        Team team = team(maker, "lab-tools", "Lab tools team", 40, 8);

        Board glasgow = catalog.createBoard(maker.id(), team.slug(), Slug.of("glasgow-interface-explorer"), new BoardText(
                "Glasgow Interface Explorer",
                "Open-source multitool for digital electronics: an iCE40 FPGA behind USB, driven from Python.",
                """
                        **Glasgow Interface Explorer** is a multitool for digital electronics: one USB device
                        that speaks the protocol at hand (UART, SPI, I²C, JTAG, SWD and many more) through
                        *applets* written in Python, which configure its FPGA for the task.

                        - Lattice **iCE40HX8K** FPGA and Cypress **FX2** (CY7C68013A) USB 2.0 controller
                        - two I/O ports of 8 pins, each with its own programmable I/O voltage and supply monitoring
                        - USB-C connector

                        Revision C3. Hardware and software by the Glasgow project, dual-licensed 0BSD or
                        Apache-2.0; listed here under Apache-2.0.""",
                new OpenHardwareLicence("Apache-2.0"), "https://github.com/GlasgowEmbedded/glasgow",
                Optional.empty(), Set.of("fpga", "ice40", "usb", "debugging", "jtag", "spi", "i2c", "python")));
        Revision glasgowRevision = catalog.addRevision(maker.id(), glasgow.slug(), "revC3");
        catalog.describeRevision(maker.id(), glasgowRevision.id(), "8bec710dbdbf69276aeafc263d9c4871ba7965ff", "",
                "Revision C3, from hardware/boards/glasgow/revC3.");
        catalog.uploadBom(maker.id(), glasgowRevision.id(), demoBom("glasgow-revC3-kicad-grouped.csv"));
        catalog.offer(maker.id(), glasgowRevision.id(), OfferKind.FULL_KIT, Money.euros(17_900), VatCategory.STANDARD,
                new PriceBreakdown(8_400, 2_200, 4_500, 1_600, 1_200));
        catalog.offer(maker.id(), glasgowRevision.id(), OfferKind.ASSEMBLY_ONLY, Money.euros(7_900), VatCategory.STANDARD,
                new PriceBreakdown(0, 2_200, 3_900, 1_000, 800));
        dossiers.complete(glasgowRevision.id(), maker.id(), DemoDossiers.Spec.measurement()
                .withSupply("5 V DC from the USB-C port"));
        catalog.submitForReview(glasgowRevision.id(), maker.id());
        compliance.startReview(RevisionRef.of(glasgowRevision.id()), reviewer.id());
        compliance.approve(RevisionRef.of(glasgowRevision.id()), reviewer.id(),
                new ApprovalScope(EnumSet.allOf(OfferKind.class), Set.of(CountryCode.of("FR"), CountryCode.of("DE")),
                        EnumSet.allOf(BuyerType.class)),
                "Dossier complete: EMC and RoHS declarations; WEEE registered in FR and DE.");

        Board jawbreaker = catalog.createBoard(maker.id(), team.slug(), Slug.of("hackrf-jawbreaker"), new BoardText(
                "HackRF Jawbreaker",
                "The beta-test board of HackRF, the open-source software-defined radio by Great Scott Gadgets.",
                """
                        **Jawbreaker** is the beta-test hardware of **HackRF**, the open-source software-defined
                        radio platform by Great Scott Gadgets that led to HackRF One. It receives and transmits
                        (half-duplex) and streams samples over USB to a computer running the HackRF tools or
                        GNU Radio.

                        - RFFC5072 mixer and synthesiser, MAX2837 transceiver, MAX5864 converters
                        - NXP LPC4330 microcontroller, Xilinx CoolRunner-II CPLD
                        - micro-USB, SMA antenna connector

                        Hardware under GPL-2.0-or-later. It is a radio transmitter: use it within the rules of
                        your country.""",
                new OpenHardwareLicence("GPL-2.0-or-later"), "https://github.com/greatscottgadgets/hackrf",
                Optional.empty(), Set.of("sdr", "radio", "hackrf", "usb", "lpc4330")));
        Revision jawbreakerRevision = catalog.addRevision(maker.id(), jawbreaker.slug(), "jawbreaker");
        catalog.describeRevision(maker.id(), jawbreakerRevision.id(), "becc016c355f4ecc92fc2b8f88c949ef657c39de", "",
                "The Jawbreaker beta board, from doc/hardware/jawbreaker-bom.csv.");
        catalog.uploadBom(maker.id(), jawbreakerRevision.id(), demoBom("hackrf-jawbreaker-semicolon.csv"));
        catalog.offer(maker.id(), jawbreakerRevision.id(), OfferKind.FULL_KIT, Money.euros(26_900), VatCategory.STANDARD,
                new PriceBreakdown(13_900, 2_600, 7_200, 1_800, 1_400));
        incompleteRadioDossier(jawbreakerRevision.id(), maker.id());
        catalog.submitForReview(jawbreakerRevision.id(), maker.id());
    }

    /** Team {@code retro}: the Neo6502, offered assembly-only, APPROVED for FR only. */
    private void retroComputing(User reviewer) {
        User maker = user("maker4@" + MORE_MAKERS, "Demo Maker (retro)", Role.MAKER);
        Team team = team(maker, "retro", "Retro computing team", 60, 8);

        Board neo = catalog.createBoard(maker.id(), team.slug(), Slug.of("neo6502"), new BoardText(
                "Neo6502 retro computer",
                "OLIMEX's open-hardware retro computer: a real W65C02 processor with an RP2040 for memory, video and sound.",
                """
                        **Neo6502** is a modern retro computer by OLIMEX built around a genuine **WDC W65C02**
                        processor. A Raspberry Pi **RP2040** beside it provides the memory, the video on an HDMI
                        connector, the sound and the USB keyboard port.

                        - W65C02S processor, RP2040 microcontroller with 2 MB of SPI flash
                        - HDMI (DVI) video, speaker and audio jack, USB host port, USB-C power
                        - UEXT connector and a 40-pin expansion bus

                        Revision B1. Hardware by OLIMEX under CERN-OHL-S-2.0. Offered **assembly-only**: you have
                        the parts delivered to the workshop and the team assembles them.""",
                new OpenHardwareLicence("CERN-OHL-S-2.0"), "https://github.com/OLIMEX/Neo6502",
                Optional.empty(), Set.of("retro", "6502", "w65c02", "rp2040", "hdmi", "computer")));
        Revision neoRevision = catalog.addRevision(maker.id(), neo.slug(), "B1");
        catalog.describeRevision(maker.id(), neoRevision.id(), "94dbd1c4bbf4ad6cc79a259927c8a539d39c3cde", "",
                "Revision B1, from HARDWARE/Neo6502-rev-B1.");
        catalog.uploadBom(maker.id(), neoRevision.id(), demoBom("olimex-neo6502-semicolon.csv"));
        catalog.offer(maker.id(), neoRevision.id(), OfferKind.ASSEMBLY_ONLY, Money.euros(2_900), VatCategory.STANDARD,
                new PriceBreakdown(0, 600, 1_500, 450, 350));
        dossiers.complete(neoRevision.id(), maker.id(), DemoDossiers.Spec.measurement()
                .withSupply("5 V DC from the USB-C port"));
        catalog.submitForReview(neoRevision.id(), maker.id());
        compliance.startReview(RevisionRef.of(neoRevision.id()), reviewer.id());
        compliance.approve(RevisionRef.of(neoRevision.id()), reviewer.id(),
                new ApprovalScope(EnumSet.of(OfferKind.ASSEMBLY_ONLY), Set.of(CountryCode.of("FR")),
                        EnumSet.allOf(BuyerType.class)),
                "Dossier complete: EMC and RoHS declarations; approved for France only for now.");
    }

    /**
     * Team {@code fpga}: the OrangeCrab r0.2, SUBMITTED and not yet reviewed, with a draft r0.2.1
     * started from it (drafts are never shown to buyers).
     */
    private void fpga() {
        User maker = user("maker5@" + MORE_MAKERS, "Demo Maker (fpga)", Role.MAKER);
        Team team = team(maker, "fpga", "FPGA team", 30, 10);

        Board crab = catalog.createBoard(maker.id(), team.slug(), Slug.of("orangecrab"), new BoardText(
                "OrangeCrab FPGA board",
                "Feather-sized development board with a Lattice ECP5 FPGA, DDR3L memory and USB straight into the FPGA.",
                """
                        **OrangeCrab** is an FPGA development board in the Adafruit **Feather** form factor,
                        designed by Greg Davill. USB goes straight into its Lattice **ECP5** FPGA, and a DFU
                        bootloader loads new gateware over USB without a programmer. It works with the
                        open-source FPGA tools (Yosys, nextpnr).

                        - ECP5 LFE5U-25F FPGA, DDR3L memory, 16 MB QSPI flash
                        - micro-USB, microSD slot, Li-Po battery connector with charger
                        - JTAG header, RGB LED, button

                        Revision r0.2. Hardware under CERN-OHL-1.2, gateware under MIT.""",
                new OpenHardwareLicence("CERN-OHL-1.2"), "https://github.com/orangecrab-fpga/orangecrab-hardware",
                Optional.empty(), Set.of("fpga", "ecp5", "feather", "ddr3", "usb")));
        Revision r02 = catalog.addRevision(maker.id(), crab.slug(), "r0.2");
        catalog.describeRevision(maker.id(), r02.id(), "c511d569fe2af39467041f888bc231020f40c6ac", "",
                "Revision r0.2, from hardware/orangecrab_r0.2.");
        catalog.uploadBom(maker.id(), r02.id(), demoBom("orangecrab-r0.2-kicad-grouped-by-value.csv"));
        catalog.offer(maker.id(), r02.id(), OfferKind.FULL_KIT, Money.euros(11_900), VatCategory.STANDARD,
                new PriceBreakdown(5_800, 1_900, 2_600, 900, 700));
        dossiers.complete(r02.id(), maker.id(), DemoDossiers.Spec.measurement()
                .withSupply("5 V DC from the USB port, or a Li-Po cell (not supplied)"));
        catalog.submitForReview(r02.id(), maker.id());

        Revision r021 = catalog.addRevision(maker.id(), crab.slug(), "r0.2.1");
        catalog.describeRevision(maker.id(), r021.id(), "c511d569fe2af39467041f888bc231020f40c6ac", "",
                "Draft of r0.2.1 (hardware/orangecrab_r0.2.1), started from r0.2: its BOM and sources are still "
                        + "those of r0.2 until the team updates them.");
    }

    /**
     * The Jawbreaker's dossier as its team handed it in: a radio transmitter with no declaration
     * of conformity, no RED evidence, no RoHS evidence and warnings in English only.
     */
    private void incompleteRadioDossier(java.util.UUID revisionId, java.util.UUID maker) {
        compliance.saveDossier(RevisionRef.of(revisionId), maker, new DossierContent(
                new DossierContent.Ce(EnumSet.of(DossierContent.Act.EMC, DossierContent.Act.RED),
                        "A software-defined radio transceiver sold assembled: radio equipment under the RED.",
                        DossierContent.IntendedUse.FINISHED_PRODUCT, "5 V DC from the micro-USB port", false, true, false,
                        DossierContent.EmcClass.B, List.of(new DossierContent.Standard("EN 300 328", "V2.2.2", true, "", null)),
                        "", "", null, null),
                null,
                new DossierContent.Weee(true, "Category 5 (small equipment)", ""),
                new DossierContent.Gpsr(DemoDossiers.MANUFACTURER, DemoDossiers.ADDRESS, "", "HackRF Jawbreaker",
                        java.util.Map.of("en", "A radio transmitter: use it only within the rules of your country.")),
                null, null));
    }

    private Team team(User maker, String slug, String name, int weeklyCapacity, int horizonWeeks) {
        Team team = catalog.createTeam(Slug.of(slug), name, List.of(maker.id()));
        catalog.changeCapacity(maker.id(), team.slug(), weeklyCapacity, horizonWeeks);
        catalog.moveWorkshop(maker.id(), team.slug(),
                "Open Space Makers workshop, " + name.toLowerCase(Locale.ROOT)
                        + ", 12 rue des Ateliers, 31000 Toulouse, France");
        return team;
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
