package se.regionrum.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A browser test that runs in the PostgreSQL pass as well as in the H2 pass: one whose flow goes
 * through the work the database coordinates between servers (background jobs, uploads, live
 * streams, registrations). See {@link BrowserPass}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface OnPostgresToo {

}
