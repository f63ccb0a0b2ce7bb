package io.kubetutor.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The simulator's reasons: every key it uses has an English template, and the templates word as the text did. */
class ReasonTemplatesTest {
    /** A string literal shaped like a reason key: "proxy.pickedOnly", "noEndpoints.podNotReady". */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z0-9]+)+)\"");

    /** Every literal in the simulator's sources that names a key of one of the templates' groups. */
    private static Set<String> keysInSources() throws IOException {
        Set<String> groups = ReasonTemplates.english().keySet().stream().map(k -> k.split("\\.")[0])
                .collect(Collectors.toSet());
        Set<String> keys = new TreeSet<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/kubetutor/sim"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path p : sources) {
            Matcher m = KEY_LITERAL.matcher(Files.readString(p));
            while (m.find()) {
                if (groups.contains(m.group(1).split("\\.")[0])) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyTheSimulatorUsesHasAnEnglishTemplateAndEveryTemplateIsUsed() throws IOException {
        Set<String> used = keysInSources();
        assertTrue(used.size() > 150, "the scan found the simulator's keys: " + used.size());
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(ReasonTemplates.english().keySet());
        assertEquals(Set.of(), missing, "keys without an English template");
        Set<String> unused = new TreeSet<>(ReasonTemplates.english().keySet());
        unused.removeAll(used);
        unused.remove(Reason.LITERAL); // only Reason.literal(...) names it, through the constant
        assertEquals(Set.of(), unused, "templates no code uses");
    }

    @Test
    void everyTemplateIsAMessageFormatPatternWithItsApostrophesDoubled() {
        List<String> bad = new ArrayList<>();
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        for (Map.Entry<String, String> e : ReasonTemplates.english().entrySet()) {
            try {
                new MessageFormat(e.getValue());
            } catch (IllegalArgumentException x) {
                bad.add(e.getKey() + ": " + x.getMessage());
            }
            if (lone.matcher(e.getValue()).find()) {
                bad.add(e.getKey() + ": a single apostrophe would start a quote");
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void argumentsArePrintedAsStringConcatenationWouldWithoutNumberGrouping() {
        Reason r = Reason.of("lb.noListener", 30080, "default/web");
        assertEquals("the load balancer has no listener on port 30080 (Service default/web does not expose it): "
                + "the packet is dropped", r.english());
        assertEquals(List.of("30080", "default/web"), r.args());
        assertEquals("established connection: conntrack sends it to web-1 (10.244.0.4:8080) as before; kube-proxy's "
                + "rules are not consulted again", Reason.of("proxy.established", "web-1",
                new HostPort("10.244.0.4", 8080)).english());
        assertEquals("no pod has null", Reason.of("end.noPodHas", (Object) null).english());
    }

    @Test
    void nestedReasonsAndJoinsAreWordedInPlace() {
        Reason to = Reason.of("snat.toNodeAddress", "192.168.1.3", "node2");
        Reason hostSent = Reason.of("snat.hostOriginated", to);
        assertEquals("the node itself sent it: kube-proxy masquerades it; SNAT to 192.168.1.3 (node2's address)",
                hostSent.english());
        Reason lines = Reason.join(Reason.LINES, List.of(Reason.of("end.delivered"), Reason.of("reply.echo")));
        assertEquals("delivered\nICMP echo reply", lines.english());
        Reason clauses = Reason.join(Reason.SEMICOLON, List.of(Reason.of("end.delivered"), Reason.of("reply.echo")));
        assertEquals("delivered; ICMP echo reply", clauses.english());
        assertEquals("", Reason.NONE.english());
        assertEquals("a, b", Reason.join(Reason.COMMA, List.of(Reason.literal("a"), Reason.literal("b"))).english());
        assertThrows(IllegalArgumentException.class, () -> Reason.join("proxy.service", List.of()));
    }

    @Test
    void aDifferentWordingWordsEveryPartWithItsOwnWords() {
        Reason r = Reason.of("end.refused", Reason.of("refused.noEndpoints", "default/web",
                Reason.of("noEndpoints.allTerminating", "app=web")));
        String worded = r.render((key, args) -> "<" + key + (args.length == 0 ? "" : ":" + String.join("|",
                java.util.Arrays.stream(args).map(String::valueOf).toList())) + ">");
        assertEquals("<end.refused:<refused.noEndpoints:default/web|<noEndpoints.allTerminating:app=web>>>", worded);
    }

    @Test
    void aReasonTheRecorderDoesNotRecordIsNeverBuilt() {
        HostPort a = new HostPort("10.0.0.1", 1);
        Recorder.OFF.hop(Place.node("node1"), Action.ROUTE, a, a, () -> {
            throw new AssertionError("built a reason while not recording");
        });
        Recorder.OFF.reply(Place.node("node1"), Action.ROUTE, a, a, () -> {
            throw new AssertionError("built a reason while not recording");
        });
        assertTrue(Recorder.OFF.hops().isEmpty());
        Recorder on = Recorder.on();
        on.hop(Place.node("node1"), Action.ROUTE, a, a, () -> Reason.of("route.acrossLanTo", "node2"));
        assertEquals("across the LAN to node2", on.hops().get(0).reason());
        assertFalse(on.hops().get(0).reply());
    }

    @Test
    void aHopOrTraceBuiltFromATextKeepsThatTextAsIs() {
        HostPort a = new HostPort("10.0.0.1", 1);
        Hop h = new Hop(Place.node("node1"), Action.ROUTE, a, a, "it's {0} as is", false);
        assertEquals("it's {0} as is", h.reason());
        assertEquals(Reason.LITERAL, h.because().key());
    }
}
