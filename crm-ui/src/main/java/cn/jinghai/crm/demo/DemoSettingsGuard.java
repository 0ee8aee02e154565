package cn.jinghai.crm.demo;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Demo data never goes into a production store: with {@code CRM_DEMO_DATA=true} and a PostgreSQL
 * event store ({@code CRM_EVENTSTORE_URL}) or a real MongoDB ({@code MONGODB_URI}), start-up fails
 * with a message saying so. Failing (rather than skipping with a warning) makes the configuration
 * mistake visible at deployment, before the instance serves anyone. As a bean-factory post-processor
 * it runs before any other bean is created, so no store is touched first.
 */
@Component
public class DemoSettingsGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        refusal(environment.getProperty("crm.demo-data", Boolean.class, false),
                environment.getProperty("crm.eventstore.url"), environment.getProperty("crm.mongodb.uri"))
                .ifPresent(reason -> {
                    throw new IllegalStateException(reason);
                });
    }

    /** Why demo mode is refused with these settings, if it is. */
    static Optional<String> refusal(boolean demoData, String eventStoreUrl, String mongoUri) {
        if (!demoData) {
            return Optional.empty();
        }
        if (eventStoreUrl != null && !eventStoreUrl.isBlank()) {
            return Optional.of("CRM_DEMO_DATA=true is refused with a PostgreSQL event store (CRM_EVENTSTORE_URL is set):"
                    + " demo data is only for the embedded stores. Unset CRM_DEMO_DATA to start.");
        }
        if (mongoUri != null && !mongoUri.isBlank()) {
            return Optional.of("CRM_DEMO_DATA=true is refused with a real MongoDB (MONGODB_URI is set):"
                    + " demo data is only for the embedded stores. Unset CRM_DEMO_DATA to start.");
        }
        return Optional.empty();
    }
}
