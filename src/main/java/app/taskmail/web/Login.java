package app.taskmail.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The login page (the form posts to the security layer's {@code j_security_check}), logout, and the
 * front door that sends a logged-in employee to their projects.
 */
@Path("/")
public class Login {

    @Inject
    CurrentEmployee me;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String sessionCookie;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean loggedOut);
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/projects")).build();
    }

    @GET
    @Path("login")
    public Object login(@RestQuery boolean error, @RestQuery boolean out) {
        if (me.isLoggedIn()) {
            return Response.seeOther(URI.create("/projects")).build();
        }
        return Templates.login(error, out);
    }

    @POST
    @Path("logout")
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(sessionCookie).path("/").value("").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/login?out=true")).cookie(expired).build();
    }
}
