package org.campaigntracker.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.campaigntracker.core.demand.Demands;
import org.campaigntracker.core.member.Members;
import org.campaigntracker.core.stakeholder.Stakeholders;
import picocli.CommandLine.Mixin;

/**
 * Base of a leaf command that works on the current campaign: the run's context, the global options, and the
 * few helpers every command uses. Subclasses take a {@link CliContext} in their constructor and declare the
 * services they use with {@link Uses}.
 */
public abstract class Action implements Callable<Integer> {

    protected final CliContext context;

    @Mixin
    GlobalOptions global;

    // What find() resolves names with.
    @Uses
    private Stakeholders stakeholdersByName;

    @Uses
    private Demands demandsByName;

    @Uses
    private Members membersByName;

    private Long campaignId;
    private Finder finder;

    protected Action(CliContext context) {
        this.context = context;
    }

    public CliContext context() {
        return context;
    }

    public long campaignId() {
        if (campaignId == null) {
            campaignId = context.campaign().id();
        }
        return campaignId;
    }

    public Finder find() {
        if (finder == null) {
            finder = new Finder(context, campaignId(), stakeholdersByName, demandsByName, membersByName);
        }
        return finder;
    }

    protected String msg(String key, Object... args) {
        return context.messages().get(key, args);
    }

    protected void say(String key, Object... args) {
        context.out().println(msg(key, args));
        context.out().flush();
    }

    protected LocalDate today() {
        return LocalDate.now();
    }
}
