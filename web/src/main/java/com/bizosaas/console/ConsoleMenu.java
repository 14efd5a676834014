package com.bizosaas.console;

import com.bizosaas.access.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The consoles' menu, made of every domain's entries ({@link ConsoleArea}): the sections the user may open — a menu of
 * ten entries of which a manager may use three sent people to dead ends — and, marked so, those whose pages are not
 * built yet. The section of the page on screen is the current one (the page itself, or failing that its folder).
 */
@Named
@RequestScoped
public class ConsoleMenu {

    @Inject
    ConsoleAreas areas;

    @Inject
    TenantContext caller;

    public List<ConsoleArea.MenuEntry> getSections() {
        return areas.menu().stream().filter(section -> !section.built() || mayOpen(section)).toList();
    }

    /** Whether the page on screen belongs to this section: it is the section's page, or in its folder. */
    public boolean isCurrent(ConsoleArea.MenuEntry section) {
        if (!section.built()) {
            return false;
        }
        String viewId = viewId();
        if (viewId.equals(section.outcome())) {
            return true;
        }
        boolean anotherSectionsPage = getSections().stream().anyMatch(s -> viewId.equals(s.outcome()));
        return !anotherSectionsPage && !section.outcome().equals("/index.xhtml") && viewId.startsWith(folder(section.outcome()));
    }

    private static String folder(String page) {
        return page.substring(0, page.lastIndexOf('/') + 1);
    }

    private static String viewId() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
    }

    public boolean mayOpen(ConsoleArea.MenuEntry section) {
        return caller.isIn(section.audience());
    }

    public String tooltip(ConsoleArea.MenuEntry section) {
        if (!section.built()) {
            return section.label() + " is on its way";
        }
        return section.label();
    }
}
