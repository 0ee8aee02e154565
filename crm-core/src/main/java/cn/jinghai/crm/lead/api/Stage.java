package cn.jinghai.crm.lead.api;

/**
 * The stages of a lead (DOMAIN.md): the main line from {@link #LEAD} to {@link #OPERATING}, and the
 * side states {@link #ON_HOLD} and {@link #DROPPED}.
 */
public enum Stage {
    LEAD(0),
    NEGOTIATING(1),
    SIGNED(2),
    REGISTERED(3),
    CONSTRUCTION(4),
    OPERATING(5),
    ON_HOLD(-1),
    DROPPED(-1);

    private final int order;

    Stage(int order) {
        this.order = order;
    }

    /** Position on the main line, or -1 for a side state. */
    public int order() {
        return order;
    }

    public boolean isMainLine() {
        return order >= 0;
    }

    /** Whether this stage is 签约 or later on the main line (counts as signed). */
    public boolean isSignedOrLater() {
        return order >= SIGNED.order;
    }
}
