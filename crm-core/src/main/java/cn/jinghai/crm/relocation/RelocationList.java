package cn.jinghai.crm.relocation;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.relocation.api.CompleteRelocationListImportCommand;
import cn.jinghai.crm.relocation.api.ImportRelocationListCommand;
import cn.jinghai.crm.relocation.api.RelocationListId;
import cn.jinghai.crm.relocation.api.RelocationListImportCompletedEvent;
import cn.jinghai.crm.relocation.api.RelocationListImportedEvent;
import cn.jinghai.crm.unit.api.UnitDirectory;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One list file imported into one unit. Its rows are aggregates of their own (see
 * {@link RelocationRow}): keeping them here would make every row's command replay all earlier rows.
 */
public class RelocationList {

    static final int FILE_NAME_MAX = 255;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Set<String> FORMATS = Set.of("xlsx", "csv");

    @AggregateIdentifier
    private RelocationListId listId;
    private int rows;
    private boolean completed;

    protected RelocationList() {
        // for Axon
    }

    /** Records the import once; the same file again into the same unit records nothing and answers false. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(ImportRelocationListCommand command, MetaData metaData, UnitDirectory units) {
        Actor actor = ImportRules.requireImporter(metaData, command.unitCode());
        if (listId != null) {
            return false;
        }
        if (units.kindOf(command.unitCode()).isEmpty()) {
            throw DomainException.invalid("unitCode", "error.unit.unknown", command.unitCode());
        }
        String fileName = Checks.text("file", command.fileName(), FILE_NAME_MAX);
        if (command.sha256() == null || !SHA256.matcher(command.sha256()).matches()
                || !RelocationListId.of(command.sha256(), command.unitCode()).equals(command.listId())) {
            throw DomainException.invalid("listId", "error.import.listId");
        }
        if (!FORMATS.contains(command.format()) || command.rows() < 0 || command.sizeBytes() < 0) {
            throw DomainException.invalid("file", "error.import.unsupported");
        }
        apply(new RelocationListImportedEvent(command.listId(), fileName, command.sha256(), command.sizeBytes(),
                command.format(), command.unitCode(), command.rows(), actor.username()));
        return true;
    }

    /** Completes the import once; the tally must account for every row exactly once. */
    @CommandHandler
    public void handle(CompleteRelocationListImportCommand command, MetaData metaData) {
        ImportRules.requireImporter(metaData, unitOf(listId));
        if (completed) {
            return;
        }
        if (command.created() < 0 || command.linked() < 0 || command.rejected() < 0
                || command.created() + command.linked() + command.rejected() != rows) {
            throw DomainException.invalid(null, "error.import.tally");
        }
        apply(new RelocationListImportCompletedEvent(listId, command.created(), command.linked(), command.rejected()));
    }

    private static String unitOf(RelocationListId id) {
        return id.value().substring(id.value().indexOf('@') + 1);
    }

    @EventSourcingHandler
    void on(RelocationListImportedEvent event) {
        listId = event.listId();
        rows = event.rows();
    }

    @EventSourcingHandler
    void on(RelocationListImportCompletedEvent event) {
        completed = true;
    }
}
