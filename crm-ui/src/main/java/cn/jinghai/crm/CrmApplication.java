package cn.jinghai.crm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The investment-attraction CRM: REST API (and later the Vaadin views) on the event-sourced core. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CrmApplication {

    public static void main(String[] args) {
        // The machine has no network and the product must not call home: switch Axon's update check off.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(CrmApplication.class, args);
    }
}
