package org.grouprise.server.mail.inbound.parsing;

/**
 * What a delivery status notification (RFC 3464) says about the recipient it reports on: the address from
 * {@code Final-Recipient}, the {@code Action} (failed, delayed, delivered, relayed, expanded), the status code
 * such as {@code 5.1.1} and the remote server's diagnostic (empty when it gave none).
 */
public record DeliveryStatus(String recipient, String action, String status, String diagnostic) {

    /** A permanent failure (status 5.x.x): the address should stop receiving mail after a few of these. */
    public boolean hard() {
        return status.startsWith("5");
    }

    /** A temporary failure (status 4.x.x): the mail server is still trying. */
    public boolean soft() {
        return status.startsWith("4");
    }
}
