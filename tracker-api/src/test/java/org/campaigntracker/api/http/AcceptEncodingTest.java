package org.campaigntracker.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptEncodingTest {

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', value = {
        "gzip, deflate, br, zstd   | true",
        "GZIP                      | true",
        "x-gzip                    | true",
        "br;q=1.0, gzip;q=0.8      | true",
        "gzip;q=0                  | false",
        "gzip ; q=0.000            | false",
        "*                         | true",
        "*;q=0                     | false",
        "*, gzip;q=0               | false",
        "gzip;q=0, *               | false",
        "deflate, br               | false",
        "identity                  | false",
        "gzip;q=abc                | false",
        "''                        | false",
    })
    void gzipIsTakenOnlyWhenTheClientAcceptsIt(String header, boolean expected) {
        assertThat(AcceptEncoding.allowsGzip(header)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void noHeaderMeansNoCoding() {
        assertThat(AcceptEncoding.allowsGzip(null)).isFalse();
    }
}
