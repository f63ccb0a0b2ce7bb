package io.kubetutor.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.session.Session;
import io.kubetutor.session.SessionState;
import io.kubetutor.sim.net.Reason;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A request's journey for a file: the trace command's text, and a CSV row per hop. */
class TraceExportTest {
    static final String SHOP = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 2
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: web, image: nginx, ports: [{containerPort: 80}]}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec: {type: NodePort, selector: {app: web}, ports: [{port: 80, nodePort: 30080}]}
            """;

    /** Two requests from the laptop through node1's NodePort, traced by a real session. */
    static List<Trace> twoRequests() {
        List<SessionState> states = new ArrayList<>();
        Session session = new Session(ClusterTopology.defaults(), 1, states::add, Runnable::run);
        session.applyText(SHOP);
        session.advanceBy(30_000);
        session.send("laptop", "http://192.168.1.2:30080/", RequestKind.CURL, 2);
        List<Trace> traces = new ArrayList<>();
        states.forEach(s -> traces.addAll(s.newTraces()));
        return traces;
    }

    @Test
    void theTextIsWhatTheTraceCommandPrintsRequestAfterRequest() {
        List<Trace> traces = twoRequests();
        assertEquals(2, traces.size());
        String text = TraceExport.text(traces, Reason::english);
        assertEquals(TraceText.render(traces.get(0), 1, 2) + "\n" + TraceText.render(traces.get(1), 2, 2), text);
        assertTrue(text.startsWith("request 1 of 2: curl http://192.168.1.2:30080/ from laptop\n"), text);
    }

    @Test
    void theCsvHasOneRowPerHopWithTheReasonsWordedAsAsked() {
        List<Trace> traces = twoRequests();
        String csv = TraceExport.csv(traces, r -> "«" + r.english() + "»");
        String[] lines = csv.split("\r\n");
        assertEquals(Csv.BOM + "request,hop,at,action,src,dst,reason", lines[0]);
        int hops = traces.get(0).hops().size() + traces.get(1).hops().size();
        assertEquals(1 + hops, lines.length);
        var first = traces.get(0).hops().get(0);
        assertEquals(String.join(",", "1", "1", first.at().name(), first.action().text(), first.src().toString(),
                first.dst().toString(), Csv.field("«" + first.reason() + "»")), lines[1]);
        assertTrue(lines[lines.length - 1].startsWith("2," + traces.get(1).hops().size() + ","), lines[lines.length - 1]);
        assertTrue(csv.contains(",<- "), "the way back is marked as in the text");
    }
}
