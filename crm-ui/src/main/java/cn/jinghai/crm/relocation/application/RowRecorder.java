package cn.jinghai.crm.relocation.application;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.Contact;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.RegisterLeadCommand;
import cn.jinghai.crm.lead.api.UpdateLeadDetailsCommand;
import cn.jinghai.crm.platform.lookup.CompanyLookups;
import cn.jinghai.crm.relocation.api.RecordRelocationRowCommand;
import cn.jinghai.crm.relocation.api.RejectionReason;
import cn.jinghai.crm.relocation.api.RelocationListId;
import cn.jinghai.crm.relocation.api.RelocationRowCreatedEvent;
import cn.jinghai.crm.relocation.api.RelocationRowId;
import cn.jinghai.crm.relocation.api.RelocationRowLinkedEvent;
import cn.jinghai.crm.relocation.api.RelocationRowRejectedEvent;
import cn.jinghai.crm.relocation.api.RowOutcome;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Records the rows of one import run, each in its own transaction: the row's record and the lead it
 * registers (with its contact) commit together or not at all. A row already recorded, by an earlier
 * run or by a concurrent one whose record reached the store first (the row aggregate's unique key),
 * is answered from its record. A refusal of the lead (a business rule) rejects the row; any other
 * failure stops the run, leaving every finished row done, to be resumed by running the file again.
 */
final class RowRecorder {

    static final int BATCH = 100;

    private record Recorded(RowOutcome outcome, LeadId leadId, Rejection rejection) {
    }

    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final EventStore events;
    private final CompanyLookups companies;
    private final Actor actor;
    private final RelocationListId listId;
    private final String unit;

    RowRecorder(CommandGateway commands, TransactionTemplate transactions, EventStore events, CompanyLookups companies,
                Actor actor, RelocationListId listId, String unit) {
        this.commands = commands;
        this.transactions = transactions;
        this.events = events;
        this.companies = companies;
        this.actor = actor;
        this.listId = listId;
        this.unit = unit;
    }

    /**
     * Records rows in batches of {@value #BATCH}, each batch one transaction of whole rows (an fsync per
     * batch rather than per row). A batch that fails for any reason is rolled back whole and its rows
     * are recorded one by one instead, so a refused row costs only itself and a failure stops at the
     * first row it really hits. {@code fresh}: the list was recorded just now, so no row can be yet.
     */
    List<RowResult> recordAll(List<ParsedRow> rows, boolean fresh) {
        return recordAll(rows, fresh, ImportProgress.NONE);
    }

    /** As {@link #recordAll(List, boolean)}, telling {@code progress} after each batch. */
    List<RowResult> recordAll(List<ParsedRow> rows, boolean fresh, ImportProgress progress) {
        List<RowResult> results = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<ParsedRow> batch = new ArrayList<>();
            Map<Integer, RowResult> answered = new HashMap<>();
            for (ParsedRow row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                Recorded earlier = fresh ? null : recorded(RelocationRowId.of(listId, row.row()));
                if (earlier != null) {
                    answered.put(row.row(), answer(row, earlier, true));
                } else {
                    batch.add(row);
                }
            }
            List<RowResult> done;
            try {
                done = transactions.execute(status -> batch.stream().map(this::process).toList());
            } catch (RuntimeException batchFailed) {
                done = batch.stream().map(this::record).toList();
            }
            done.forEach(r -> answered.put(r.row(), r));
            rows.subList(from, Math.min(rows.size(), from + BATCH)).forEach(r -> results.add(answered.get(r.row())));
            progress.rowsDone(results.size(), rows.size());
        }
        return results;
    }

    private RowResult process(ParsedRow row) {
        RelocationRowId rowId = RelocationRowId.of(listId, row.row());
        return row.rejected() ? reject(rowId, row, row.rejection()) : matchAndRecord(rowId, row);
    }

    /** Records one row in its own transaction, answering from its record if it already has one. */
    RowResult record(ParsedRow row) {
        RelocationRowId rowId = RelocationRowId.of(listId, row.row());
        Recorded earlier = recorded(rowId);
        if (earlier != null) {
            return answer(row, earlier, true);
        }
        if (row.rejected()) {
            return once(rowId, row, () -> reject(rowId, row, row.rejection()));
        }
        try {
            return once(rowId, row, () -> matchAndRecord(rowId, row));
        } catch (DomainException refused) {
            if (refused.code() == ErrorCode.DUPLICATE_COMPANY) {
                // another unit registered the company since we matched: match again, it is now a link
                return once(rowId, row, () -> matchAndRecord(rowId, row));
            }
            return once(rowId, row, () -> reject(rowId, row, new Rejection(RejectionReason.LEAD_REFUSED, null, refused.messageKey())));
        }
    }

    /** Runs {@code work} in one transaction; if it fails because the row got recorded meanwhile, answers that record. */
    private RowResult once(RelocationRowId rowId, ParsedRow row, Supplier<RowResult> work) {
        try {
            return transactions.execute(status -> work.get());
        } catch (RuntimeException e) {
            Recorded concurrent = recorded(rowId);
            if (concurrent != null) {
                return answer(row, concurrent, true);
            }
            DomainException refusal = refusal(e);
            throw refusal != null ? refusal : e;
        }
    }

    private RowResult matchAndRecord(RelocationRowId rowId, ParsedRow row) {
        List<CompanyLookups.CompanyLead> candidates = companies.activeLeads(row.creditCode(), row.companyName());
        LeadMatch.Decision decision = LeadMatch.decide(row, candidates, unit);
        return switch (decision.kind()) {
            case LINK -> {
                send(recordCommand(rowId, row, RowOutcome.LINKED, decision.lead().leadId(), null));
                yield new RowResult(row.row(), ImportOutcome.LINKED, RowOutcome.LINKED,
                        visible(decision.lead().leadId(), decision.lead().unitCode()), null);
            }
            case CONFLICT -> reject(rowId, row, new Rejection(RejectionReason.CREDIT_CODE_CONFLICT,
                    ListColumn.CREDIT_CODE.header(), row.creditCode().value()));
            case CREATE -> {
                LeadId leadId = LeadId.random();
                send(new RegisterLeadCommand(leadId, row.companyName(), row.creditCode(), row.projectName(),
                        row.industryChain(), Channel.RELOCATION_LIST, CapitalOrigin.DOMESTIC_OUTSIDE_CITY,
                        row.plannedInvestmentCny(), true, false, false, unit));
                if (row.contactName() != null) {
                    send(new UpdateLeadDetailsCommand(leadId, null, Set.of("contacts"), null, null, null, null, null,
                            null, null, null, null, null, List.of(new Contact(row.contactName(), null, row.contactPhone())), null));
                }
                send(recordCommand(rowId, row, RowOutcome.CREATED, leadId, null));
                yield new RowResult(row.row(), ImportOutcome.CREATED, RowOutcome.CREATED, leadId, null);
            }
        };
    }

    private RowResult reject(RelocationRowId rowId, ParsedRow row, Rejection why) {
        send(recordCommand(rowId, row, RowOutcome.REJECTED, null, why));
        return new RowResult(row.row(), ImportOutcome.REJECTED, RowOutcome.REJECTED, null, why);
    }

    private RecordRelocationRowCommand recordCommand(RelocationRowId rowId, ParsedRow row, RowOutcome outcome, LeadId leadId,
                                                     Rejection why) {
        boolean rejected = outcome == RowOutcome.REJECTED;
        return new RecordRelocationRowCommand(rowId, listId, unit, row.row(), outcome, leadId,
                rejected ? cut(row.companyName(), 200) : row.companyName(), rejected ? null : row.creditCode(),
                cut(row.rawCreditCode(), 200), rejected ? null : row.origin(), rejected ? null : row.remarks(),
                rejected ? null : row.plannedMoveDate(), rejected ? why.reason() : null,
                rejected ? cut(why.column(), 200) : null, rejected ? cut(why.detail(), 200) : null);
    }

    /** A row answered again: rejected rows keep their reason; imported ones are ALREADY_IMPORTED (lead id if visible). */
    private RowResult answer(ParsedRow row, Recorded recorded, boolean again) {
        if (recorded.outcome() == RowOutcome.REJECTED) {
            return new RowResult(row.row(), ImportOutcome.REJECTED, RowOutcome.REJECTED, null, recorded.rejection());
        }
        LeadId visible = companies.unitOf(recorded.leadId()).map(owner -> visible(recorded.leadId(), owner)).orElse(null);
        return new RowResult(row.row(), again ? ImportOutcome.ALREADY_IMPORTED : ImportOutcome.valueOf(recorded.outcome().name()),
                recorded.outcome(), visible, null);
    }

    /** A park team sees only its own unit's lead ids; another unit's lead is never named (DOMAIN.md). */
    private LeadId visible(LeadId leadId, String leadUnit) {
        return actor.mayWorkLeadOf(leadUnit) ? leadId : null;
    }

    private Recorded recorded(RelocationRowId rowId) {
        DomainEventStream stream = events.readEvents(rowId.value());
        if (!stream.hasNext()) {
            return null;
        }
        Object payload = stream.next().getPayload();
        if (payload instanceof RelocationRowCreatedEvent e) {
            return new Recorded(RowOutcome.CREATED, e.leadId(), null);
        }
        if (payload instanceof RelocationRowLinkedEvent e) {
            return new Recorded(RowOutcome.LINKED, e.leadId(), null);
        }
        RelocationRowRejectedEvent e = (RelocationRowRejectedEvent) payload;
        return new Recorded(RowOutcome.REJECTED, null, new Rejection(e.reason(), e.column(), e.detail()));
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.toMetaData()));
    }

    private static DomainException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
        }
        return null;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
