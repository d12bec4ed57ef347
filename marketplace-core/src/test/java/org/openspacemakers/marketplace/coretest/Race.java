package org.openspacemakers.marketplace.coretest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Tasks that race: each on a thread of its own, all released together by a barrier once every
 * thread is ready, then every one awaited. Nothing rests on a pause.
 */
public final class Race {

    private static final long TIMEOUT_SECONDS = 60;

    private Race() {
    }

    /** What one task gave: its value, or what it threw. */
    public record Outcome<T>(T value, Throwable failure) {

        public boolean succeeded() {
            return failure == null;
        }
    }

    /** The outcomes in words, for an assertion's description: what each task gave or threw. */
    public static String describe(List<? extends Outcome<?>> outcomes) {
        return outcomes.stream().map(outcome -> outcome.succeeded() ? String.valueOf(outcome.value()) : outcome.failure().toString())
                .collect(java.util.stream.Collectors.joining("; ", "outcomes: ", ""));
    }

    /** Runs the tasks at once and gives their outcomes in the order of the tasks. */
    public static <T> List<Outcome<T>> run(List<Callable<T>> tasks) throws InterruptedException, TimeoutException {
        CyclicBarrier start = new CyclicBarrier(tasks.size());
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> task : tasks) {
                running.add(threads.submit(() -> {
                    start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    return task.call();
                }));
            }
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> task : running) {
                try {
                    outcomes.add(new Outcome<>(task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(null, e.getCause()));
                }
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
