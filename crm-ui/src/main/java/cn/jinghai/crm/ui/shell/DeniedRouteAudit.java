package cn.jinghai.crm.ui.shell;

import cn.jinghai.crm.platform.security.AuditLog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where Vaadin sends a signed-in user who opens a page their role may not (a park team typing
 * {@code /funding}, an ambassador {@code /leads}): the refusal is audited as on the API
 * ({@link AuditLog#refused}, "UI /funding (role)"), then answered like an unknown address by
 * {@link NotFoundOrDeniedView}, as Vaadin's own {@code RouteAccessDeniedError} (which this replaces)
 * would, so nobody learns whether the page exists.
 */
@Tag(Tag.DIV)
@AnonymousAllowed
public class DeniedRouteAudit extends Component implements HasErrorParameter<AccessDeniedException> {

    private final AuditLog audit;

    public DeniedRouteAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        audit.refused("UI /" + event.getLocation().getPathWithQueryParameters(), "role");
        event.rerouteToError(NotFoundException.class, parameter.getCustomMessage());
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
