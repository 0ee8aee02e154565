package cn.jinghai.crm.target.web;

import cn.jinghai.crm.target.application.TargetService;
import cn.jinghai.crm.target.application.YearTargets;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/** A year's targets and the units' quotas (API.md): set by the district office. */
@RestController
@RequestMapping("/api/years/{year}")
public class YearController {

    private final TargetService targets;

    public YearController(TargetService targets) {
        this.targets = targets;
    }

    @PutMapping("/targets")
    public Map<String, Object> setTargets(@PathVariable int year, @RequestBody YearTargets body) {
        targets.setTargets(year, body);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("year", year);
        answer.put("externalCapitalCny", body.externalCapitalCny());
        answer.put("sixParksCny", body.sixParksCny());
        answer.put("beijingProjects", body.beijingProjects());
        return answer;
    }

    @PutMapping("/quotas/{unitCode}")
    public Map<String, Object> setQuota(@PathVariable int year, @PathVariable String unitCode, @RequestBody QuotaRequest body) {
        targets.setQuota(year, unitCode, body.quotaCny());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("year", year);
        answer.put("unitCode", unitCode);
        answer.put("quotaCny", body.quotaCny());
        return answer;
    }
}
