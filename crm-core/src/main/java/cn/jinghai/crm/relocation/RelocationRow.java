package cn.jinghai.crm.relocation;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.relocation.api.RecordRelocationRowCommand;
import cn.jinghai.crm.relocation.api.RelocationRowCreatedEvent;
import cn.jinghai.crm.relocation.api.RelocationRowId;
import cn.jinghai.crm.relocation.api.RelocationRowLinkedEvent;
import cn.jinghai.crm.relocation.api.RelocationRowRejectedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One row of an imported list, recorded once: its outcome is a fact that never changes. Created
 * only; a second recording of the same row fails on the event store's unique key and rolls back
 * with whatever else its transaction did (the lead it would have registered, for instance).
 */
public class RelocationRow {

    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 1000;
    static final int SHORT_MAX = 200;

    @AggregateIdentifier
    private RelocationRowId rowId;

    protected RelocationRow() {
        // for Axon
    }

    @CommandHandler
    public RelocationRow(RecordRelocationRowCommand c, MetaData metaData) {
        ImportRules.requireImporter(metaData, c.unitCode());
        Checks.required("listId", c.listId());
        if (c.row() < 2 || !RelocationRowId.of(c.listId(), c.row()).equals(c.rowId())) {
            throw DomainException.invalid("row", "error.import.row");
        }
        String origin = Checks.optionalText("origin", c.origin(), SHORT_MAX);
        String remarks = Checks.optionalLines("remarks", c.remarks(), TEXT_MAX);
        switch (Checks.required("outcome", c.outcome())) {
            case CREATED -> apply(new RelocationRowCreatedEvent(c.rowId(), c.listId(), c.unitCode(), c.row(),
                    Checks.required("leadId", c.leadId()), Checks.text("companyName", c.companyName(), NAME_MAX),
                    c.creditCode(), origin, remarks, c.plannedMoveDate()));
            case LINKED -> apply(new RelocationRowLinkedEvent(c.rowId(), c.listId(), c.unitCode(), c.row(),
                    Checks.required("leadId", c.leadId()), Checks.text("companyName", c.companyName(), NAME_MAX),
                    c.creditCode(), origin, remarks, c.plannedMoveDate()));
            case REJECTED -> apply(new RelocationRowRejectedEvent(c.rowId(), c.listId(), c.unitCode(), c.row(),
                    Checks.optionalText("companyName", c.companyName(), NAME_MAX),
                    Checks.optionalText("creditCode", c.rawCreditCode(), SHORT_MAX),
                    Checks.required("reason", c.reason()),
                    Checks.optionalText("column", c.column(), SHORT_MAX),
                    Checks.optionalText("detail", c.detail(), SHORT_MAX)));
        }
    }

    @EventSourcingHandler
    void on(RelocationRowCreatedEvent event) {
        rowId = event.rowId();
    }

    @EventSourcingHandler
    void on(RelocationRowLinkedEvent event) {
        rowId = event.rowId();
    }

    @EventSourcingHandler
    void on(RelocationRowRejectedEvent event) {
        rowId = event.rowId();
    }
}
