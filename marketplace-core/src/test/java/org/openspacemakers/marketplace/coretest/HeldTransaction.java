package org.openspacemakers.marketplace.coretest;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction held open on a thread of its own: it does its work, then waits, with the locks it
 * took, until the test lets it commit. {@link #open} returns once the work is done.
 */
public final class HeldTransaction<T> implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 60;

    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final CompletableFuture<Void> workDone = new CompletableFuture<>();
    private final CountDownLatch commit = new CountDownLatch(1);
    private volatile boolean rollBack;
    private final CompletableFuture<T> outcome;

    private HeldTransaction(TransactionTemplate transaction, Supplier<T> work) {
        outcome = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            T result = work.get();
            workDone.complete(null);
            awaitCommit();
            if (rollBack) {
                status.setRollbackOnly();
            }
            return result;
        }), thread);
    }

    /** Starts the transaction and returns once its work is done, the transaction still open; throws what the work threw. */
    public static <T> HeldTransaction<T> open(TransactionTemplate transaction, Supplier<T> work)
            throws InterruptedException, ExecutionException, TimeoutException {
        HeldTransaction<T> held = new HeldTransaction<>(transaction, work);
        try {
            CompletableFuture.anyOf(held.workDone, held.outcome).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            held.close();
            throw e;
        }
        return held;
    }

    /** Lets the transaction commit and gives what its work returned. */
    public T commit() throws InterruptedException, ExecutionException, TimeoutException {
        commit.countDown();
        return outcome.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Lets the transaction end, rolled back, and gives what its work returned. */
    public T rollBack() throws InterruptedException, ExecutionException, TimeoutException {
        rollBack = true;
        return commit();
    }

    /** Whether the transaction has ended. */
    public boolean isDone() {
        return outcome.isDone();
    }

    @Override
    public void close() {
        commit.countDown();
        thread.shutdownNow();
    }

    private void awaitCommit() {
        try {
            if (!commit.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("held open for a minute and never let commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
