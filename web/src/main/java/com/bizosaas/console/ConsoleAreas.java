package com.bizosaas.console;

import com.bizosaas.access.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every domain's {@link ConsoleArea}, gathered once: the menu, who may open a page, where a moved page went. */
@ApplicationScoped
public class ConsoleAreas {

    /** The outcome of looking a page up: undeclared pages are refused to everyone. */
    public record Access(boolean declared, ConsoleArea.Pages pages) {

        public boolean open() {
            return declared && pages.audience() == null;
        }

        public boolean admits(Role role) {
            return declared && (pages.audience() == null || pages.audience().includes(role));
        }
    }

    @Inject
    @Any
    Instance<ConsoleArea> areas;

    private List<ConsoleArea.Pages> pages;
    private List<ConsoleArea.MenuEntry> menu;
    private Map<String, String> moved;

    @PostConstruct
    void gather() {
        List<ConsoleArea.Pages> allPages = new ArrayList<>();
        List<ConsoleArea.MenuEntry> entries = new ArrayList<>();
        Map<String, String> movedPages = new HashMap<>();
        for (ConsoleArea area : areas) {
            allPages.addAll(area.pages());
            entries.addAll(area.menu());
            area.moved().forEach(m -> movedPages.put(m.from(), m.to()));
        }
        // the most specific declaration decides: a page before its folder, a deeper folder before its parent
        allPages.sort(Comparator.comparingInt((ConsoleArea.Pages p) -> p.path().length()).reversed());
        entries.sort(Comparator.comparingInt(ConsoleArea.MenuEntry::position));
        pages = List.copyOf(allPages);
        menu = List.copyOf(entries);
        moved = Map.copyOf(movedPages);
    }

    public Access access(String servletPath) {
        return pages.stream().filter(p -> p.covers(servletPath)).findFirst()
                .map(p -> new Access(true, p)).orElse(new Access(false, null));
    }

    public List<ConsoleArea.MenuEntry> menu() {
        return menu;
    }

    public Optional<String> movedTo(String servletPath) {
        return Optional.ofNullable(moved.get(servletPath));
    }

    /** Where a user of {@code role} arrives after signing in: the landing page of the narrowest audience holding them. */
    public String landingFor(Role role) {
        return menu.stream().filter(e -> e.landing() && e.audience().includes(role))
                .min(Comparator.comparingInt(e -> e.audience().roles().size()))
                .map(ConsoleArea.MenuEntry::outcome)
                .orElse("/index.xhtml");
    }
}
