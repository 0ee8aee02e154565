package cn.jinghai.crm.rebuild.ui;

import cn.jinghai.crm.ui.support.Secondary;
import cn.jinghai.crm.platform.projection.ProjectionStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.util.function.Consumer;

/** One read model: its name, a progress bar, where it stands, and its own rebuild button. */
class ProjectionRow extends Div {

    private final ProgressBar bar = new ProgressBar(0, 100);
    private final Span state = new Span();
    private final Span position = new Span();

    ProjectionRow(String name, Consumer<String> onRebuild) {
        addClassName("card");
        addClassName("projection-row");
        setId("projection-" + name);
        H3 title = new H3(getTranslation("office.projection." + name));
        Span technical = new Span(name);
        Secondary.style(technical);
        bar.setId("projection-bar-" + name);
        state.setId("projection-state-" + name);
        Secondary.style(position);
        Button rebuild = new Button(getTranslation("office.rebuild.one"), e -> onRebuild.accept(name));
        rebuild.setId("rebuild-" + name);
        rebuild.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(title, technical, bar, new Div(state, new Span(" · "), position), rebuild);
    }

    void show(ProjectionStatus status) {
        bar.setValue(status.percent());
        bar.setIndeterminate(status.rebuilding() && status.head() <= 0);
        state.setText(status.rebuilding() ? getTranslation("office.rebuild.running", status.percent())
                : getTranslation("office.rebuild.complete"));
        state.getElement().setAttribute("data-rebuilding", String.valueOf(status.rebuilding()));
        position.setText(getTranslation("office.rebuild.position", Math.max(0, status.position()), Math.max(0, status.head())));
    }
}
