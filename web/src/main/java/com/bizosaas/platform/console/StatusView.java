package com.bizosaas.platform.console;

import com.bizosaas.platform.boundary.PlatformStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** The status panel of the platform status page; refreshed by polling without a page reload. */
@Named
@ViewScoped
public class StatusView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PlatformStatus status;

    private PlatformStatus.StatusReport report;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        report = status.report();
    }

    public PlatformStatus.StatusReport getReport() {
        return report;
    }

    public String getUptime() {
        long seconds = report.serverUptime().toSeconds();
        return seconds < 120 ? seconds + " s" : seconds < 7200 ? seconds / 60 + " min" : seconds / 3600 + " h";
    }
}
