package org.campaigntracker.cli.stakeholder;

import java.time.LocalDate;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.Stakeholders;
import org.campaigntracker.core.stewardship.AccessDraft;
import org.campaigntracker.core.stewardship.Stewardship;
import org.campaigntracker.core.stewardship.StewardshipDraft;
import org.campaigntracker.core.stewardship.Stewardships;
import org.campaigntracker.core.store.UnitOfWork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tracker stakeholder edit <stakeholder> [fields] [--owner <member>|--no-owner] [--cadence <days>|--no-cadence]
 * [--access 1-5 [--evidence …] [--on …]]}: what is given changes, the rest stays; all of it in one unit of work,
 * each part checked against the version read.
 */
@Command(name = "edit", mixinStandardHelpOptions = true)
final class StakeholderEdit extends Action {

    @Parameters(index = "0", paramLabel = "<stakeholder>", descriptionKey = "stakeholder.query")
    String query;

    @Option(names = "--name", descriptionKey = "stakeholder.new_name")
    String newName;

    @Mixin
    StakeholderCommand.Fields fields;

    @Option(names = "--owner", paramLabel = "<member>", descriptionKey = "stakeholder.owner")
    String owner;

    @Option(names = "--no-owner", descriptionKey = "stakeholder.no_owner")
    boolean noOwner;

    @Option(names = "--cadence", paramLabel = "<days>", descriptionKey = "stakeholder.cadence")
    Integer cadence;

    @Option(names = "--no-cadence", descriptionKey = "stakeholder.no_cadence")
    boolean noCadence;

    @Option(names = "--access", paramLabel = "<1-5>", descriptionKey = "stakeholder.access")
    Integer access;

    @Option(names = "--evidence", descriptionKey = "stakeholder.access_evidence")
    String evidence;

    @Option(names = "--on", converter = DateConverter.class, descriptionKey = "stakeholder.access_on")
    LocalDate on;

    @Uses
    Stakeholders stakeholders;

    @Uses
    Stewardships stewardship;

    // Over the database the writes below are one transaction; through the API they follow each other, after every
    // name, number and date has been checked here.
    @Uses
    UnitOfWork transactions;

    StakeholderEdit(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        checkOptions();
        // Numbers and dates are checked before any name is looked up, so a prompt never precedes a refusal.
        AccessDraft rating = access == null ? null : new AccessDraft(access, on != null ? on : today(), evidence);
        Stakeholder s = find().stakeholder(query);
        Long ownerId = owner == null ? null : find().member(owner).id();
        Stakeholder saved = transactions.together(() -> {
            Stakeholder updated = stakeholderFieldsGiven() ? stakeholders.update(campaignId(), s.id(), s.version(),
                    changed(s)) : s;
            if (owner != null || noOwner || cadence != null || noCadence) {
                Stewardship current = stewardship.get(campaignId(), s.id());
                stewardship.put(campaignId(), s.id(), current.version(), new StewardshipDraft(
                        noOwner ? null : ownerId != null ? ownerId : current.ownerId(),
                        noCadence ? null : cadence != null ? cadence : current.cadenceDays()));
            }
            if (rating != null) {
                stewardship.rate(campaignId(), s.id(), rating);
            }
            return updated;
        });
        say("stakeholder.updated", saved.label());
        return 0;
    }

    private void checkOptions() {
        if (owner != null && noOwner) {
            throw InvalidInputException.of("owner", "not_with", "--no-owner");
        }
        if (cadence != null && noCadence) {
            throw InvalidInputException.of("cadence", "not_with", "--no-cadence");
        }
        if (access == null && (evidence != null || on != null)) {
            throw InvalidInputException.of(evidence != null ? "evidence" : "on", "needs", "--access");
        }
        // Checked before anything is read, so a typo in a number changes nothing.
        new StewardshipDraft(null, cadence);
    }

    private boolean stakeholderFieldsGiven() {
        return newName != null || fields.function != null || fields.org != null || fields.category != null
                || fields.power != null || fields.stance != null || fields.notes != null;
    }

    private StakeholderDraft changed(Stakeholder s) {
        StakeholderDraft d = s.toDraft();
        return new StakeholderDraft(d.kind(), StakeholderCommand.or(newName, d.name()),
                StakeholderCommand.or(fields.function, d.function()), fields.org == null ? d.organisationId()
                : Long.valueOf(StakeholderCommand.organisationId(this, stakeholders, fields.org)),
                StakeholderCommand.or(fields.category, d.category()), StakeholderCommand.or(fields.power, d.power()),
                StakeholderCommand.or(fields.stance, d.stance()), StakeholderCommand.or(fields.notes, d.notes()));
    }
}
