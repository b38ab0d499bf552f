package app.taskmail.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The two ways a form handler answers: back to the form with its messages, or on to the next page. */
public final class Pages {

    private Pages() {
    }

    /**
     * Re-shows a form that was not accepted (400). The page is rendered right away, inside the handler's
     * transaction, so that it can still read everything it shows.
     */
    public static Response invalid(TemplateInstance page) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE).entity(page.render()).build();
    }

    /** Post–redirect–get: 303 to the page that shows the result. */
    public static Response redirect(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
