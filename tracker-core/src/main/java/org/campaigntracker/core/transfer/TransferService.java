package org.campaigntracker.core.transfer;

import java.time.Clock;
import java.util.List;
import org.campaigntracker.core.privacy.Person;
import org.campaigntracker.core.privacy.PrivacyService;
import org.jooq.DSLContext;

/** Exports a campaign to a {@link CampaignFile} and creates one from it, all or nothing. */
public final class TransferService {

    /** A campaign created from a file, and the people the erasure ledger made the import erase again. */
    public record Imported(long campaignId, List<Person> erasedAgain) {
        public Imported {
            erasedAgain = List.copyOf(erasedAgain);
        }
    }

    private final DSLContext dsl;
    private final Clock clock;

    public TransferService(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The campaign as of one consistent snapshot. */
    public CampaignFile export(long campaignId) {
        return dsl.transactionResult(tx -> new Exporter(tx.dsl(), campaignId).export());
    }

    /**
     * Creates the campaign of the file with everything in it; on any error nothing is written. Whoever the erasure
     * ledger says was forgotten (a file exported before a {@code privacy forget}) is erased again in the same
     * transaction, so an older export brings nobody back.
     */
    public Imported importCampaign(CampaignFile file) {
        return dsl.transactionResult(tx -> {
            long campaignId = new Importer(tx.dsl()).run(file);
            return new Imported(campaignId, new PrivacyService(tx.dsl(), clock).reapplyToImported(campaignId));
        });
    }

    /** Adds stakeholders from rows already read from a spreadsheet; see {@link StakeholderImport}. */
    public StakeholderImport.Result importStakeholders(long campaignId, StakeholderImport plan, boolean dryRun,
                                                       StakeholderImport.Progress progress) {
        try {
            return dsl.transactionResult(tx -> plan.run(tx.dsl(), campaignId, dryRun, progress));
        } catch (StakeholderImport.DryRun preview) {
            // Thrown after every row was written, so the preview saw the database's own checks; then rolled back.
            return preview.result();
        }
    }
}
