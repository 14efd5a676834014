package com.bizosaas.agents.catalogue.boundary;

import com.bizosaas.agents.catalogue.control.AgentCatalogue;
import com.bizosaas.agents.entity.Agent;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.logging.Logger;

/**
 * Puts the catalogue's agents into an empty catalogue when the platform starts, so every installation has them.
 * Once there, they are data the super-admin owns: a restart adds nothing and changes nothing.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class CatalogueSeed {

    private static final Logger LOG = Logger.getLogger(CatalogueSeed.class.getName());

    @EJB
    Agents agents;

    @PostConstruct
    void seed() {
        if (agents.count() > 0) {
            return;
        }
        int added = 0;
        for (AgentCatalogue.Definition d : AgentCatalogue.definitions()) {
            agents.add(new Agent(d.slug(), d.name(), d.category(), d.integration(), d.pattern(), d.role(), d.goal(),
                    d.promptTemplate(), d.tools(), d.modelTier(), d.minimumTier()));
            added++;
        }
        LOG.info("agent catalogue: " + added + " agents added");
    }
}
