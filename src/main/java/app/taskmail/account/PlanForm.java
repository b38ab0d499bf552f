package app.taskmail.account;

import app.taskmail.web.FormErrors;
import app.taskmail.web.Text;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The plan and the optional trial end of an account. The trial end comes from an
 * {@code <input type="datetime-local">} and is read as UTC (the page says so); empty means no trial. An end
 * in the past is accepted: it records a trial that is over.
 */
public record PlanForm(@RestForm String plan, @RestForm String trialEndsAt) {

    private static final DateTimeFormatter INPUT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    static PlanForm of(Account account) {
        return new PlanForm(account.plan.name(),
                account.trialEndsAt == null ? "" : INPUT.format(account.trialEndsAt));
    }

    FormErrors validate() {
        FormErrors errors = FormErrors.none();
        if (parsedPlan() == null) {
            errors.add("plan", "Choose one of the plans.");
        }
        String trial = Text.clean(trialEndsAt);
        if (trial != null && parsedTrialEnd() == null) {
            errors.add("trialEndsAt", "Enter a date and time such as 2030-12-31T18:00, or leave it empty for no trial.");
        }
        return errors;
    }

    Plan parsedPlan() {
        try {
            return plan == null ? null : Plan.valueOf(plan);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The trial end as an instant (the typed wall time in UTC), or {@code null} when empty or unreadable. */
    Instant parsedTrialEnd() {
        String trial = Text.clean(trialEndsAt);
        if (trial == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(trial).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    void applyTo(Account account) {
        account.plan = parsedPlan();
        account.trialEndsAt = parsedTrialEnd();
    }
}
