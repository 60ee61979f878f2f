package org.grouprise.server.tasks;

import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

import java.util.Map;
import java.util.function.Supplier;

/** Makes job instances with the suppliers of the composition root instead of by reflection. */
final class SupplierJobFactory implements JobFactory {
    private final Map<Class<? extends Job>, Supplier<? extends Job>> factories;

    SupplierJobFactory(Map<Class<? extends Job>, Supplier<? extends Job>> factories) {
        this.factories = Map.copyOf(factories);
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        Supplier<? extends Job> factory = factories.get(type);
        if (factory == null) {
            throw new SchedulerException("No factory for job class " + type.getName()
                + "; is this node running an older version than the one that scheduled it?");
        }
        return factory.get();
    }
}
