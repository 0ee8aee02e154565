package cn.jinghai.crm.platform.lookup;

import cn.jinghai.crm.chain.api.DefineIndustryChainCommand;
import cn.jinghai.crm.chain.api.StandardChains;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.unit.api.DefineUnitCommand;
import cn.jinghai.crm.unit.api.UnitKind;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reference data every store has from its first start, recorded through the same commands as any
 * change (by the user {@value #SYSTEM}): the nine industry chains, and the units API.md fixes by
 * code (the six parks and the Beijing office) with zero staff until the office sets it.
 */
@Component
public class ReferenceDataBootstrap {

    public static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(ReferenceDataBootstrap.class);
    private static final Map<String, String> SYSTEM_ACTOR = new Actor(SYSTEM, Role.DISTRICT_OFFICE, null).toMetaData();

    private final CommandGateway commands;
    private final ReferenceLookups lookups;

    public ReferenceDataBootstrap(CommandGateway commands, ReferenceLookups lookups) {
        this.commands = commands;
        this.lookups = lookups;
    }

    /** The six parks (六大园区) and the Beijing investment office, with the codes of API.md. */
    public static Map<String, String> fixedUnits() {
        Map<String, String> units = new LinkedHashMap<>();
        units.put("ZIYA", "子牙经开区“一区三园”");
        units.put("COOP", "中日（天津）健康产业发展合作示范区");
        units.put("DQZ_INDUSTRIAL", "大邱庄工业区");
        units.put("SINO_GERMAN", "中德大邱庄生态城");
        units.put("MODERN_CONSTRUCTION", "天津现代建筑产业园");
        units.put("LOGISTICS", "国际商贸物流园");
        units.put("BEIJING_OFFICE", "驻京招商机构");
        return units;
    }

    /** Run once per start by {@code StartupBootstrap} (and by the demo loader at the demo's first instant). */
    public void run(ApplicationArguments args) {
        int chains = 0;
        for (Map.Entry<String, String> chain : StandardChains.all().entrySet()) {
            if (!lookups.exists(chain.getKey())) {
                send(new DefineIndustryChainCommand(chain.getKey(), chain.getValue()));
                chains++;
            }
        }
        int units = 0;
        if (lookups.noUnits()) {
            for (Map.Entry<String, String> unit : fixedUnits().entrySet()) {
                UnitKind kind = "BEIJING_OFFICE".equals(unit.getKey()) ? UnitKind.OFFICE : UnitKind.PARK;
                send(new DefineUnitCommand(unit.getKey(), unit.getValue(), kind, 0, 0));
                units++;
            }
        }
        if (chains + units > 0) {
            log.info("Recorded reference data: {} industry chains, {} units", chains, units);
        }
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(SYSTEM_ACTOR));
    }
}
