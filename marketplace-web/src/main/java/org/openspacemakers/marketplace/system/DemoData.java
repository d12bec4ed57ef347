package org.openspacemakers.marketplace.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.catalog.Board;
import org.openspacemakers.marketplace.catalog.BoardText;
import org.openspacemakers.marketplace.catalog.Listings;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.OpenHardwareLicence;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.catalog.Slug;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.catalog.VatCategory;
import org.openspacemakers.marketplace.compliance.Approval;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.ProducerKind;
import org.openspacemakers.marketplace.compliance.WeeeCategory;
import org.openspacemakers.marketplace.compliance.Register;
import org.openspacemakers.marketplace.compliance.RegisterProducer;
import org.openspacemakers.marketplace.compliance.RegisterWeee;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.shipping.ShippingMethod;
import org.openspacemakers.marketplace.shipping.ShippingRates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo store of {@code API-CONTRACT.md} "Demo mode", built through the same public services
 * and transitions as real use (submit, start review, approve). Dates are relative to the load day.
 *
 * <p>About 300 lines because it is a script: six boards, each listed, described and reviewed step by
 * step as a team and a reviewer would; their descriptions live in {@code demo/boards/*.md}.
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
    private final Teams teams;
    private final Listings listings;
    private final Reviews reviews;
    private final Register register;
    private final Clock clock;
    private final DemoDossiers demoDossiers;
    private final ShippingRates shipping;

    DemoData(Accounts accounts, Teams teams, Listings listings, Reviews reviews, Register register,
            Clock clock, DemoDossiers demoDossiers, ShippingRates shipping) {
        this.shipping = shipping;
        this.accounts = accounts;
        this.teams = teams;
        this.listings = listings;
        this.reviews = reviews;
        this.register = register;
        this.clock = clock;
        this.demoDossiers = demoDossiers;
    }

    /** Loads the demo unless it is already there; returns whether it loaded now. */
    public boolean loadOnce() {
        shippingRatesOnce();
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
        Set<WeeeCategory> smallEquipment = EnumSet.of(WeeeCategory.SMALL, WeeeCategory.SMALL_IT);
        register.record(new RegisterWeee("FR", "FR-DEMO-000001", "Open Space Makers (association)", today.plusDays(400),
                null, null, null, smallEquipment, true, true));
        register.record(new RegisterWeee("DE", "DE 00000000 (demo)", "Open Space Makers (association)",
                today.plusDays(400), "Demo authorised representative GmbH, Berlin", "Mandate OSM-AR-DE-1 (demo)",
                "stiftung ear, via the representative", smallEquipment, true, true));
        register.record(new RegisterProducer(ProducerKind.EPR_IDU_EEE, "FR", "FR000000_05DEMO",
                "Open Space Makers (association)", today.plusDays(400)));
        register.record(new RegisterProducer(ProducerKind.EPR_IDU_PACKAGING, "FR", "FR000000_01DEMO",
                "Open Space Makers (association)", today.plusDays(400)));
        register.record(new RegisterProducer(ProducerKind.LUCID, "DE", "DE0000000000000 (demo)",
                "Open Space Makers (association)", today.plusDays(400)));

        Team thermocouple = teams.create(Slug.of("thermocouple"), "Thermocouple team", List.of(maker.id()));
        teams.changeCapacity(maker.id(), thermocouple.slug(), 50, 8);
        teams.moveWorkshop(maker.id(), thermocouple.slug(),
                "Open Space Makers workshop, thermocouple team, 12 rue des Ateliers, 31000 Toulouse, France");
        Board card = board(maker.id(), thermocouple.slug(), Slug.of("thermocouple-card"), new BoardText(
                "High-speed thermocouple card",
                "MAX31856-based thermocouple amplifier card for fast, precise temperature acquisition.",
                description("thermocouple-card"),
                new OpenHardwareLicence("TAPR-OHL-1.0"), "https://github.com/LaskaKit/MAX31856_Thermocouple_Amplifier",
                Optional.empty(), Set.of("thermocouple", "max31856", "measurement", "spi")));
        Revision cardRevision = listings.addRevision(maker.id(), card.slug(), "1.0");
        listings.describeRevision(maker.id(), cardRevision.id(), "5584b5636cd4e6314fc40daa51bf79c0a7d0e6c5", "",
                "First assembled revision.");
        listings.uploadBom(maker.id(), cardRevision.id(), demoBom("laskakit-max31856-jlcpcb.csv"));
        listings.offer(maker.id(), cardRevision.id(), OfferKind.FULL_KIT, Money.euros(14_900), VatCategory.STANDARD,
                new PriceBreakdown(4_200, 1_500, 5_000, 2_200, 2_000));
        listings.offer(maker.id(), cardRevision.id(), OfferKind.ASSEMBLY_ONLY, Money.euros(4_900), VatCategory.STANDARD,
                new PriceBreakdown(0, 1_500, 2_000, 700, 700));
        demoDossiers.complete(cardRevision.id(), maker.id(), DemoDossiers.Spec.measurement()
                .withExemption(new DemoDossiers.Exemption("7(c)-I", "R3 R4")));
        listings.submitForReview(cardRevision.id(), maker.id());
        reviews.startReview(RevisionRef.of(cardRevision.id()), reviewer.id());
        reviews.approve(RevisionRef.of(cardRevision.id()), reviewer.id(),
                new Approval(List.of("FR", "DE"), List.of(BuyerType.values()), List.of(), null,
                "Dossier complete: EN IEC 61326-1, class B; WEEE registered in FR and DE."));

        Team padauk = teams.create(Slug.of("padauk"), "Padauk team", List.of(maker2.id(), reviewer2.id()));
        teams.changeCapacity(maker2.id(), padauk.slug(), 40, 8);
        teams.moveWorkshop(maker2.id(), padauk.slug(),
                "Open Space Makers workshop, padauk team, 12 rue des Ateliers, 31000 Toulouse, France");
        Board programmer = board(maker2.id(), padauk.slug(), Slug.of("padauk-programmer"), new BoardText(
                "Padauk microcontroller programmer",
                "Easy PDK programmer: an open-source programmer for Padauk microcontrollers.",
                description("padauk-programmer"),
                new OpenHardwareLicence("CC-BY-SA-4.0"), "https://github.com/free-pdk/easy-pdk-programmer-hardware",
                Optional.empty(), Set.of("programmer", "padauk", "usb", "stm32")));
        Revision programmerRevision = listings.addRevision(maker2.id(), programmer.slug(), "1.2");
        listings.describeRevision(maker2.id(), programmerRevision.id(), "9bb62c64328e3968737b244c970d66c3570f6f59",
                "1.3", "PCB revision 1.2 with LCSC parts.");
        listings.uploadBom(maker2.id(), programmerRevision.id(), demoBom("easypdk-prog-pcb12-lcsc.csv"));
        listings.offer(maker2.id(), programmerRevision.id(), OfferKind.FULL_KIT, Money.euros(3_900), VatCategory.STANDARD,
                new PriceBreakdown(1_400, 500, 1_200, 400, 400));
        demoDossiers.complete(programmerRevision.id(), maker2.id(), DemoDossiers.Spec.informationTechnology());
        listings.submitForReview(programmerRevision.id(), maker2.id());

        labTools(reviewer);
        retroComputing(reviewer);
        fpga();

        log.info("Demo data loaded: sign in as {} (or maker, maker2, reviewer, reviewer2, admin @demo.test; "
                + "the catalogue's other teams: maker3, maker4, maker5 @{}) with the password '{}'", buyer.email(),
                MORE_MAKERS, PASSWORD);
        return true;
    }

    /**
     * The demo's shipping rates, unless some zone exists (an administrator's, or a demo loaded before
     * shipping was charged gets them now): France, and the rest of the EU, each by standard and
     * tracked parcel.
     */
    private void shippingRatesOnce() {
        if (!shipping.zones().isEmpty()) {
            return;
        }
        shipping.saveZone("FR", "France", List.of("FR"));
        shipping.price("FR", ShippingMethod.STANDARD, Money.euros(690));
        shipping.price("FR", ShippingMethod.TRACKED, Money.euros(990));
        shipping.saveZone("EU", "European Union (other member states)",
                CountryCode.EU_MEMBERS.stream().filter(country -> !country.equals("FR")).toList());
        shipping.price("EU", ShippingMethod.STANDARD, Money.euros(1_290));
        shipping.price("EU", ShippingMethod.TRACKED, Money.euros(1_790));
    }

    /**
     * Team {@code lab-tools}: the Glasgow Interface Explorer, APPROVED for FR and DE (full kit and
     * assembly-only), and HackRF Jawbreaker, a radio, SUBMITTED and not yet reviewed: its dossier is
     * complete (a revision is handed in only so), its warnings in English only, so no approval would
     * let it be sold in France or Germany.
     */
    private void labTools(User reviewer) {
        User maker = user("maker3@" + MORE_MAKERS, "Demo Maker (lab tools)", Role.MAKER);
        Team team = team(maker, "lab-tools", "Lab tools team", 40, 8);

        Board glasgow = board(maker.id(), team.slug(), Slug.of("glasgow-interface-explorer"), new BoardText(
                "Glasgow Interface Explorer",
                "Open-source multitool for digital electronics: an iCE40 FPGA behind USB, driven from Python.",
                description("glasgow-interface-explorer"),
                new OpenHardwareLicence("Apache-2.0"), "https://github.com/GlasgowEmbedded/glasgow",
                Optional.empty(), Set.of("fpga", "ice40", "usb", "debugging", "jtag", "spi", "i2c", "python")));
        Revision glasgowRevision = listings.addRevision(maker.id(), glasgow.slug(), "revC3");
        listings.describeRevision(maker.id(), glasgowRevision.id(), "8bec710dbdbf69276aeafc263d9c4871ba7965ff", "",
                "Revision C3, from hardware/boards/glasgow/revC3.");
        listings.uploadBom(maker.id(), glasgowRevision.id(), demoBom("glasgow-revC3-kicad-grouped.csv"));
        listings.offer(maker.id(), glasgowRevision.id(), OfferKind.FULL_KIT, Money.euros(17_900), VatCategory.STANDARD,
                new PriceBreakdown(8_400, 2_200, 4_500, 1_600, 1_200));
        listings.offer(maker.id(), glasgowRevision.id(), OfferKind.ASSEMBLY_ONLY, Money.euros(7_900), VatCategory.STANDARD,
                new PriceBreakdown(0, 2_200, 3_900, 1_000, 800));
        demoDossiers.complete(glasgowRevision.id(), maker.id(), DemoDossiers.Spec.informationTechnology()
                .withSupply("5 V DC from the USB-C port"));
        listings.submitForReview(glasgowRevision.id(), maker.id());
        reviews.startReview(RevisionRef.of(glasgowRevision.id()), reviewer.id());
        reviews.approve(RevisionRef.of(glasgowRevision.id()), reviewer.id(),
                new Approval(List.of("FR", "DE"), List.of(BuyerType.values()), List.of(), null,
                "Dossier complete: EMC and RoHS declarations; WEEE registered in FR and DE."));

        Board jawbreaker = board(maker.id(), team.slug(), Slug.of("hackrf-jawbreaker"), new BoardText(
                "HackRF Jawbreaker",
                "The beta-test board of HackRF, the open-source software-defined radio by Great Scott Gadgets.",
                description("hackrf-jawbreaker"),
                new OpenHardwareLicence("GPL-2.0-or-later"), "https://github.com/greatscottgadgets/hackrf",
                Optional.empty(), Set.of("sdr", "radio", "hackrf", "usb", "lpc4330")));
        Revision jawbreakerRevision = listings.addRevision(maker.id(), jawbreaker.slug(), "jawbreaker");
        listings.describeRevision(maker.id(), jawbreakerRevision.id(), "becc016c355f4ecc92fc2b8f88c949ef657c39de", "",
                "The Jawbreaker beta board, from doc/hardware/jawbreaker-bom.csv.");
        listings.uploadBom(maker.id(), jawbreakerRevision.id(), demoBom("hackrf-jawbreaker-semicolon.csv"));
        listings.offer(maker.id(), jawbreakerRevision.id(), OfferKind.FULL_KIT, Money.euros(26_900), VatCategory.STANDARD,
                new PriceBreakdown(13_900, 2_600, 7_200, 1_800, 1_400));
        demoDossiers.complete(jawbreakerRevision.id(), maker.id(), DemoDossiers.Spec.radioEquipment()
                .withSupply("5 V DC from the micro-USB port")
                .withWarnings(List.of("en")));
        listings.submitForReview(jawbreakerRevision.id(), maker.id());
    }

    /** Team {@code retro}: the Neo6502, offered as a full kit (its BOM names no part numbers), APPROVED for FR only. */
    private void retroComputing(User reviewer) {
        User maker = user("maker4@" + MORE_MAKERS, "Demo Maker (retro)", Role.MAKER);
        Team team = team(maker, "retro", "Retro computing team", 60, 8);

        Board neo = board(maker.id(), team.slug(), Slug.of("neo6502"), new BoardText(
                "Neo6502 retro computer",
                "OLIMEX's open-hardware retro computer: a real W65C02 processor with an RP2040 for memory, video and sound.",
                description("neo6502"),
                new OpenHardwareLicence("CERN-OHL-S-2.0"), "https://github.com/OLIMEX/Neo6502",
                Optional.empty(), Set.of("retro", "6502", "w65c02", "rp2040", "hdmi", "computer")));
        Revision neoRevision = listings.addRevision(maker.id(), neo.slug(), "B1");
        listings.describeRevision(maker.id(), neoRevision.id(), "94dbd1c4bbf4ad6cc79a259927c8a539d39c3cde", "",
                "Revision B1, from HARDWARE/Neo6502-rev-B1.");
        listings.uploadBom(maker.id(), neoRevision.id(), demoBom("olimex-neo6502-semicolon.csv"));
        // Its BOM names no manufacturer part numbers, so it cannot be offered assembly-only.
        listings.offer(maker.id(), neoRevision.id(), OfferKind.FULL_KIT, Money.euros(5_900), VatCategory.STANDARD,
                new PriceBreakdown(3_000, 600, 1_500, 450, 350));
        demoDossiers.complete(neoRevision.id(), maker.id(), DemoDossiers.Spec.informationTechnology()
                .withSupply("5 V DC from the USB-C port"));
        listings.submitForReview(neoRevision.id(), maker.id());
        reviews.startReview(RevisionRef.of(neoRevision.id()), reviewer.id());
        reviews.approve(RevisionRef.of(neoRevision.id()), reviewer.id(),
                new Approval(List.of("FR"), List.of(BuyerType.values()), List.of(OfferKind.FULL_KIT), null,
                "Dossier complete: EMC and RoHS declarations; approved for France only for now."));
    }

    /**
     * Team {@code fpga}: the OrangeCrab r0.2, SUBMITTED and not yet reviewed, with a draft r0.2.1
     * started from it (drafts are never shown to buyers).
     */
    private void fpga() {
        User maker = user("maker5@" + MORE_MAKERS, "Demo Maker (fpga)", Role.MAKER);
        Team team = team(maker, "fpga", "FPGA team", 30, 10);

        Board crab = board(maker.id(), team.slug(), Slug.of("orangecrab"), new BoardText(
                "OrangeCrab FPGA board",
                "Feather-sized development board with a Lattice ECP5 FPGA, DDR3L memory and USB straight into the FPGA.",
                description("orangecrab"),
                new OpenHardwareLicence("CERN-OHL-1.2"), "https://github.com/orangecrab-fpga/orangecrab-hardware",
                Optional.empty(), Set.of("fpga", "ecp5", "feather", "ddr3", "usb")));
        Revision r02 = listings.addRevision(maker.id(), crab.slug(), "r0.2");
        listings.describeRevision(maker.id(), r02.id(), "c511d569fe2af39467041f888bc231020f40c6ac", "",
                "Revision r0.2, from hardware/orangecrab_r0.2.");
        listings.uploadBom(maker.id(), r02.id(), demoBom("orangecrab-r0.2-kicad-grouped-by-value.csv"));
        listings.offer(maker.id(), r02.id(), OfferKind.FULL_KIT, Money.euros(11_900), VatCategory.STANDARD,
                new PriceBreakdown(5_800, 1_900, 2_600, 900, 700));
        demoDossiers.complete(r02.id(), maker.id(), DemoDossiers.Spec.informationTechnology()
                .withSupply("5 V DC from the USB port, or a Li-Po cell (not supplied)"));
        listings.submitForReview(r02.id(), maker.id());

        Revision r021 = listings.addRevision(maker.id(), crab.slug(), "r0.2.1");
        listings.describeRevision(maker.id(), r021.id(), "c511d569fe2af39467041f888bc231020f40c6ac", "",
                "Draft of r0.2.1 (hardware/orangecrab_r0.2.1), started from r0.2: its BOM and sources are still "
                        + "those of r0.2 until the team updates them.");
    }

    /**
     * A demo board, with its picture (GPSR art. 19 asks for one before an approval): a photo from the
     * board's own repository, {@code demo/pictures/<slug>.jpg}, or where none may be redistributed, a
     * drawing labelled as an illustration, {@code demo/pictures/<slug>.png}, each with its credit.
     */
    private Board board(UUID maker, String teamSlug, Slug slug, BoardText text) {
        Board board = listings.createBoard(maker, teamSlug, slug, text);
        listings.addPhoto(maker, board.slug(), resource(picture(board.slug())), PICTURE_CREDITS.get(board.slug()));
        return board;
    }

    /**
     * Each demo picture's credit, shown under it: the author and licence columns of
     * {@code demo/pictures/SOURCES.md}, short (CC BY and CC BY-SA ask for them next to the photo).
     */
    private static final Map<String, String> PICTURE_CREDITS = Map.of(
            "padauk-programmer", "Photo: the free-pdk project, CC BY-SA 4.0",
            "orangecrab", "Photo: Greg Davill, CERN-OHL-1.2",
            "glasgow-interface-explorer", "Photo: Glasgow Interface Explorer contributors, 0BSD or Apache-2.0",
            "hackrf-jawbreaker", "Photo: Alexander Neumann, CC BY 3.0",
            "neo6502", "Photo: OLIMEX, CC BY-SA 3.0",
            "thermocouple-card", "Illustration made for this store");

    /** The path of a demo board's picture: its photo if the demo has one, else its illustration. */
    private static String picture(String slug) {
        String photo = "demo/pictures/" + slug + ".jpg";
        return new ClassPathResource(photo).exists() ? photo : "demo/pictures/" + slug + ".png";
    }

    private Team team(User maker, String slug, String name, int weeklyCapacity, int horizonWeeks) {
        Team team = teams.create(Slug.of(slug), name, List.of(maker.id()));
        teams.changeCapacity(maker.id(), team.slug(), weeklyCapacity, horizonWeeks);
        teams.moveWorkshop(maker.id(), team.slug(),
                "Open Space Makers workshop, " + name.toLowerCase(Locale.ROOT)
                        + ", 12 rue des Ateliers, 31000 Toulouse, France");
        return team;
    }

    /** A demo board's description, in Markdown, from {@code demo/boards/<slug>.md}. */
    private static String description(String slug) {
        return new String(resource("demo/boards/" + slug + ".md"), java.nio.charset.StandardCharsets.UTF_8).strip();
    }

    private static byte[] demoBom(String file) {
        return resource("demo/boms/" + file);
    }

    private static byte[] resource(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(path + " is missing from the application", e);
        }
    }

    private User user(String email, String name, Role... roles) {
        return accounts.register(email, PASSWORD, name, EnumSet.copyOf(List.of(roles)));
    }
}
