package org.openspacemakers.marketplace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.openspacemakers.marketplace.account.AccessTokens;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.catalog.Board;
import org.openspacemakers.marketplace.catalog.BoardText;
import org.openspacemakers.marketplace.catalog.Listings;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.Offer;
import org.openspacemakers.marketplace.catalog.OpenHardwareLicence;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.catalog.Slug;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.catalog.VatCategory;
import org.openspacemakers.marketplace.compliance.Approval;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.system.DemoData;
import org.openspacemakers.marketplace.system.DemoDossiers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What the order benchmark ({@code bench/orders}) orders, added to the demo at start-up in the
 * {@code bench} profile when {@code marketplace.bench.tokens-file} names where to write it: buyers
 * with a personal access token each (so that the benchmark measures placing orders, not bcrypt),
 * a board approved for France and Germany whose team can take half a million boards (the load
 * never runs out of capacity), and boards whose teams have exactly {@code race-slots} slots (the
 * races for the last slots). Built through the same services and transitions as the demo.
 *
 * <p>The file holds {@code load-offer <id>}, then {@code race-offer <id> <slots>} per race, then
 * {@code token <value>} per buyer; readable by its owner only, since the tokens sign in.
 */
@Component
@Profile("bench")
@ConditionalOnProperty("marketplace.bench.tokens-file")
class OrderBenchData implements SmartInitializingSingleton {

    static final String EMAIL_DOMAIN = "bench.test";
    private static final String PASSWORD = "bench-password";

    private static final Logger log = LoggerFactory.getLogger(OrderBenchData.class);

    private final DemoData demo;
    private final DemoDossiers dossiers;
    private final Accounts accounts;
    private final AccessTokens tokens;
    private final Teams teams;
    private final Listings listings;
    private final Reviews reviews;
    private final Path file;
    private final int buyers;
    private final int races;
    private final int raceSlots;

    OrderBenchData(DemoData demo, DemoDossiers dossiers, Accounts accounts, AccessTokens tokens, Teams teams,
            Listings listings, Reviews reviews,
            @Value("${marketplace.bench.tokens-file}") Path file,
            @Value("${marketplace.bench.buyers:200}") int buyers,
            @Value("${marketplace.bench.races:1}") int races,
            @Value("${marketplace.bench.race-slots:5}") int raceSlots) {
        if (buyers < 1 || races < 0 || raceSlots < 1) {
            throw new IllegalArgumentException("marketplace.bench: buyers and race-slots are at least 1, races at least 0");
        }
        this.demo = demo;
        this.dossiers = dossiers;
        this.accounts = accounts;
        this.tokens = tokens;
        this.teams = teams;
        this.listings = listings;
        this.reviews = reviews;
        this.file = file;
        this.buyers = buyers;
        this.races = races;
        this.raceSlots = raceSlots;
    }

    /** Before the web server opens, like the demo: the benchmark finds everything once the store is UP. */
    @Override
    public void afterSingletonsInstantiated() {
        demo.loadOnce();
        if (accounts.byEmail("maker@" + EMAIL_DOMAIN).isPresent()) {
            throw new IllegalStateException("the bench data is already in this database: the bench profile wants a fresh one");
        }
        User maker = user("maker@" + EMAIL_DOMAIN, "Bench maker", Role.MAKER);
        User reviewer = user("reviewer@" + EMAIL_DOMAIN, "Bench reviewer", Role.REVIEWER);
        List<String> lines = new ArrayList<>();
        lines.add("load-offer " + approvedOffer(maker, reviewer, "bench-load", 10_000, 52).id());
        for (int race = 1; race <= races; race++) {
            // One week at raceSlots boards a week: the team's slots on sale are raceSlots.
            lines.add("race-offer " + approvedOffer(maker, reviewer, "bench-race-" + race, raceSlots, 1).id() + " " + raceSlots);
        }
        // bcrypt makes each account cost tens of milliseconds: the accounts are made on every core.
        List<User> created = IntStream.rangeClosed(1, buyers).parallel()
                .mapToObj(i -> user("buyer-%03d@%s".formatted(i, EMAIL_DOMAIN), "Bench buyer " + i, Role.BUYER))
                .toList();
        created.forEach(buyer -> lines.add("token " + tokens.create(buyer.id(), "bench").value()));
        write(lines);
        log.info("Bench data loaded: {} buyers, a load offer and {} race offer(s) of {} slots; tokens in {}",
                buyers, races, raceSlots, file);
    }

    /** A board of its own team, with this capacity, listed, filled in and approved for FR and DE: its full-kit offer. */
    private Offer approvedOffer(User maker, User reviewer, String slug, int weeklyCapacity, int horizonWeeks) {
        Team team = teams.create(Slug.of(slug), "Team " + slug, List.of(maker.id()));
        teams.changeCapacity(maker.id(), team.slug(), weeklyCapacity, horizonWeeks);
        teams.moveWorkshop(maker.id(), team.slug(), "Open Space Makers workshop, " + slug + ", " + DemoDossiers.ADDRESS);
        Board board = listings.createBoard(maker.id(), team.slug(), Slug.of(slug + "-card"), new BoardText(
                "Benchmark card (" + slug + ")", "A thermocouple card that only the benchmarks order.",
                "A copy of the thermocouple card, listed by the `bench` profile for the order benchmark.",
                new OpenHardwareLicence("TAPR-OHL-1.0"), "https://github.com/LaskaKit/MAX31856_Thermocouple_Amplifier",
                Optional.empty(), Set.of("bench")));
        // GPSR art. 19 asks for a picture before approval: the card's own, as the demo gives it.
        listings.addPhoto(maker.id(), board.slug(), resource("demo/pictures/thermocouple-card.png"));
        Revision revision = listings.addRevision(maker.id(), board.slug(), "1.0");
        listings.uploadBom(maker.id(), revision.id(), resource("demo/boms/laskakit-max31856-jlcpcb.csv"));
        Offer offer = listings.offer(maker.id(), revision.id(), OfferKind.FULL_KIT, Money.euros(2_500), VatCategory.STANDARD,
                new PriceBreakdown(1_000, 300, 700, 250, 250));
        dossiers.complete(revision.id(), maker.id(), DemoDossiers.Spec.measurement());
        listings.submitForReview(revision.id(), maker.id());
        RevisionRef ref = RevisionRef.of(revision.id());
        reviews.startReview(ref, reviewer.id());
        reviews.approve(ref, reviewer.id(), new Approval(List.of("FR", "DE"), List.of(BuyerType.values()), List.of(), null,
                "Benchmark board: the thermocouple card's dossier."));
        return offer;
    }

    /** Written whole under another name, then moved: a reader never sees half the tokens. */
    private void write(List<String> lines) {
        try {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path partial = Files.createTempFile(absolute.getParent(), ".bench-tokens", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(partial, lines, StandardCharsets.UTF_8);
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bench tokens to " + file, e);
        }
    }

    private User user(String email, String name, Role role) {
        return accounts.register(email, PASSWORD, name, EnumSet.of(role));
    }

    private static byte[] resource(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(path + " is missing from the application", e);
        }
    }
}
