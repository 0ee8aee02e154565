package cn.jinghai.crm.unit;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.unit.api.DefineUnitCommand;
import cn.jinghai.crm.unit.api.UnitChangedEvent;
import cn.jinghai.crm.unit.api.UnitDefinedEvent;
import cn.jinghai.crm.unit.api.UnitKind;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A unit (park, township or street, Beijing office): reference data kept by the district office. */
public class Unit {

    static final int NAME_MAX = 100;
    static final int STAFF_MAX = 100_000;

    @AggregateIdentifier
    private String code;
    private String name;
    private UnitKind kind;
    private int staff;
    private int dedicatedStaff;

    protected Unit() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DefineUnitCommand command, MetaData metaData) {
        if (!Actor.from(metaData).is(Role.DISTRICT_OFFICE)) {
            throw DomainException.forbidden("error.unit.role");
        }
        String unitCode = Checks.code("code", command.code());
        String newName = Checks.text("name", command.name(), NAME_MAX);
        UnitKind newKind = Checks.required("kind", command.kind());
        int newStaff = Checks.required("staff", command.staff());
        int newDedicated = Checks.required("dedicatedStaff", command.dedicatedStaff());
        if (newStaff < 0 || newStaff > STAFF_MAX) {
            throw DomainException.invalid("staff", "error.unit.staff", STAFF_MAX);
        }
        if (newDedicated < 0 || newDedicated > newStaff) {
            throw DomainException.invalid("dedicatedStaff", "error.unit.dedicatedStaff");
        }
        if (code == null) {
            apply(new UnitDefinedEvent(unitCode, newName, newKind, newStaff, newDedicated));
        } else if (!newName.equals(name) || newKind != kind || newStaff != staff || newDedicated != dedicatedStaff) {
            apply(new UnitChangedEvent(unitCode, newName, newKind, newStaff, newDedicated));
        }
    }

    @EventSourcingHandler
    void on(UnitDefinedEvent event) {
        assign(event.code(), event.name(), event.kind(), event.staff(), event.dedicatedStaff());
    }

    @EventSourcingHandler
    void on(UnitChangedEvent event) {
        assign(event.code(), event.name(), event.kind(), event.staff(), event.dedicatedStaff());
    }

    private void assign(String code, String name, UnitKind kind, int staff, int dedicatedStaff) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.staff = staff;
        this.dedicatedStaff = dedicatedStaff;
    }
}
