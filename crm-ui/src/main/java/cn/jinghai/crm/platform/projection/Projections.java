package cn.jinghai.crm.platform.projection;

import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read models' event processors: their progress, and rebuilding one or all of them from the
 * events while the application runs. A read model counts as rebuilding while it replays after a
 * reset, and after start-up until it first catches up with the store (an empty embedded read store
 * is rebuilt on every start), so the figures endpoints can answer 503 REBUILDING instead of serving
 * half-counted numbers.
 */
@Component
public class Projections {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    /** Processors that have caught up with the store at least once since start-up or their last reset. */
    private final Set<String> caughtUpOnce = ConcurrentHashMap.newKeySet();
    /**
     * Processors that must reach the store's head by position: Axon's own "caught up" flag stays set
     * once reached, so after a bulk load it would still claim a processor that is far behind.
     */
    private final Set<String> mustReachHead = ConcurrentHashMap.newKeySet();

    public Projections(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** Every streaming read model, by name. */
    public Map<String, StreamingEventProcessor> processors() {
        Map<String, StreamingEventProcessor> result = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                result.put(name, streaming);
            }
        });
        return result;
    }

    public List<ProjectionStatus> status() {
        long head = head();
        List<ProjectionStatus> result = new ArrayList<>();
        processors().forEach((name, processor) -> result.add(status(name, processor, head)));
        return result;
    }

    public boolean isRebuilding(String name) {
        StreamingEventProcessor processor = processors().get(name);
        if (processor == null) {
            return false;
        }
        if (caughtUpOnce.contains(name) && !processor.isReplaying()) {
            return false; // complete: no need to ask the store for its head on every request
        }
        return status(name, processor, head()).rebuilding();
    }

    /** Refuses with 503 REBUILDING while the named read model is not complete. */
    public void requireReady(String name) {
        if (isRebuilding(name)) {
            throw new DomainException(ErrorCode.REBUILDING, "error.rebuilding", null);
        }
    }

    /**
     * After a bulk load into the store (the demo district at first start), every read model counts as
     * incomplete again until it reaches the new head: figures answer REBUILDING meanwhile instead of
     * showing the empty store they had caught up with.
     */
    public void storeGrewInBulk() {
        mustReachHead.addAll(processors().keySet());
        caughtUpOnce.clear();
    }

    /** Resets the named read model (or all, for {@code null}) and replays it from the first event. */
    public List<String> rebuild(String name) {
        Map<String, StreamingEventProcessor> all = processors();
        if (name != null && !all.containsKey(name)) {
            throw DomainException.invalid("projection", "error.projection.unknown", name);
        }
        List<String> rebuilt = new ArrayList<>();
        all.forEach((processorName, processor) -> {
            if (name == null || name.equals(processorName)) {
                caughtUpOnce.remove(processorName);
                processor.shutDown();
                processor.resetTokens();
                processor.start();
                rebuilt.add(processorName);
            }
        });
        return rebuilt;
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long position = -1;
        boolean caughtUp = !segments.isEmpty();
        boolean byPosition = mustReachHead.contains(name);
        for (EventTrackerStatus segment : segments.values()) {
            position = Math.max(position, segment.getCurrentPosition().orElse(-1));
            caughtUp &= (segment.isCaughtUp() && !byPosition) || segment.getCurrentPosition().orElse(-1) >= head;
        }
        if (head < 0) {
            caughtUp = true; // an empty store: nothing to replay
        }
        if (caughtUp && !processor.isReplaying()) {
            caughtUpOnce.add(name);
            mustReachHead.remove(name);
        }
        boolean rebuilding = processor.isReplaying() || !caughtUpOnce.contains(name);
        int percent = head <= 0 ? 100 : (int) Math.min(100, Math.max(0, position) * 100 / head);
        return new ProjectionStatus(name, rebuilding, position, head, rebuilding ? percent : 100);
    }

    private long head() {
        TrackingToken token = eventStore.createHeadToken();
        return token == null ? -1 : token.position().orElse(-1);
    }
}
