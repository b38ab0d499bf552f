package app.taskmail.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How instants read in pages: {@code {comment.createdAt.when}}. Times are shown in UTC and say so. */
@TemplateExtension
public class Formats {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter INPUT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** The value of an {@code <input type="datetime-local">}, in UTC. */
    static String inputValue(Instant instant) {
        return instant == null ? "" : INPUT.format(instant);
    }
}
