package cn.jinghai.crm.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs tasks on many threads released at the same instant, and collects every result. */
public final class Concurrently {

    private Concurrently() {
    }

    public static <T> List<T> run(int threads, int perThread, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<T>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<T> results = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        results.add(task.call());
                    }
                    return results;
                }));
            }
            start.countDown();
            List<T> all = new ArrayList<>();
            for (Future<List<T>> future : futures) {
                all.addAll(future.get(5, TimeUnit.MINUTES));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
