package cn.jinghai.crm.relocation.web;

import cn.jinghai.crm.support.TestApi;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample lists in docs/samples import as their README says, one outcome of each kind. */
class SampleListsTest extends ImportTestBase {

    private static final Path SAMPLES = Path.of("..", "docs", "samples");

    @Test
    void theSamples_importWithTheDocumentedOutcomes() throws IOException {
        TestApi.Response xlsx = imported("office2", "IMP_B", "relocation-list.xlsx",
                Files.readAllBytes(SAMPLES.resolve("relocation-list.xlsx")));
        assertThat(xlsx.json().get("rows").asInt()).as(xlsx.toString()).isEqualTo(7);
        assertThat(outcome(xlsx, 2).get("outcome").asText()).isIn("CREATED", "LINKED");
        assertThat(outcome(xlsx, 5).get("code").asText()).isEqualTo("DUPLICATE_ROW");
        assertThat(outcome(xlsx, 6).get("code").asText()).isEqualTo("CREDIT_CODE_INVALID");
        assertThat(outcome(xlsx, 7).get("code").asText()).isEqualTo("INDUSTRY_UNKNOWN");

        TestApi.Response csv = imported("office2", "IMP_B", "relocation-list-gbk.csv",
                Files.readAllBytes(SAMPLES.resolve("relocation-list-gbk.csv")));
        assertThat(csv.json().get("rows").asInt()).isEqualTo(7);
        assertThat(outcome(csv, 2).get("outcome").asText()).as("the xlsx already brought the company in").isEqualTo("LINKED");
        assertThat(outcome(csv, 8).get("outcome").asText()).isEqualTo("LINKED");
        assertThat(outcome(csv, 5).get("code").asText()).isEqualTo("DUPLICATE_ROW");
    }
}
