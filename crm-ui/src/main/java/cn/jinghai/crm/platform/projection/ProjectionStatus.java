package cn.jinghai.crm.platform.projection;

/**
 * Where a read model stands: {@code rebuilding} while it replays after a reset, or catches up after
 * the application started on an empty read store; {@code position} and {@code head} are global event
 * indexes (the last one it applied, the last one stored).
 */
public record ProjectionStatus(String name, boolean rebuilding, long position, long head, int percent) {
}
