package org.campaigntracker.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class DataAccessExceptionMapperTest {

    private final DataAccessExceptionMapper mapper = new DataAccessExceptionMapper();

    @Test
    void aLostConnectionIsA503WithRetryAfter() {
        for (Throwable cause : new Throwable[] {new SQLException("An I/O error occurred", "08006"),
                new SQLException("terminating connection due to administrator command", "57P01"),
                new SQLTransientConnectionException("tracker - Connection is not available")}) {
            Response r = mapper.toResponse(new DataAccessException("Error getting connection from data source", cause));
            assertThat(r.getStatus()).as(cause.getMessage()).isEqualTo(503);
            assertThat(r.getHeaderString("Retry-After")).isEqualTo("5");
            assertThat(r.getMediaType()).isEqualTo(Problem.MEDIA);
            assertThat(((Problem) r.getEntity()).type()).endsWith("/database-unavailable");
        }
    }

    @Test
    void anyOtherDatabaseErrorIsA500WithAnErrorIdAndNoDetailOfTheCause() {
        Response r = mapper.toResponse(new DataAccessException("syntax error at or near \"selec\"",
                new SQLException("syntax error at or near \"selec\"", "42601")));
        assertThat(r.getStatus()).isEqualTo(500);
        Problem problem = (Problem) r.getEntity();
        assertThat(problem.errorId()).isNotBlank();
        assertThat(problem.detail()).doesNotContain("selec");
        assertThat(r.getHeaderString("Retry-After")).isNull();
    }
}
