package io.kubetutor.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as spreadsheets read it: RFC 4180 quoting, CRLF rows, a UTF-8 byte order mark for Excel. */
class CsvTest {
    @Test
    void commasQuotesAndLineBreaksAreQuotedAndQuotesDoubled() {
        assertEquals("plain", Csv.field("plain"));
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("\"cr\rhere\"", Csv.field("cr\rhere"));
        assertEquals("\" padded \"", Csv.field(" padded "));
        assertEquals("", Csv.field(""));
        assertEquals("10.244.1.5:80", Csv.field("10.244.1.5:80"));
        assertEquals("파드 web-1", Csv.field("파드 web-1"));
    }

    @Test
    void rowsEndWithCrlfAfterTheHeaderAndTheMark() {
        String csv = new Csv(List.of("pod", "count")).row(List.of("web-1", 3)).row(Arrays.asList("a,b", null))
                .toString();
        assertEquals("\uFEFFpod,count\r\nweb-1,3\r\n\"a,b\",\r\n", csv);
    }
}
