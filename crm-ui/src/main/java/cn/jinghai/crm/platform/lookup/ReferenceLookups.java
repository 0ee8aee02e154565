package cn.jinghai.crm.platform.lookup;

import cn.jinghai.crm.chain.api.ChainDirectory;
import cn.jinghai.crm.chain.api.IndustryChainDefinedEvent;
import cn.jinghai.crm.unit.api.UnitChangedEvent;
import cn.jinghai.crm.unit.api.UnitDefinedEvent;
import cn.jinghai.crm.unit.api.UnitDirectory;
import cn.jinghai.crm.unit.api.UnitKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The command side's lookups of units and chains, in the event-store database. Fed by the
 * subscribing processor {@value #PROCESSING_GROUP}, which runs inside the command's own transaction:
 * the row and the event commit together or not at all, and an error here fails the command.
 */
@Component
@ProcessingGroup(ReferenceLookups.PROCESSING_GROUP)
public class ReferenceLookups implements UnitDirectory, ChainDirectory {

    public static final String PROCESSING_GROUP = "command-lookups";

    private final JdbcTemplate jdbc;

    public ReferenceLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UnitDefinedEvent event) {
        upsertUnit(event.code(), event.kind());
    }

    @EventHandler
    void on(UnitChangedEvent event) {
        upsertUnit(event.code(), event.kind());
    }

    @EventHandler
    void on(IndustryChainDefinedEvent event) {
        jdbc.update("INSERT INTO chain_registry (code) VALUES (?) ON CONFLICT (code) DO NOTHING", event.code());
    }

    private void upsertUnit(String code, UnitKind kind) {
        jdbc.update("INSERT INTO unit_registry (code, kind) VALUES (?, ?) ON CONFLICT (code) DO UPDATE SET kind = excluded.kind",
                code, kind.name());
    }

    @Override
    public Optional<UnitKind> kindOf(String unitCode) {
        List<String> kinds = jdbc.queryForList("SELECT kind FROM unit_registry WHERE code = ?", String.class, unitCode);
        return kinds.stream().findFirst().map(UnitKind::valueOf);
    }

    @Override
    public boolean exists(String chainCode) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM chain_registry WHERE code = ?", Integer.class, chainCode);
        return n != null && n > 0;
    }

    public boolean noUnits() {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM unit_registry", Integer.class);
        return n == null || n == 0;
    }
}
