package cn.jinghai.crm.relocation.application;

import cn.jinghai.crm.chain.api.StandardChains;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.platform.lookup.CompanyLookups;
import cn.jinghai.crm.unit.readmodel.ChainView;
import cn.jinghai.crm.unit.readmodel.FindIndustryChainsQuery;
import cn.jinghai.crm.relocation.api.CompleteRelocationListImportCommand;
import cn.jinghai.crm.relocation.api.ImportRelocationListCommand;
import cn.jinghai.crm.relocation.api.RelocationListId;
import cn.jinghai.crm.relocation.api.RowOutcome;
import cn.jinghai.crm.unit.api.UnitDirectory;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a relocation list (API.md, {@code POST /api/imports}). Nothing is recorded until the whole
 * file has been checked and read: a refused file (403, 400, 413) leaves no trace. Then the list is
 * recorded once per (file, unit), each row in its own transaction with the lead it creates (see
 * {@link RowRecorder}), and finally the list's completion. Running the same file again re-answers the
 * recorded rows as ALREADY_IMPORTED and records only those an interrupted run did not reach.
 */
@Component
public class RelocationImporter {

    private final CommandGateway commands;
    private final QueryBus queries;
    private final TransactionTemplate transactions;
    private final EventStore events;
    private final CompanyLookups companies;
    private final UnitDirectory units;
    private final ImportProperties limits;

    public RelocationImporter(CommandGateway commands, QueryBus queries, TransactionTemplate transactions,
                              EventStore events, CompanyLookups companies, UnitDirectory units, ImportProperties limits) {
        this.commands = commands;
        this.queries = queries;
        this.transactions = transactions;
        this.events = events;
        this.companies = companies;
        this.units = units;
        this.limits = limits;
    }

    public ImportResult importList(Actor actor, String fileName, byte[] bytes, String unitCode) {
        return importList(actor, fileName, bytes, unitCode, ImportProgress.NONE);
    }

    /** The same import, telling {@code progress} how many rows are done as it goes (the web UI shows it). */
    public ImportResult importList(Actor actor, String fileName, byte[] bytes, String unitCode, ImportProgress progress) {
        requireImporter(actor, unitCode);
        if (units.kindOf(unitCode).isEmpty()) {
            throw DomainException.invalid("unitCode", "error.unit.unknown", unitCode);
        }
        FileKind kind = UploadCheck.check(fileName, bytes, limits);
        List<ParsedRow> rows = ListParser.parse(kind, bytes, limits.maxRows(), chains(actor)).rows();
        if (rows.isEmpty()) {
            throw ImportErrors.unsupported("error.import.noRows");
        }
        String sha256 = sha256(bytes);
        RelocationListId listId = RelocationListId.of(sha256, unitCode);
        Boolean fresh = send(actor, new ImportRelocationListCommand(listId, displayName(fileName), sha256, bytes.length,
                kind.format(), unitCode, rows.size()));

        RowRecorder recorder = new RowRecorder(commands, transactions, events, companies, actor, listId, unitCode);
        progress.rowsDone(0, rows.size());
        List<RowResult> results = recorder.recordAll(rows, Boolean.TRUE.equals(fresh), progress);
        send(actor, new CompleteRelocationListImportCommand(listId, tally(results, RowOutcome.CREATED),
                tally(results, RowOutcome.LINKED), tally(results, RowOutcome.REJECTED)));
        return new ImportResult(listId, results);
    }

    /** The same rule the list aggregate applies, checked before the file is read so a refusal costs nothing. */
    private static void requireImporter(Actor actor, String unitCode) {
        if (actor == null || !actor.mayWorkLeads()) {
            throw DomainException.forbidden("error.import.role");
        }
        if (unitCode == null || unitCode.isBlank()) {
            throw DomainException.invalid("unitCode", "error.required");
        }
        if (!actor.mayWorkLeadOf(unitCode)) {
            throw DomainException.forbidden("error.import.otherUnit");
        }
    }

    private Map<String, String> chains(Actor actor) {
        var query = new GenericQueryMessage<>(new FindIndustryChainsQuery(), ResponseTypes.multipleInstancesOf(ChainView.class))
                .andMetaData(actor.toMetaData());
        List<ChainView> chains = queries.query(query).join().getPayload();
        // the nine standard chains exist from a store's first start, even while the read model catches up
        Map<String, String> byCode = new LinkedHashMap<>(StandardChains.all());
        chains.forEach(c -> byCode.put(c.code(), c.name()));
        return byCode;
    }

    private <R> R send(Actor actor, Object command) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.toMetaData()));
    }

    private static int tally(List<RowResult> results, RowOutcome outcome) {
        return (int) results.stream().filter(r -> r.recorded() == outcome).count();
    }

    private static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
