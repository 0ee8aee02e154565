package cn.jinghai.crm.chain.web;

import cn.jinghai.crm.chain.application.ChainService;
import cn.jinghai.crm.unit.readmodel.ChainView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Industry chains (API.md, "Codes"): nine from the first start; the district office may add more. */
@RestController
@RequestMapping("/api/industry-chains")
public class ChainController {

    private final ChainService chains;

    public ChainController(ChainService chains) {
        this.chains = chains;
    }

    @GetMapping
    public List<ChainView> list() {
        return chains.chains();
    }

    @PutMapping("/{code}")
    public Map<String, String> define(@PathVariable String code, @RequestBody ChainRequest body) {
        chains.define(code, body.name());
        return Map.of("code", code);
    }
}
