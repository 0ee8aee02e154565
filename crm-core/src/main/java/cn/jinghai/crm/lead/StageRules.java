package cn.jinghai.crm.lead;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.lead.api.Stage;

import java.time.LocalDate;

/**
 * When a stage move needs a reason (DOMAIN.md): anything but one step forward on the main line, or
 * resuming a held lead where it stood (or one step on), needs one; so does dropping, and reopening a
 * dropped lead.
 */
final class StageRules {

    private StageRules() {
    }

    /**
     * What a move to {@code target} on {@code date} must, and must not, carry: a contracted amount for
     * SIGNED only, a review date (not before the move) for ON_HOLD only.
     */
    static void requireWhatTheMoveNeeds(Stage target, LocalDate date, CnyAmount contracted, LocalDate reviewDate) {
        if (target == Stage.SIGNED) {
            Checks.positive("contractedCny", contracted);
        } else if (contracted != null) {
            throw DomainException.invalid("contractedCny", "error.stage.contractedOnlyForSigned");
        }
        if (target == Stage.ON_HOLD) {
            Checks.required("reviewDate", reviewDate);
            if (reviewDate.isBefore(date)) {
                throw DomainException.invalid("reviewDate", "error.stage.reviewBeforeDate");
            }
        } else if (reviewDate != null) {
            throw DomainException.invalid("reviewDate", "error.stage.reviewOnlyForHold");
        }
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
