package cn.jinghai.crm.ui.support;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every uncaught failure in a UI event becomes a notification ({@link UiErrors}), never a stack trace. */
@Component
public class UiErrorHandler implements VaadinServiceInitListener {

    private final UiErrors errors;

    public UiErrorHandler(UiErrors errors) {
        this.errors = errors;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init ->
                init.getSession().setErrorHandler(error -> errors.show(error.getThrowable())));
    }
}
