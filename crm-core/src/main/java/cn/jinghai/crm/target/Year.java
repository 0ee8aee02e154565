package cn.jinghai.crm.target;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.target.api.SetUnitQuotaCommand;
import cn.jinghai.crm.target.api.SetYearTargetsCommand;
import cn.jinghai.crm.target.api.UnitQuotaSetEvent;
import cn.jinghai.crm.target.api.YearTargetsSetEvent;
import cn.jinghai.crm.unit.api.UnitDirectory;
import cn.jinghai.crm.unit.api.UnitKind;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One year of the district's plan: its three targets and each unit's quota. Only the district
 * office sets them; each change is an event, so the history keeps every earlier value.
 */
public class Year {

    static final int MAX_PROJECTS = 100_000;

    @AggregateIdentifier
    private String year;
    private YearTargetsSetEvent targets;
    private final Map<String, CnyAmount> quotas = new HashMap<>();

    protected Year() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetYearTargetsCommand command, MetaData metaData) {
        requireOffice(metaData);
        int y = Checks.year("year", command.year());
        CnyAmount external = Checks.positive("externalCapitalCny", command.externalCapitalCny());
        CnyAmount sixParks = Checks.positive("sixParksCny", command.sixParksCny());
        int projects = Checks.required("beijingProjects", command.beijingProjects());
        if (projects < 0 || projects > MAX_PROJECTS) {
            throw DomainException.invalid("beijingProjects", "error.year.projects", MAX_PROJECTS);
        }
        if (sixParks.compareTo(external) > 0) {
            throw DomainException.invalid("sixParksCny", "error.year.sixParksAboveTotal");
        }
        YearTargetsSetEvent event = new YearTargetsSetEvent(y, external, sixParks, projects);
        if (!event.equals(targets)) {
            apply(event);
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetUnitQuotaCommand command, MetaData metaData, UnitDirectory units) {
        requireOffice(metaData);
        int y = Checks.year("year", command.year());
        String unit = Checks.code("unitCode", command.unitCode());
        UnitKind kind = units.kindOf(unit).orElseThrow(() -> DomainException.notFound("error.unit.notFound"));
        if (kind == UnitKind.OFFICE) {
            throw DomainException.invalid("unitCode", "error.quota.office");
        }
        CnyAmount quota = Checks.positive("quotaCny", command.quotaCny());
        if (!quota.equals(quotas.get(unit))) {
            apply(new UnitQuotaSetEvent(y, unit, quota));
        }
    }

    private static void requireOffice(MetaData metaData) {
        if (!Actor.from(metaData).is(Role.DISTRICT_OFFICE)) {
            throw DomainException.forbidden("error.year.role");
        }
    }


    @EventSourcingHandler
    void on(YearTargetsSetEvent event) {
        year = Integer.toString(event.year());
        targets = event;
    }

    @EventSourcingHandler
    void on(UnitQuotaSetEvent event) {
        year = Integer.toString(event.year());
        quotas.put(event.unitCode(), event.quotaCny());
    }
}
