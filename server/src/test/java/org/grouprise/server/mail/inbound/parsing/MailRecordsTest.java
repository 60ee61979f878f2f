package org.grouprise.server.mail.inbound.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailRecordsTest {

    @Test
    void attachmentContentCannotBeChangedThroughItsArrays() {
        byte[] content = {1, 2, 3};
        MailAttachment attachment = new MailAttachment("a.bin", "application/octet-stream", false, "", content);

        content[0] = 9;
        attachment.content()[1] = 9;

        assertThat(attachment.content()).containsExactly(1, 2, 3);
        assertThat(attachment.size()).isEqualTo(3);
    }

    @Test
    void attachmentsWithTheSameContentAreEqual() {
        MailAttachment first = new MailAttachment("a.png", "image/png", true, "x@y", new byte[] {1});
        MailAttachment second = new MailAttachment("a.png", "image/png", true, "x@y", new byte[] {1});

        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
        assertThat(first.toString()).doesNotContain("[B@");
    }

    @ParameterizedTest
    @CsvSource({"5.1.1, true, false", "4.2.2, false, true", "2.0.0, false, false"})
    void deliveryStatusTellsHardFromSoftBounces(String status, boolean hard, boolean soft) {
        DeliveryStatus delivery = new DeliveryStatus("gone@example.com", "failed", status, "");

        assertThat(delivery.hard()).isEqualTo(hard);
        assertThat(delivery.soft()).isEqualTo(soft);
    }
}
