package cn.jinghai.crm.unit.web;

import cn.jinghai.crm.unit.application.UnitDetails;
import cn.jinghai.crm.unit.application.UnitService;
import cn.jinghai.crm.unit.readmodel.UnitView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Units (API.md, "Units and years"): the district office writes, every staff role reads. */
@RestController
@RequestMapping("/api/units")
public class UnitController {

    private final UnitService units;

    public UnitController(UnitService units) {
        this.units = units;
    }

    @GetMapping
    public List<UnitView> list() {
        return units.units();
    }

    @PutMapping("/{code}")
    public Map<String, String> define(@PathVariable String code, @RequestBody UnitDetails body) {
        units.define(code, body);
        return Map.of("code", code);
    }
}
