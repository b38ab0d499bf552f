package app.taskmail.inbound;

import java.time.Instant;

/**
 * What the mailbox page shows about forwarding.
 *
 * @param forwardTo the internal address to configure as forwarding target at the provider
 * @param since     when the probe was sent ({@link ForwardingState#WAITING}) or arrived
 *                  ({@link ForwardingState#VERIFIED}); {@code null} when not checked
 */
public record ForwardingStatus(ForwardingState state, String forwardTo, Instant since) {

    public boolean verified() {
        return state == ForwardingState.VERIFIED;
    }
}
