package app.taskmail.sending;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The system's own relay ({@code quarkus.mailer.*}) for mail from internal addresses: every message of a
 * free account, and the plan fallback. Same headers as a mailbox send, bounded by the same send timeout.
 */
@ApplicationScoped
public class Relay {

    @Inject
    ReactiveMailer mailer;

    @Inject
    SendingConfig config;

    public void send(OutboundMail mail) {
        Mail message = Mail.withText(mail.toHeader(), mail.subjectHeader(), mail.text())
                .setHtml(mail.html())
                .setFrom(mail.fromHeader())
                .setBounceAddress(mail.envelopeSender())
                .addHeader("Message-ID", HeaderText.singleLine(mail.messageId()));
        if (mail.replyTo() != null) {
            message.setReplyTo(HeaderText.address(mail.replyTo()));
        }
        if (mail.inReplyTo() != null) {
            message.addHeader("In-Reply-To", HeaderText.singleLine(mail.inReplyTo()));
        }
        if (mail.references() != null) {
            message.addHeader("References", HeaderText.singleLine(mail.references()));
        }
        mailer.send(message).await().atMost(config.sendTimeout());
    }
}
