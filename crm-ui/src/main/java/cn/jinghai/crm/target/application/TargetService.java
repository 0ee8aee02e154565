package cn.jinghai.crm.target.application;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.target.api.SetUnitQuotaCommand;
import cn.jinghai.crm.target.api.SetYearTargetsCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * A year's targets and the units' quotas (考核任务), set by the district office, for the API and the
 * units screen alike. Their current values are read with the year's progress and ranking.
 */
@Service
public class TargetService {

    private final CommandGateway commands;

    public TargetService(CommandGateway commands) {
        this.commands = commands;
    }

    public void setTargets(int year, YearTargets targets) {
        commands.sendAndWait(new SetYearTargetsCommand(year, targets.externalCapitalCny(), targets.sixParksCny(),
                targets.beijingProjects()));
    }

    public void setQuota(int year, String unitCode, CnyAmount quota) {
        commands.sendAndWait(new SetUnitQuotaCommand(year, unitCode, quota));
    }
}
