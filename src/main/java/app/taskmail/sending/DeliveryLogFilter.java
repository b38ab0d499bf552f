package app.taskmail.sending;

import app.taskmail.account.Account;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.web.FormErrors;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The filters of the delivery log: status, sender (a mailbox id or {@code internal}) and a range of days
 * (UTC, both ends included). Blank means "any". Every query it builds is scoped to the account.
 */
public record DeliveryLogFilter(@RestQuery String status, @RestQuery String mailbox, @RestQuery String from,
        @RestQuery String to) {

    static DeliveryLogFilter none() {
        return new DeliveryLogFilter("", "", "", "");
    }

    FormErrors validate(Account account) {
        FormErrors errors = FormErrors.none();
        if (set(status) && parsedStatus() == null) {
            errors.add("status", "Choose one of the listed statuses.");
        }
        if (set(mailbox) && !SenderOption.INTERNAL_ID.equals(mailbox.strip())
                && (mailboxId() == null || Mailbox.findInAccount(account, mailboxId()).isEmpty())) {
            errors.add("mailbox", "Choose one of the listed senders.");
        }
        if (set(from) && day(from) == null) {
            errors.add("from", "Write the date as year-month-day, for example 2026-12-03.");
        }
        if (set(to) && day(to) == null) {
            errors.add("to", "Write the date as year-month-day, for example 2026-12-31.");
        }
        if (!errors.any() && set(from) && set(to) && day(from).isAfter(day(to))) {
            errors.add("to", "The last day must not come before the first day.");
        }
        return errors;
    }

    /** HQL conditions on {@code o} (an OutgoingMessage) for a filter that passed {@link #validate}. */
    String where(Map<String, Object> parameters, Account account) {
        StringBuilder where = new StringBuilder("o.account = :account");
        parameters.put("account", account);
        if (set(status)) {
            where.append(" and o.status = :status");
            parameters.put("status", parsedStatus());
        }
        if (set(mailbox)) {
            if (SenderOption.INTERNAL_ID.equals(mailbox.strip())) {
                where.append(" and o.mailbox is null");
            } else {
                where.append(" and o.mailbox.id = :mailbox");
                parameters.put("mailbox", mailboxId());
            }
        }
        if (set(from)) {
            where.append(" and o.createdAt >= :from");
            parameters.put("from", day(from).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (set(to)) {
            where.append(" and o.createdAt < :to");
            parameters.put("to", day(to).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        return where.toString();
    }

    private DeliveryStatus parsedStatus() {
        try {
            return DeliveryStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Long mailboxId() {
        try {
            return Long.parseLong(mailbox.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate day(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean set(String value) {
        return value != null && !value.isBlank();
    }
}
