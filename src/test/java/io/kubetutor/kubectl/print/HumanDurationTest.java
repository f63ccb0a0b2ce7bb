package io.kubetutor.kubectl.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values are those apimachinery's duration.HumanDuration returns for the same durations. */
class HumanDurationTest {

    @ParameterizedTest(name = "{0} ms -> {1}")
    @CsvSource({
        "-3000, <invalid>",
        "-1500, 0s",
        "0, 0s",
        "999, 0s",
        "59000, 59s",
        "119999, 119s",
        "120000, 2m",
        "123000, 2m3s",
        "600000, 10m",
        "10799000, 179m",
        "10800000, 3h",
        "10860000, 3h1m",
        "28800000, 8h",
        "169200000, 47h",
        "172800000, 2d",
        "273600000, 3d4h",
        "691200000, 8d",
        "63072000000, 2y",
        "63158400000, 2y1d",
        "252288000000, 8y",
    })
    void significantFiguresShrinkAsTheDurationGrows(long millis, String expected) {
        assertEquals(expected, HumanDuration.format(millis));
    }
}
