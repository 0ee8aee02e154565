package cn.jinghai.crm.relocation.web;

import cn.jinghai.crm.relocation.application.ImportService;
import cn.jinghai.crm.relocation.readmodel.RelocationListing;
import cn.jinghai.crm.platform.web.AsOf;
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

    private final ImportService imports;

    public RelocationListController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping("/api/relocation-lists")
    public List<RelocationListing> listings(@RequestParam(required = false) String company,
                                            @RequestParam(required = false) String asOf) {
        return imports.listings(company, AsOf.parse(asOf));
    }
}
