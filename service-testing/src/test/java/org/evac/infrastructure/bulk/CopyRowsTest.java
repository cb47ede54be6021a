package org.evac.infrastructure.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CopyRowsTest {

    private enum Kind {
        WALK_IN
    }

    @Inject AgroalDataSource dataSource;

    @Test
    void writesEveryValueBackExactlyIncludingSeparatorsEscapesAndNulls() throws Exception {
        UUID awkward = UUID.randomUUID();
        UUID empty = UUID.randomUUID();
        String label = "tab\there, line\nbreak\r\nback\\slash \\N محمد کریم";
        Instant seen = Instant.parse("2021-08-31T23:59:00.123456Z");
        CopyRows rows =
                CopyRows.into(
                        "copy_probe",
                        "id",
                        "label",
                        "born",
                        "seen_at",
                        "count",
                        "verified",
                        "kind");
        rows.add(awkward, label, LocalDate.of(1986, 4, 17), seen, 42, true, Kind.WALK_IN);
        rows.add(empty, null, null, null, null, null, null);

        try (Connection connection = dataSource.getConnection()) {
            assertThat(rows.copyTo(connection)).isEqualTo(2);
            assertThat(rows.size()).isZero();
            try (PreparedStatement query =
                    connection.prepareStatement(
                            "select label, born, seen_at, count, verified, kind from copy_probe where id = ?")) {
                query.setObject(1, awkward);
                try (ResultSet rs = query.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo(label);
                    assertThat(rs.getObject(2, LocalDate.class))
                            .isEqualTo(LocalDate.of(1986, 4, 17));
                    assertThat(rs.getTimestamp(3).toInstant()).isEqualTo(seen);
                    assertThat(rs.getInt(4)).isEqualTo(42);
                    assertThat(rs.getBoolean(5)).isTrue();
                    assertThat(rs.getString(6)).isEqualTo("WALK_IN");
                }
                query.setObject(1, empty);
                try (ResultSet rs = query.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    for (int column = 1; column <= 6; column++) {
                        assertThat(rs.getObject(column)).isNull();
                    }
                }
            }
        }
    }

    @Test
    void refusesARowWithTheWrongNumberOfValues() {
        CopyRows rows = CopyRows.into("copy_probe", "id", "label");
        assertThatThrownBy(() -> rows.add(UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 values for 2 columns");
    }
}
