package cn.jinghai.crm.relocation.web;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.relocation.application.ImportProperties;
import cn.jinghai.crm.relocation.application.RelocationImporter;
import cn.jinghai.crm.platform.lookup.CompanyLookups;
import cn.jinghai.crm.relocation.api.RecordRelocationRowCommand;
import cn.jinghai.crm.support.ListFiles;
import cn.jinghai.crm.support.TestApi;
import cn.jinghai.crm.unit.api.UnitDirectory;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A crash in the middle of an import: the fourth row fails after its lead was registered but before
 * its record, as if the process died there. Every finished row stays done, the failed one leaves no
 * lead, and running the file again completes it with each row exactly once.
 */
class ImportCrashTest extends ImportTestBase {

    @Autowired CommandGateway commands;
    @Autowired QueryBus queryBus;
    @Autowired TransactionTemplate transactions;
    @Autowired EventStore eventStore;
    @Autowired CompanyLookups companies;
    @Autowired UnitDirectory units;
    @Autowired ImportProperties limits;

    @Test
    void aRunInterruptedAfterThreeRows_isCompletedByTheNextRun_eachRowExactlyOnce() {
        int n = next();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(ListFiles.HEADER));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            names.add("北京断点" + n + "续传" + i + "有限公司");
            rows.add(row(names.get(i), code(n * 10 + i), null, 100 + i, "大健康", null, "张" + i, "1380000000" + i, null));
        }
        byte[] file = ListFiles.xlsx(rows);
        RelocationImporter crashing = new RelocationImporter(new CrashOnRecord(commands, 5), queryBus, transactions,
                eventStore, companies, units, limits);
        Actor impa = new Actor("impa", Role.PARK_TEAM, "IMP_A");
        assertThatThrownBy(() -> crashing.importList(impa, "断点.xlsx", file, "IMP_A")).hasMessageContaining("simulated crash");

        for (int i = 0; i < 6; i++) {
            assertThat(leadsOf(names.get(i))).as("row %d after the crash", i + 2).isEqualTo(i < 3 ? 1 : 0);
        }

        TestApi.Response rerun = imported("impa", "IMP_A", "断点.xlsx", file);
        assertThat(rerun.json().get("alreadyImported").asInt()).isEqualTo(3);
        assertThat(rerun.json().get("created").asInt()).isEqualTo(3);
        for (int row = 2; row <= 7; row++) {
            assertThat(outcome(rerun, row).get("outcome").asText()).isEqualTo(row <= 4 ? "ALREADY_IMPORTED" : "CREATED");
            assertThat(outcome(rerun, row).get("leadId").asText()).isNotBlank();
        }
        String listId = rerun.text("importId");
        for (int i = 0; i < 6; i++) {
            assertThat(leadsOf(names.get(i))).as("row %d after the re-run", i + 2).isEqualTo(1);
            assertThat(eventCount(listId + "/" + (i + 2))).isEqualTo(1);
        }
        assertThat(eventCount(listId)).as("imported once, completed once").isEqualTo(2);
        TestApi.Response third = imported("impa", "IMP_A", "断点.xlsx", file);
        assertThat(third.json().get("alreadyImported").asInt()).isEqualTo(6);
        assertThat(eventCount(listId)).isEqualTo(2);
    }

    private int leadsOf(String companyName) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM company_lead WHERE name_key = ?", Integer.class,
                cn.jinghai.crm.common.api.CompanyNames.normalise(companyName));
        return count == null ? 0 : count;
    }

    /**
     * The application's gateway, except that recording row {@code failFromRow} or any later one fails
     * (after that row's lead was registered in the same transaction). The first batch then rolls back
     * whole and is redone row by row, which records rows 2 to 4 and stops at row 5: the state a crash
     * after three committed rows leaves.
     */
    private static final class CrashOnRecord implements CommandGateway {
        private final CommandGateway delegate;
        private final int failFromRow;

        CrashOnRecord(CommandGateway delegate, int failFromRow) {
            this.delegate = delegate;
            this.failFromRow = failFromRow;
        }

        @Override
        public <R> R sendAndWait(Object command) {
            Object payload = command instanceof CommandMessage<?> message ? message.getPayload() : command;
            // the record of row failFromRow and of every later row fails: the store is gone, as in a crash
            if (payload instanceof RecordRelocationRowCommand record && record.row() >= failFromRow) {
                throw new IllegalStateException("simulated crash");
            }
            return delegate.sendAndWait(command);
        }

        @Override
        public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
            delegate.send(command, callback);
        }

        @Override
        public <R> R sendAndWait(Object command, MetaData metaData) {
            return delegate.sendAndWait(command, metaData);
        }

        @Override
        public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
            return delegate.sendAndWait(command, timeout, unit);
        }

        @Override
        public <R> R sendAndWait(Object command, MetaData metaData, long timeout, TimeUnit unit) {
            return delegate.sendAndWait(command, metaData, timeout, unit);
        }

        @Override
        public <R> CompletableFuture<R> send(Object command) {
            return delegate.send(command);
        }

        @Override
        public <R> CompletableFuture<R> send(Object command, MetaData metaData) {
            return delegate.send(command, metaData);
        }

        @Override
        public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
            return delegate.registerDispatchInterceptor(interceptor);
        }
    }
}
