package io.kubetutor.ui.panels.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.sim.ClusterEvent;
import io.kubetutor.sim.ObjectKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventHistoryTest {
    private static LogEntry entry(long id, int children) {
        ClusterEvent e = new ClusterEvent(id, id, ClusterEvent.Kind.OBJECT_CREATED,
                ObjectKey.service("default", "s" + id), null, "", "", "service/s" + id + " created");
        EventRow head = new EventRow(id, EventRow.Kind.EVENT, id, "api-server", EventType.CREATED, e, null, -1);
        List<EventRow> kids = java.util.stream.IntStream.range(0, children).mapToObj(i -> head).toList();
        return new LogEntry(head, kids);
    }

    @Test
    void theOldestWholeEntriesGoWhenTheRowLimitIsPassed() {
        EventHistory h = new EventHistory(10);
        assertEquals(List.of(), h.add(entry(1, 3)));
        assertEquals(List.of(), h.add(entry(2, 3)));
        assertEquals(8, h.rows());
        List<LogEntry> dropped = h.add(entry(3, 3));
        assertEquals(1, dropped.size());
        assertEquals(1, dropped.get(0).head().id());
        assertEquals(8, h.rows());
        assertEquals(List.of(2L, 3L), h.entries().stream().map(e -> e.head().id()).toList());
    }

    @Test
    void aLongClassStaysWithinFiveThousandRows() {
        EventHistory h = new EventHistory();
        for (int i = 0; i < 20_000; i++) {
            h.add(entry(i, i % 12));
            if (h.rows() > EventHistory.DEFAULT_MAX_ROWS) {
                throw new AssertionError("rows " + h.rows() + " after " + i);
            }
        }
        assertEquals(19_999, h.entries().get(h.entries().size() - 1).head().id());
    }

    @Test
    void theNewestEntryStaysEvenWhenItAloneIsOverTheLimit() {
        EventHistory h = new EventHistory(5);
        h.add(entry(1, 0));
        List<LogEntry> dropped = h.add(entry(2, 9));
        assertEquals(1, dropped.size());
        assertEquals(10, h.rows());
        assertEquals(2, h.entries().get(0).head().id());
    }

    @Test
    void clearForgetsEverything() {
        EventHistory h = new EventHistory(5);
        h.add(entry(1, 2));
        h.clear();
        assertEquals(0, h.rows());
        assertEquals(List.of(), h.entries());
    }
}
