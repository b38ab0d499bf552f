package app.taskmail.project;

import app.taskmail.web.CurrentEmployee;
import io.quarkus.qute.TemplateExtension;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Downloads of the files that came with comments. The attachment is looked up through the current
 * account and the task in the path, so another account's file is a 404. Files are always sent as
 * downloads ({@code Content-Disposition: attachment}, {@code nosniff}): a file from outside must never
 * render as a page of Taskmail.
 */
@Path("/tasks")
public class TaskAttachments {

    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

    @Inject
    CurrentEmployee me;

    @GET
    @Path("{id}/attachments/{attachmentId}")
    public Response download(@RestPath long id, @RestPath long attachmentId) {
        Attachment attachment = Attachment.findOnTask(me.account(), id, attachmentId).orElseThrow(NotFoundException::new);
        return Response.ok(attachment.content)
                .type(mediaType(attachment.contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(attachment.fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    /** The files of a comment for the task page: {@code {#for file in comment.attachments}}. */
    @TemplateExtension
    static List<AttachmentInfo> attachments(Comment comment) {
        return Attachment.listFor(comment);
    }

    static String mediaType(String stored) {
        String type = stored == null ? "" : stored.toLowerCase(Locale.ROOT);
        return MEDIA_TYPE.matcher(type).matches() ? type : "application/octet-stream";
    }

    /** RFC 6266: an ASCII fallback name plus the exact name in UTF-8 ({@code filename*}). */
    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
