package app.taskmail.mailbox;

import app.taskmail.web.FormErrors;
import app.taskmail.web.Text;
import java.util.List;
import java.util.Objects;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What the mailbox form sends. Typed values come back into the form as they were typed (the port as text);
 * the password never does. {@code testedToken} names the last "Test account" made from this form.
 */
public record MailboxForm(
        @RestForm String preset,
        @RestForm String email,
        @RestForm String displayName,
        @RestForm String host,
        @RestForm String port,
        @RestForm String security,
        @RestForm String username,
        @RestForm String password,
        @RestForm String signature,
        @RestForm boolean enabled,
        @RestForm boolean preferred,
        @RestForm String projects,
        @RestForm List<Long> projectIds,
        @RestForm String access,
        @RestForm List<Long> employeeIds,
        @RestForm List<Long> groupIds,
        @RestForm String testedToken) {

    static final String ALL = "all";
    static final String SELECTED = "selected";

    public MailboxForm {
        projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
        employeeIds = employeeIds == null ? List.of() : List.copyOf(employeeIds);
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }

    static MailboxForm blank(ProviderPreset preset) {
        return new MailboxForm(preset.name(), "", "", "", "", "", "", null, "", false, false, ALL, null, ALL, null,
                null, null).withPreset(preset);
    }

    static MailboxForm of(Mailbox m) {
        return new MailboxForm(ProviderPreset.forHost(m.host).name(), m.email, m.displayName, m.host,
                Integer.toString(m.port), m.security.name(), m.username, null, m.signature, m.enabled, m.preferred,
                m.allProjects ? ALL : SELECTED, m.projects.stream().map(p -> p.id).toList(),
                m.allEmployees ? ALL : SELECTED, m.employees.stream().map(e -> e.id).toList(),
                m.groups.stream().map(g -> g.id).toList(), null);
    }

    /** The same form with host, port and security of a preset (a custom preset changes nothing); no password. */
    MailboxForm withPreset(ProviderPreset chosen) {
        if (chosen.isCustom()) {
            return withTestedToken(testedToken);
        }
        return new MailboxForm(chosen.name(), email, displayName, chosen.host(), Integer.toString(chosen.port()),
                chosen.security().name(), username, null, signature, enabled, preferred, projects, projectIds, access,
                employeeIds, groupIds, testedToken);
    }

    /** The same form as it is shown again: the password field empty, the token of the latest test. */
    MailboxForm withTestedToken(String token) {
        return new MailboxForm(preset, email, displayName, host, port, security, username, null, signature, enabled,
                preferred, projects, projectIds, access, employeeIds, groupIds, token);
    }

    public ProviderPreset chosenPreset() {
        return ProviderPreset.named(preset);
    }

    /** Checks every field on its own; the password only for its length (it may be left empty). */
    FormErrors validate() {
        FormErrors errors = FormErrors.none();
        String address = Text.clean(email);
        errors.require("email", address, "Enter the address mail is sent from.");
        if (address != null && !Text.isEmailAddress(address)) {
            errors.add("email", "This is not a valid email address.");
        }
        singleLine(errors, "displayName", displayName, 200, "The display name");
        String server = Text.clean(host);
        errors.require("host", server, "Enter the SMTP server, for example smtp.example.com.");
        if (server != null && !HostGuard.looksLikeHost(server)) {
            errors.add("host", "This is not a host name or IP address.");
        }
        if (parsedPort() == null) {
            errors.add("port", "Enter a port between 1 and 65535.");
        }
        if (parsedSecurity() == null) {
            errors.add("security", "Choose how the connection is secured.");
        }
        errors.require("username", Text.clean(username), "Enter the username (often the full email address).");
        singleLine(errors, "username", username, 254, "The username");
        errors.maxLength("password", password, 500);
        errors.maxLength("signature", signature, 5000);
        if (signature != null && Text.hasControlCharacters(signature.replaceAll("[\r\n\t]", ""))) {
            errors.add("signature", "The signature may have several lines but no other special characters.");
        }
        return errors;
    }

    private static void singleLine(FormErrors errors, String field, String value, int max, String what) {
        errors.maxLength(field, value, max);
        if (Text.hasControlCharacters(value)) {
            errors.add(field, what + " must be a single line without special characters.");
        }
    }

    public Integer parsedPort() {
        try {
            int number = Integer.parseInt(port == null ? "" : port.strip());
            return number >= 1 && number <= 65535 ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public TransportSecurity parsedSecurity() {
        for (TransportSecurity value : TransportSecurity.values()) {
            if (value.name().equals(security)) {
                return value;
            }
        }
        return null;
    }

    boolean typedPassword() {
        return password != null && !password.isEmpty();
    }

    /** Host, port, security and username are those of the saved mailbox: its stored password may be used. */
    boolean sameConnectionAs(Mailbox mailbox) {
        return settings("").sameConnectionAs(mailbox.host, mailbox.port, mailbox.security, mailbox.username);
    }

    /** The submitted address and connection settings with this password; only for a form without errors. */
    SmtpSettings settings(String withPassword) {
        return new SmtpSettings(Text.clean(email), Text.clean(host), parsedPort(), parsedSecurity(),
                Text.clean(username), withPassword);
    }

    public boolean allProjects() {
        return !SELECTED.equals(projects);
    }

    public boolean allEmployees() {
        return !SELECTED.equals(access);
    }

    public boolean hasProject(Long id) {
        return projectIds.contains(id);
    }

    public boolean hasEmployee(Long id) {
        return employeeIds.contains(id);
    }

    public boolean hasGroup(Long id) {
        return groupIds.contains(id);
    }

    /** The form's address differs from the saved one. */
    boolean changesAddressOf(Mailbox mailbox) {
        return !Objects.equals(Text.clean(email), mailbox.email);
    }

    /** Leaves the password out, so that logging a form by mistake does not leak it. */
    @Override
    public String toString() {
        return "MailboxForm[" + email + " via " + host + ":" + port + " " + security + " as " + username
                + ", password " + (typedPassword() ? "typed" : "empty") + "]";
    }
}
