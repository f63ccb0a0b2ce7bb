package io.kubetutor.ui.panels.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.net.Trace;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.panels.model.WhyThisPod.Section;
import io.kubetutor.session.HopRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The panels show the simulator's reasons in the window's language: Packet details, the event log
 * and "Why this pod?" word every hop, summary and kube-proxy explanation of the representative
 * traces in Korean, and in English exactly as the trace command prints them.
 */
class ReasonPanelsTest {
    private static final Messages EN = Messages.of(Locale.ENGLISH);
    private static final Messages KO = Messages.of(Locale.KOREAN);

    private static String field(List<DetailField> fields, String key) {
        return fields.stream().filter(f -> f.labelKey().equals("panels.details." + key)).map(DetailField::value)
                .findFirst().orElse(null);
    }

    @Test
    void packetDetailsGiveEachHopsReasonInTheWindowsLanguage() {
        List<String> english = new ArrayList<>();
        for (Map.Entry<String, List<Trace>> e : ReasonScenarios.all().entrySet()) {
            for (Trace t : e.getValue()) {
                for (int i = 0; i < t.hops().size(); i++) {
                    HopRef ref = new HopRef(t, i);
                    assertEquals(t.hops().get(i).reason(), field(PacketDetails.of(ref, EN), "reason"));
                    String korean = field(PacketDetails.of(ref, KO), "reason");
                    if (!ReasonWordsTest.hangul(korean)) {
                        english.add(e.getKey() + " hop " + i + ": " + korean);
                    }
                }
                List<DetailField> whole = PacketDetails.of(new HopRef(t, -1), KO);
                String summary = field(whole, "summary");
                if (summary != null && !ReasonWordsTest.hangul(summary)) {
                    english.add(e.getKey() + " summary: " + summary);
                }
                assertEquals(t.summary(), field(PacketDetails.of(new HopRef(t, -1), EN), "summary"));
            }
        }
        assertEquals(List.of(), english);
    }

    @Test
    void theEventLogWordsEveryHopRowInTheWindowsLanguage() {
        List<String> english = new ArrayList<>();
        EventRows rows = new EventRows();
        for (Map.Entry<String, List<Trace>> e : ReasonScenarios.all().entrySet()) {
            for (Trace t : e.getValue()) {
                LogEntry entry = rows.trace(t);
                for (EventRow r : entry.children()) {
                    String reason = t.hops().get(r.hop()).reason();
                    assertTrue(EventRows.fullText(r, EN).endsWith("\n" + reason), reason);
                    String summary = EventRows.summary(r, KO);
                    String full = EventRows.fullText(r, KO);
                    String words = summary.substring(summary.indexOf("  ·  ") + 5);
                    if (!ReasonWordsTest.hangul(words) || !ReasonWordsTest.hangul(full)) {
                        english.add(e.getKey() + ": " + summary);
                    }
                }
                String head = EventRows.fullText(entry.head(), KO);
                if (!ReasonWordsTest.hangul(head.substring(head.indexOf('\n') + 1))) {
                    english.add(e.getKey() + " request: " + head);
                }
            }
        }
        assertEquals(List.of(), english);
    }

    @Test
    void whyThisPodGivesKubeProxysOwnExplanationInTheWindowsLanguage() {
        int explained = 0;
        for (List<Trace> traces : ReasonScenarios.all().values()) {
            for (Trace t : traces) {
                WhyThisPod ko = WhyThisPodExplainer.of(t, KO);
                for (Section s : ko.sections()) {
                    for (String line : s.lines()) {
                        assertTrue(ReasonWordsTest.hangul(line), s.titleKey() + ": " + line);
                    }
                }
                for (Section s : WhyThisPodExplainer.of(t, EN).sections()) {
                    if (s.titleKey().equals(WhyThisPodExplainer.PROXY_WORDS)) {
                        assertEquals(List.of(t.verdict().reason()), s.lines());
                        explained++;
                    }
                }
            }
        }
        assertTrue(explained >= 10, "traces with kube-proxy's explanation: " + explained);
    }
}
