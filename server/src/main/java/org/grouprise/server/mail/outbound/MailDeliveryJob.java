package org.grouprise.server.mail.outbound;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Runs one mail delivery; failures are logged by the task runner. */
@DisallowConcurrentExecution
final class MailDeliveryJob implements Job {
    private final MailDelivery delivery;

    MailDeliveryJob(MailDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(JobExecutionContext context) {
        delivery.deliverDue();
    }
}
