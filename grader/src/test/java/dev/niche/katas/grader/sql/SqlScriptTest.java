package dev.niche.katas.grader.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

@WithPostgres
class SqlScriptTest {

    @Test
    void splitsOnSemicolonsOutsideQuotesCommentsAndDollarBodies() {
        String text = "-- a comment; not a statement\n"
                + "CREATE TABLE t (s text DEFAULT 'a;b', \"odd;name\" int);\n"
                + "/* block; /* nested; */ still comment */\n"
                + "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\n"
                + "\n"
                + "SELECT $$x;y$$, 'it''s;' ;  SELECT 2";
        List<SqlScript.Part> parts = SqlScript.split(text);
        assertThat(parts).extracting(SqlScript.Part::line).containsExactly(2, 4, 6, 6);
        assertThat(parts.get(0).sql()).isEqualTo("CREATE TABLE t (s text DEFAULT 'a;b', \"odd;name\" int)");
        assertThat(parts.get(1).sql()).endsWith("$body$ SELECT 1; $body$ LANGUAGE sql");
        assertThat(parts.get(2).sql()).isEqualTo("SELECT $$x;y$$, 'it''s;'");
        assertThat(parts.get(3).sql()).isEqualTo("SELECT 2");
    }

    @Test
    void aFileOfCommentsHasNoStatements() {
        assertThat(SqlScript.of("stub.sql", "-- TODO: write the schema here\n/* nothing */\n").isEmpty()).isTrue();
        assertThat(SqlScript.split("SELECT $1; SELECT a$b$c FROM x")).hasSize(2);
    }

    @Test
    void anEmptyFileReadsAsNotStarted() throws Exception {
        try (KataDatabase db = Postgres.freshDatabase("grader/empty")) {
            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                    () -> db.run(SqlScript.of("schema.sql", "-- TODO: your tables\n")));
            assertThat(dev.niche.katas.grader.NotStarted.describe(failure)).get().asString()
                    .isEqualTo("not started: schema.sql (TODO: write your statements)");
        }
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> SqlScript.resource("no/such/schema.sql"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("src/main/resources/no/such/schema.sql");
    }

    @Test
    void runsOnRealPostgresAndNamesTheFileLineAndServerMessageOfAnError() throws Exception {
        try (KataDatabase db = Postgres.freshDatabase("grader/sql-script")) {
            db.run(SqlScript.of("schema.sql", "CREATE TABLE a (id int PRIMARY KEY);\nINSERT INTO a VALUES (1);"));
            try (Connection c = db.connect(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM a")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            SqlScript broken = SqlScript.of("schema.sql", "CREATE TABLE b (id int);\n\nCREATE TABLE c (\n"
                    + "  id int,\n  name txet\n);");
            assertThatThrownBy(() -> db.run(broken)).isInstanceOf(SqlScriptError.class)
                    .hasMessageStartingWith("schema.sql line 5: ERROR: type \"txet\" does not exist");
        }
    }

    @Test
    void eachKataGetsAnEmptyDatabaseOfItsOwn() throws Exception {
        try (KataDatabase first = Postgres.freshDatabase("storage/one");
                KataDatabase second = Postgres.freshDatabase("storage/one")) {
            assertThat(first.name()).isNotEqualTo(second.name()).startsWith("kata_one_");
            first.run(SqlScript.of("x.sql", "CREATE TABLE only_here (id int)"));
            try (Connection c = second.connect(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'only_here'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
            try (Connection c = first.connect(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SHOW server_version")) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("17.");
            }
        }
    }
}
