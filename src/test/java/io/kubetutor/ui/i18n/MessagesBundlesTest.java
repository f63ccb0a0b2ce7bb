package io.kubetutor.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every UI string exists in English and in Korean, and the Korean one is written in Korean. */
class MessagesBundlesTest {
    @Test
    void everyKeyOfEveryAreaExistsInBothLanguages() {
        List<String> problems = new ArrayList<>();
        for (String area : Messages.AREAS) {
            ResourceBundle en = Messages.bundle(area, Locale.ENGLISH);
            ResourceBundle ko = Messages.bundle(area, Locale.KOREAN);
            TreeSet<String> missingInKo = new TreeSet<>(en.keySet());
            missingInKo.removeAll(ko.keySet());
            TreeSet<String> missingInEn = new TreeSet<>(ko.keySet());
            missingInEn.removeAll(en.keySet());
            missingInKo.forEach(k -> problems.add(area + ": no Korean text for " + k));
            missingInEn.forEach(k -> problems.add(area + ": no English text for " + k));
            for (String k : en.keySet()) {
                if (!k.startsWith(area + ".")) {
                    problems.add(area + ": key " + k + " does not start with its area");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void koreanTextsAreNotLeftInEnglish() {
        List<String> untranslated = new ArrayList<>();
        for (String area : Messages.AREAS) {
            ResourceBundle en = Messages.bundle(area, Locale.ENGLISH);
            ResourceBundle ko = Messages.bundle(area, Locale.KOREAN);
            for (String k : ko.keySet()) {
                String v = ko.getString(k);
                // Words kept in English on purpose (kubectl, NodePort, field names) have no letters
                // to translate around them only when the whole text is such a term; allow those
                // by requiring Hangul only where the English text has more than one word.
                boolean sentence = en.containsKey(k) && en.getString(k).trim().split("\\s+").length > 1;
                if (sentence && v.codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HANGUL)) {
                    untranslated.add(area + ": " + k + " = " + v);
                }
            }
        }
        assertEquals(List.of(), untranslated);
    }

    @Test
    void koreanLocalePicksKoreanAndAnyOtherPicksEnglish() {
        assertTrue(Messages.of(Locale.KOREA).korean());
        assertTrue(!Messages.of(Locale.GERMANY).korean());
    }
}
