package app.taskmail.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every error becomes a page in the layout with a plain explanation; never a stack trace. Unexpected
 * failures are logged with a reference that the page shows, so a user's report can be found in the log.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance error(int status, String title, String message, String reference);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, null);
    }

    @ServerExceptionMapper
    public Response jaxrsForbidden(jakarta.ws.rs.ForbiddenException e) {
        return page(403, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        return page(status, null);
    }

    @ServerExceptionMapper(priority = 6000)
    public Response unexpected(Throwable e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected failure, reference %s", reference);
        return page(500, reference);
    }

    /** Responses that end with an error status and no body (e.g. a refused CSRF token) get the error page too. */
    @ServerResponseFilter
    public void fillEmptyErrorResponses(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status >= 400 && !response.hasEntity() && wantsHtml(request)) {
            response.setEntity(render(status, null), null, MediaType.TEXT_HTML_TYPE);
        }
    }

    private static boolean wantsHtml(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }

    static Response page(int status, String reference) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(render(status, reference)).build();
    }

    private static String render(int status, String reference) {
        ErrorText text = ErrorText.of(status);
        return Templates.error(status, text.title(), text.message(), reference).render();
    }

    record ErrorText(String title, String message) {
        static ErrorText of(int status) {
            return switch (status) {
                case 400 -> new ErrorText("This request could not be handled",
                        "The form may have expired or been sent from another page. Go back, reload the page and try again.");
                case 403 -> new ErrorText("Not allowed",
                        "Your role does not give access to this page. Ask an administrator of your account if you need it.");
                case 404 -> new ErrorText("Not found",
                        "There is nothing here, or it belongs to an account you are not part of.");
                case 405 -> new ErrorText("Not possible here", "This address does not accept that kind of request.");
                case 413 -> new ErrorText("Too large", "What was sent is larger than this page accepts.");
                case 415 -> new ErrorText("Unsupported form", "This page cannot read what was sent.");
                default -> status >= 500
                        ? new ErrorText("Something went wrong on our side",
                                "Nothing you typed was lost on the server, but this action did not complete. Try again in a moment.")
                        : new ErrorText("This request could not be handled", "Go back and try again.");
            };
        }
    }
}
