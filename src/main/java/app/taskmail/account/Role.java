package app.taskmail.account;

/** What an employee may do. The names are the security roles used in {@code @RolesAllowed}. */
public enum Role {
    ADMIN("Administrator"),
    EMPLOYEE("Employee");

    public static final String ADMIN_ROLE = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
