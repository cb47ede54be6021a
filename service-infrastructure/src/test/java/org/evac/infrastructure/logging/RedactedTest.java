package org.evac.infrastructure.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What a log line may say about a failure whose messages quote personal data. */
class RedactedTest {

    private static final String PHONE = "+93701234567";

    private final RuntimeException failure =
            new IllegalStateException(
                    "could not opt out " + PHONE,
                    new SQLException(
                            "duplicate key value violates unique constraint; Key (channel,"
                                    + " address)=(SMS, "
                                    + PHONE
                                    + ") already exists",
                            "23505"));

    @Test
    void aDescriptionNamesTheClassesAndTheSqlStateButNoMessage() {
        assertThat(Redacted.describe(failure))
                .isEqualTo(
                        "java.lang.IllegalStateException ← java.sql.SQLException (SQLSTATE"
                                + " 23505)")
                .doesNotContain(PHONE);
    }

    @Test
    void aStackTraceKeepsWhereButNotWhat() {
        StringWriter printed = new StringWriter();
        Redacted.of(failure).printStackTrace(new PrintWriter(printed));

        assertThat(printed.toString())
                .doesNotContain(PHONE)
                .contains("java.lang.IllegalStateException")
                .contains("Caused by: java.sql.SQLException (SQLSTATE 23505)")
                .contains("at " + RedactedTest.class.getName());
    }
}
