package cn.jinghai.crm.funding.web;

import cn.jinghai.crm.lead.api.TrancheStatus;
import cn.jinghai.crm.funding.application.FundingService;
import cn.jinghai.crm.funding.readmodel.QueuedTranche;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The funding verification queue (district office): {@code GET /api/tranches?status=REPORTED}. */
@RestController
public class TrancheQueueController {

    private final FundingService funding;

    public TrancheQueueController(FundingService funding) {
        this.funding = funding;
    }

    @GetMapping("/api/tranches")
    public List<QueuedTranche> queue(@RequestParam(defaultValue = "REPORTED") TrancheStatus status) {
        return funding.queue(status, null);
    }
}
