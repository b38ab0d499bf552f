package app.taskmail.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Clears the {@link Flash} cookie once a page has been answered: any response that is not a redirect. A
 * redirect keeps it, so the notice survives a chain of redirects to the page that finally shows it.
 */
public class FlashExpiry {

    @ServerResponseFilter
    public void expireShownNotice(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getCookies().containsKey(Flash.COOKIE)
                && response.getStatusInfo().getFamily() != Response.Status.Family.REDIRECTION) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE,
                    Flash.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
        }
    }
}
