package app.taskmail.web;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Role;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The employee behind the current request, and through them the account every query is scoped to.
 * Templates reach it as {@code inject:me}.
 */
@RequestScoped
@Named("me")
public class CurrentEmployee {

    @Inject
    SecurityIdentity identity;

    private Employee employee;

    public boolean isLoggedIn() {
        return identity != null && !identity.isAnonymous();
    }

    /** The logged-in employee; a session whose employee no longer exists counts as logged out. */
    public Employee employee() {
        if (employee == null) {
            if (!isLoggedIn()) {
                throw new UnauthorizedException();
            }
            employee = Employee.findByLogin(identity.getPrincipal().getName())
                    .orElseThrow(UnauthorizedException::new);
        }
        return employee;
    }

    public Account account() {
        return employee().account;
    }

    public boolean isAdmin() {
        return isLoggedIn() && identity.hasRole(Role.ADMIN_ROLE);
    }

    /**
     * The name for the page header. Error pages can be rendered on an I/O thread, where the database must
     * not be touched: there the login name stands in.
     */
    public String displayName() {
        return BlockingOperationControl.isBlockingAllowed() ? employee().displayName : identity.getPrincipal().getName();
    }

    public String accountName() {
        return BlockingOperationControl.isBlockingAllowed() ? account().name : "";
    }
}
