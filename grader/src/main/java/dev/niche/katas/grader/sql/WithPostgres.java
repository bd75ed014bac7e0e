package dev.niche.katas.grader.sql;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the JVM's PostgreSQL server before the class's first test. Start-up (a few seconds, longer the first time
 * the binaries are unpacked) then counts against no check's time limit.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(WithPostgres.Startup.class)
public @interface WithPostgres {
    /** The extension behind the annotation. */
    final class Startup implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            Postgres.server();
        }
    }
}
