package cn.jinghai.crm.funding.web;

import cn.jinghai.crm.lead.api.TrancheStatus;
import cn.jinghai.crm.funding.readmodel.FindTranchesQuery;
import cn.jinghai.crm.funding.readmodel.QueuedTranche;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The funding verification queue (district office): {@code GET /api/tranches?status=REPORTED}. */
@RestController
public class TrancheQueueController {

    private final QueryGateway queries;

    public TrancheQueueController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/tranches")
    public List<QueuedTranche> queue(@RequestParam(defaultValue = "REPORTED") TrancheStatus status) {
        return queries.query(new FindTranchesQuery(status), ResponseTypes.multipleInstancesOf(QueuedTranche.class)).join();
    }
}
