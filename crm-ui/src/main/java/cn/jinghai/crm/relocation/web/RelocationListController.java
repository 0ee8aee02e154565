package cn.jinghai.crm.relocation.web;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.relocation.readmodel.FindRelocationListingsQuery;
import cn.jinghai.crm.relocation.readmodel.RelocationListing;
import cn.jinghai.crm.figures.web.AsOf;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code GET /api/relocation-lists?company=&asOf=}: on which imported lists a company (credit code
 * or name, compared in normalised form) stood as of an instant or date (end of that day, China
 * Standard Time); without {@code company}, every recorded row. Park teams see their own unit's lists.
 */
@RestController
public class RelocationListController {

    private final QueryGateway queries;

    public RelocationListController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/relocation-lists")
    public List<RelocationListing> listings(@RequestParam(required = false) String company,
                                            @RequestParam(required = false) String asOf) {
        String search = Checks.optionalText("company", company, 200);
        return queries.query(new FindRelocationListingsQuery(search, AsOf.parse(asOf)),
                ResponseTypes.multipleInstancesOf(RelocationListing.class)).join();
    }
}
