package org.campaigntracker.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;

class PasswordVerifierTest {

    @Test
    void aNewClusterKeepsScramWithFewIterationsSoEveryCommandConnectsQuickly() throws Exception {
        ConnectionSettings admin = TestPostgres.adminSettings();
        try (Connection c = admin.open(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select rolpassword from pg_authid where rolname = 'tracker'")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("SCRAM-SHA-256$64:");
        }
    }

    @Test
    void reusingARunningServerNeedsOnlyItsPortToAnswer() {
        EmbeddedPostgres pg = TestPostgres.server();
        assertThat(Jdbc.accepts(pg.port())).isTrue();
        assertThat(Jdbc.accepts(1)).isFalse();
    }
}
