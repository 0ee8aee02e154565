package cn.jinghai.crm.relocation.application;

import cn.jinghai.crm.chain.application.ChainService;
import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.platform.security.CurrentActor;
import cn.jinghai.crm.relocation.readmodel.FindRelocationListingsQuery;
import cn.jinghai.crm.relocation.readmodel.RelocationListing;
import cn.jinghai.crm.reports.application.Spreadsheet;
import jakarta.annotation.PreDestroy;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Relocation-list imports (北京非首都功能疏解清单), for the API and the import screen alike: import a list
 * into a unit (the screen runs it on a worker thread to show progress), the template to fill in, the
 * upload limit, and on which recorded lists a company stood. The checks of a list and its rows are the
 * importer's; who may import into which unit is checked there too.
 */
@Service
public class ImportService {

    /** Two screen imports at once at most; others queue (the machine is small, each run is mostly the store's work). */
    private static final int WORKERS = 2;
    private static final int MAX_COMPANY = 200;

    private final RelocationImporter importer;
    private final QueryGateway queries;
    private final ChainService chains;
    private final ImportProperties limits;
    private final ExecutorService workers;

    public ImportService(RelocationImporter importer, QueryGateway queries, ChainService chains, ImportProperties limits) {
        this.importer = importer;
        this.queries = queries;
        this.chains = chains;
        this.limits = limits;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "ui-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Imports a list into {@code unitCode} as the signed-in user, every row recorded at most once. */
    public ImportResult importList(String fileName, byte[] bytes, String unitCode) {
        return importer.importList(CurrentActor.get(), fileName, bytes, unitCode);
    }

    /**
     * Imports on a worker thread as {@code authentication}'s user, so a screen can show progress
     * meanwhile; {@code progress} is called on the worker. The worker carries the user's
     * authentication (the UI uses no session-bound security-context strategy, so a new thread starts
     * without one) and drops it afterwards.
     */
    public CompletableFuture<ImportResult> start(Authentication authentication, Actor actor, String fileName, byte[] bytes,
                                                 String unitCode, ImportProgress progress) {
        return CompletableFuture.supplyAsync(() -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            try {
                return importer.importList(actor, fileName, bytes, unitCode, progress);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, workers);
    }

    /** The largest list file accepted, in bytes. */
    public long maxFileBytes() {
        return limits.maxFileSize().toBytes();
    }

    /** The template to fill in, with the industry chains to choose from: staff may download it, ambassadors may not. */
    public Spreadsheet template() {
        Actor actor = CurrentActor.get();
        if (actor == null || actor.is(Role.AMBASSADOR)) {
            throw DomainException.forbidden("error.forbidden");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ListTemplate.write(out, chains.chainNames());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Spreadsheet(out.toByteArray(), Spreadsheet.XLSX, "疏解清单导入模板.xlsx");
    }

    /**
     * On which recorded lists a company (credit code or name, compared in normalised form) stood as of
     * {@code asOf} (null: now); without a company, every recorded row. Park teams see their own unit's lists.
     */
    public List<RelocationListing> listings(String company, Instant asOf) {
        return queries.query(new FindRelocationListingsQuery(Checks.optionalText("company", company, MAX_COMPANY), asOf),
                ResponseTypes.multipleInstancesOf(RelocationListing.class)).join();
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
