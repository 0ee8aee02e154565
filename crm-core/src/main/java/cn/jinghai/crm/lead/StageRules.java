package cn.jinghai.crm.lead;

import cn.jinghai.crm.lead.api.Stage;

/**
 * When a stage move needs a reason (DOMAIN.md): anything but one step forward on the main line, or
 * resuming a held lead where it stood (or one step on), needs one; so does dropping, and reopening a
 * dropped lead.
 */
final class StageRules {

    private StageRules() {
    }

    static boolean needsReason(Stage current, Stage lastMainStage, Stage target) {
        if (target == Stage.DROPPED || current == Stage.DROPPED) {
            return true;
        }
        if (target == Stage.ON_HOLD) {
            return false;
        }
        Stage from = current == Stage.ON_HOLD ? lastMainStage : current;
        int step = target.order() - from.order();
        if (current == Stage.ON_HOLD) {
            return step < 0 || step > 1;
        }
        return step != 1;
    }
}
