package org.evac.scenario.play;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A few coordinators working through a list at once, as a task force does: the same action for each
 * item on a small pool of threads, the first failure rethrown once all have finished.
 */
public final class Parallel implements AutoCloseable {

    private final ExecutorService desks;

    public Parallel(int desks) {
        this.desks = Executors.newFixedThreadPool(desks);
    }

    /** An action that may fail. */
    @FunctionalInterface
    public interface Action<T> {
        void on(T item) throws Exception;
    }

    public <T> void forEach(Collection<T> items, Action<T> action) {
        List<Future<?>> running = new ArrayList<>();
        for (T item : items) {
            running.add(
                    desks.submit(
                            () -> {
                                action.on(item);
                                return null;
                            }));
        }
        RuntimeException first = null;
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (ExecutionException e) {
                if (first == null) {
                    first =
                            e.getCause() instanceof RuntimeException runtime
                                    ? runtime
                                    : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public void close() {
        desks.shutdownNow();
    }
}
