package com.bizosaas.console;

import com.bizosaas.console.ConsoleArea;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** The consoles' own assets: the style sheets and scripts every page, the sign-in page included, needs. */
@Dependent
public class ShellPages implements ConsoleArea {

    @Override
    public List<Pages> pages() {
        return List.of(Pages.open("/jakarta.faces.resource/"));
    }
}
