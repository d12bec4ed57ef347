package org.openspacemakers.marketplace.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.Race;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;

/** Additions racing for the address book's last places never pass its limit: the owner's row is locked first. */
@CoreTest
class AddressBookRaceTest {

    @Autowired
    AddressBook addresses;
    @Autowired
    Fixtures fixtures;

    @RepeatedTest(3)
    void additionsAtOnceFillTheBookToItsLimitAndNoFurther() throws Exception {
        Credentials buyer = fixtures.user(Role.BUYER);
        for (int i = 0; i < AddressBook.MAX_ADDRESSES - 2; i++) {
            addresses.add(buyer.id(), fields("Before " + i));
        }

        List<Race.Outcome<Address>> outcomes = Race.run(IntStream.range(0, 8)
                .mapToObj(i -> (Callable<Address>) () -> addresses.add(buyer.id(), fields("Racer " + i))).toList());

        assertThat(outcomes.stream().filter(Race.Outcome::succeeded)).as(Race.describe(outcomes)).hasSize(2);
        assertThat(outcomes.stream().filter(o -> !o.succeeded()))
                .allMatch(o -> o.failure() instanceof InvalidInput refused && refused.field().equals("address"));
        assertThat(addresses.of(buyer.id())).hasSize(AddressBook.MAX_ADDRESSES);
    }

    private static AddressFields fields(String name) {
        return new AddressFields(name, "1 Compiler Street", "", "59000", "Lille", "FR");
    }
}
