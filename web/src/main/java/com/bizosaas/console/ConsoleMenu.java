package com.bizosaas.console;

import com.bizosaas.access.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The consoles' menu, made of every domain's entries ({@link ConsoleArea}). A section the user may not open is shown
 * disabled rather than hidden, so people learn what the platform offers and whom to ask; sections whose pages are
 * not built yet say so instead of leading to an error.
 */
@Named
@RequestScoped
public class ConsoleMenu {

    @Inject
    ConsoleAreas areas;

    @Inject
    TenantContext caller;

    public List<ConsoleArea.MenuEntry> getSections() {
        return areas.menu();
    }

    public boolean mayOpen(ConsoleArea.MenuEntry section) {
        return caller.isIn(section.audience());
    }

    public String tooltip(ConsoleArea.MenuEntry section) {
        if (!section.built()) {
            return section.label() + " is on its way";
        }
        return mayOpen(section) ? section.label() : "Open to " + section.audience().describe();
    }
}
