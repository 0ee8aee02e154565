package cn.jinghai.crm.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small runs of the benchmark programs, so they keep working (docs/benchmarks.md). Nothing here is
 * about time: the figures come from the programs run on purpose, on a quiet machine.
 */
class BenchmarksIT {

    @Test
    void theCommandBenchmark_runsEveryPhaseWithoutAnError() throws Exception {
        CommandBenchmark.Figures figures = CommandBenchmark.measure(200, 1);
        assertThat(figures.raw()).isPositive();
        assertThat(figures.closed().count()).isPositive();
        assertThat(figures.closed().errors()).isZero();
        assertThat(figures.paced().count()).isEqualTo(200 * 5);
        assertThat(figures.paced().errors()).isZero();
        assertThat(figures.longStream().count()).isEqualTo(100);
        assertThat(figures.longStream().errors()).isZero();
    }

    @Test
    void theRebuildBenchmark_rebuildsEveryReadModelToTheSameLeads() throws Exception {
        RebuildBenchmark.Figures figures = RebuildBenchmark.measure(20_000);
        assertThat(figures.events()).isGreaterThanOrEqualTo(20_000);
        assertThat(figures.readModels()).isEqualTo(7);
        assertThat(figures.leadsListed()).isEqualTo(2_000);
        assertThat(figures.rebuild()).isPositive();
    }

    @Test
    void theRestartBenchmark_restartsFromTheSnapshot_andWithoutIt() throws Exception {
        RestartBenchmark.Figures figures = RestartBenchmark.measure(5_000);
        assertThat(figures.events()).isGreaterThanOrEqualTo(5_000);
        assertThat(figures.snapshotBytes()).isPositive();
        assertThat(figures.withSnapshot()).isPositive();
        assertThat(figures.withoutSnapshot()).isPositive();
        assertThat(figures.heapMiB()).isPositive();
    }

    @Test
    void theQueryBenchmark_asksEveryQuery_andGetsAnswers() throws Exception {
        var results = QueryBenchmark.measure(300, 10);
        assertThat(results).hasSize(7);
        results.forEach((query, result) -> {
            assertThat(result.count()).as(query).isEqualTo(10);
            assertThat(result.errors()).as(query).isZero();
        });
    }
}
