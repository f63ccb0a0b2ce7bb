package io.kubetutor.ui.panels.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.net.Hop;
import io.kubetutor.sim.net.Reason;
import io.kubetutor.sim.net.ReasonTemplates;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.sim.net.app.NonHttpReply;
import io.kubetutor.ui.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The window's words for the simulator's reasons: English exactly as the simulator (and the trace
 * command) has always printed it, Korean for every key and every sentence of the representative traces.
 */
class ReasonWordsTest {
    private static final Messages EN = Messages.of(Locale.ENGLISH);
    private static final Messages KO = Messages.of(Locale.KOREAN);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static Map<String, List<Trace>> scenarios;

    @BeforeAll
    static void traceTheScenarios() {
        scenarios = ReasonScenarios.all();
    }

    static boolean hangul(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Every reason a trace carries: its hops', its summary, kube-proxy's verdict, the ingress route, a non-HTTP reply. */
    static List<Reason> reasons(Trace t) {
        List<Reason> out = new ArrayList<>();
        t.hops().forEach(h -> out.add(h.because()));
        out.add(t.summaryBecause());
        if (t.verdict() != null) {
            out.add(t.verdict().because());
        }
        if (t.ingress() != null) {
            out.add(t.ingress().because());
        }
        if (t.reply() instanceof NonHttpReply n) {
            out.add(n.because());
        }
        return out;
    }

    private static void keys(Reason r, Set<String> into) {
        into.add(r.key());
        for (Object a : r.args()) {
            if (a instanceof Reason nested) {
                keys(nested, into);
            }
        }
    }

    @Test
    void theWindowsEnglishPatternsAreTheSimulatorsOwn() {
        ResourceBundle en = Messages.bundle("reasons", Locale.ENGLISH);
        Map<String, String> window = new TreeMap<>();
        for (String k : en.keySet()) {
            window.put(k.substring(ReasonWords.PREFIX.length()), en.getString(k));
        }
        assertEquals(ReasonTemplates.english(), window);
    }

    @Test
    void everyKoreanPatternIsWrittenInKoreanAndFillsTheSameSlots() {
        ResourceBundle en = Messages.bundle("reasons", Locale.ENGLISH);
        ResourceBundle ko = Messages.bundle("reasons", Locale.KOREAN);
        List<String> problems = new ArrayList<>();
        for (String k : en.keySet()) {
            String english = en.getString(k);
            String korean = ko.containsKey(k) ? ko.getString(k) : null;
            if (korean == null) {
                problems.add(k + ": no Korean");
            } else if (k.equals(ReasonWords.PREFIX + Reason.LITERAL)) {
                if (!korean.equals(english)) {
                    problems.add(k + ": a literal is the same in every language");
                }
            } else if (k.startsWith(ReasonWords.PREFIX + "join.")) {
                // A separator may differ (Korean ends clauses with a full stop) but carries no words.
                if (korean.codePoints().anyMatch(Character::isLetter)) {
                    problems.add(k + ": a separator with words: " + korean);
                }
            } else if (!hangul(korean)) {
                problems.add(k + ": no Hangul in " + korean);
            } else if (!placeholders(korean).equals(placeholders(english))) {
                problems.add(k + ": fills " + placeholders(korean) + ", the English fills " + placeholders(english));
            } else if (korean.matches(".*(?<!')'(?!').*")) {
                problems.add(k + ": a single apostrophe would start a MessageFormat quote");
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * reasons-english.txt was written by the simulator before its reasons became data (commit 513ea45),
     * from the same seeded scenarios. A deliberate change to a sentence, or to how these requests are
     * routed, means writing it anew from {@link ReasonScenarios#english}; anything else is a regression.
     */
    @Test
    void theRepresentativeTracesReadInEnglishExactlyAsTheSimulatorWordedThemBefore() throws IOException {
        String before;
        try (InputStream in = ReasonWordsTest.class.getResourceAsStream("reasons-english.txt")) {
            before = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(before, ReasonScenarios.english(scenarios));
    }

    @Test
    void theWindowWordsEveryReasonInEnglishAsTheSimulatorDoes() {
        for (List<Trace> traces : scenarios.values()) {
            for (Trace t : traces) {
                for (Reason r : reasons(t)) {
                    assertEquals(r.english(), ReasonWords.text(r, EN), r.key());
                }
                for (Hop h : t.hops()) {
                    assertEquals(h.reason(), ReasonWords.text(h.because(), EN));
                }
                assertEquals(t.summary(), ReasonWords.text(t.summaryBecause(), EN));
            }
        }
    }

    @Test
    void inKoreanEveryReasonOfTheRepresentativeTracesIsKorean() {
        List<String> english = new ArrayList<>();
        for (Map.Entry<String, List<Trace>> e : scenarios.entrySet()) {
            for (Trace t : e.getValue()) {
                for (Reason r : reasons(t)) {
                    Set<String> keys = new TreeSet<>();
                    keys(r, keys);
                    String korean = ReasonWords.text(r, KO);
                    if (keys.contains(Reason.LITERAL) || !hangul(korean) || korean.equals(r.english())) {
                        english.add(e.getKey() + ": " + korean);
                    }
                }
            }
        }
        assertEquals(List.of(), english);
    }

    @Test
    void aNestedReasonIsWordedInTheSameLanguageAsTheSentenceAroundIt() {
        Trace refused = scenarios.get("refused: no endpoints").get(0);
        String korean = ReasonWords.text(refused.summaryBecause(), KO);
        assertEquals("연결 거부됨: 서비스 default/empty에 엔드포인트가 없습니다: 셀렉터 app=nothing에 맞는 파드가 "
                + "네임스페이스 default에 하나도 없습니다 (파드의 레이블을 확인하세요: kubectl get pods --show-labels)",
                korean);
        assertNotEquals(refused.summary(), korean);
        assertEquals("", ReasonWords.text(Reason.NONE, KO));
    }
}
