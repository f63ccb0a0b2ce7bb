package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoJsonTest {
    private static String error(String text) {
        return assertThrows(GoJson.SyntaxError.class, () -> GoJson.parse(text)).getMessage();
    }

    @Test
    void syntaxErrorsUseEncodingJsonsWords() {
        assertEquals("unexpected end of JSON input", error("{\"a\":"));
        assertEquals("invalid character 'x' looking for beginning of value", error("{\"a\":x}"));
        assertEquals("invalid character '}' after object key", error("{\"a\"}"));
        assertEquals("invalid character ']' after object key:value pair", error("{\"a\":1]"));
        assertEquals("invalid character '}' after array element", error("[1}"));
        assertEquals("invalid character '\\'' looking for beginning of object key string", error("{'a':1}"));
        assertEquals("invalid character 'x' after top-level value", error("{} x"));
        assertEquals("invalid character 'u' in literal true (expecting 'r')", error("[tu]"));
    }

    @Test
    void valuesKeepTheirJsonTypes() throws GoJson.SyntaxError {
        assertEquals(Map.of("a", List.of(1L, true, "s")), GoJson.parse("{\"a\":[1,true,\"s\"]}"));
    }
}
