package cn.jinghai.crm.relocation.ui;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.reports.application.Spreadsheet;
import cn.jinghai.crm.relocation.application.ImportProgress;
import cn.jinghai.crm.relocation.application.ImportProperties;
import cn.jinghai.crm.relocation.application.ImportResult;
import cn.jinghai.crm.relocation.application.ListTemplate;
import cn.jinghai.crm.relocation.application.RelocationImporter;
import cn.jinghai.crm.unit.readmodel.ChainView;
import cn.jinghai.crm.unit.readmodel.FindIndustryChainsQuery;
import cn.jinghai.crm.unit.readmodel.FindUnitsQuery;
import cn.jinghai.crm.unit.readmodel.UnitView;
import jakarta.annotation.PreDestroy;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the import screen needs: the units, the template, and an import run on a worker thread so
 * the screen can show progress meanwhile. The run calls the same importer as {@code POST
 * /api/imports}; the worker carries the user's authentication (the UI does not use a session-bound
 * security-context strategy, so a new thread starts without one) and drops it afterwards.
 */
@Service
public class ImportService {

    /** Two imports at once at most; others queue (the machine is small, each run is mostly the store's work). */
    private static final int WORKERS = 2;

    private final RelocationImporter importer;
    private final QueryGateway queries;
    private final MessageSource messages;
    private final ImportProperties limits;
    private final ExecutorService workers;

    public ImportService(RelocationImporter importer, QueryGateway queries, MessageSource messages, ImportProperties limits) {
        this.importer = importer;
        this.queries = queries;
        this.messages = messages;
        this.limits = limits;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "ui-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public List<UnitView> units() {
        return queries.query(new FindUnitsQuery(), ResponseTypes.multipleInstancesOf(UnitView.class)).join();
    }

    public long maxFileBytes() {
        return limits.maxFileSize().toBytes();
    }

    /** The template, written as {@code GET /api/imports/template} writes it. */
    public Spreadsheet template() {
        Map<String, String> chains = new LinkedHashMap<>();
        queries.query(new FindIndustryChainsQuery(), ResponseTypes.multipleInstancesOf(ChainView.class)).join()
                .forEach(c -> chains.put(c.code(), c.name()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ListTemplate.write(out, chains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Spreadsheet(out.toByteArray(), Spreadsheet.XLSX, "疏解清单导入模板.xlsx");
    }

    /**
     * Imports on a worker thread as {@code authentication}'s user; the rows come back in the user's
     * language. {@code progress} is called on the worker.
     */
    public CompletableFuture<List<ImportRow>> start(Authentication authentication, Actor actor, String fileName, byte[] bytes,
                                                    String unitCode, Locale locale, ImportProgress progress) {
        return CompletableFuture.supplyAsync(() -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            try {
                ImportResult result = importer.importList(actor, fileName, bytes, unitCode, progress);
                return result.rows().stream().map(r -> ImportRow.of(r, messages, locale)).toList();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, workers);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
