package cn.jinghai.crm.ambassador.web;

import cn.jinghai.crm.ambassador.application.AmbassadorService;
import cn.jinghai.crm.figures.readmodel.StandingView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An ambassador's standing for a year (API.md): verified funds of their referred leads, the proposed
 * reward (a configurable share, {@code crm.ambassador.reward-share}, default 0.5%, capped at 500万元),
 * and the approved rewards.
 */
@RestController
public class StandingController {

    private final AmbassadorService ambassadors;

    public StandingController(AmbassadorService ambassadors) {
        this.ambassadors = ambassadors;
    }

    @GetMapping("/api/ambassadors/{username}/standing")
    public StandingView standing(@PathVariable String username, @RequestParam int year) {
        return ambassadors.standing(username, year);
    }
}
