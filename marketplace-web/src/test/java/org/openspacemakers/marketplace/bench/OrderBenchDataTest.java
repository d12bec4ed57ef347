package org.openspacemakers.marketplace.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The order benchmark's data is never in a real store: it loads only in the {@code bench} profile
 * and only when told where to write its tokens (the page benchmark's {@code bench} profile alone
 * keeps the catalogue as the demo has it). Only the conditions are started here: with both, the
 * benchmark itself ({@code bench/orders}) is what uses the data.
 */
class OrderBenchDataTest {

    private final ApplicationContextRunner store = new ApplicationContextRunner().withUserConfiguration(OrderBenchData.class);

    @Test
    void isNotLoadedWithoutTheBenchProfile() {
        store.withPropertyValues("marketplace.bench.tokens-file=target/bench-tokens")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(OrderBenchData.class));
    }

    @Test
    void isNotLoadedInTheBenchProfileWithoutATokensFile() {
        store.withPropertyValues("spring.profiles.active=bench")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(OrderBenchData.class));
    }

    @Test
    void isWantedInTheBenchProfileWithATokensFile() {
        // Its collaborators are the whole store's, absent here: the context fails on them, so the bean was wanted.
        store.withPropertyValues("spring.profiles.active=bench", "marketplace.bench.tokens-file=target/bench-tokens")
                .run(context -> assertThat(context).getFailure().hasMessageContaining("orderBenchData"));
    }
}
