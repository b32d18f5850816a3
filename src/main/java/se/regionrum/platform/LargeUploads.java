package se.regionrum.platform;

import java.util.List;

/**
 * Paths a module accepts large uploads on (a county's OpenStreetMap extract, a national grid), as
 * a bean. Every other multipart request above the ordinary limit is refused before its body is
 * read, and large uploads are read only for signed-in users: the servlet container would otherwise
 * spool any request's file parts to disk before sign-in and CSRF are checked.
 *
 * @param patterns Ant-style path patterns, such as {@code /analysis/imports/**}
 */
public record LargeUploads(List<String> patterns) {
}
