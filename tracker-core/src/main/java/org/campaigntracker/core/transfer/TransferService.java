package org.campaigntracker.core.transfer;

import java.util.List;
import org.campaigntracker.core.privacy.Person;
import org.campaigntracker.core.privacy.PrivacyService;
import org.campaigntracker.core.seal.Sealer;
import org.campaigntracker.core.store.Transactions;

/** Exports a campaign to a {@link CampaignFile} and creates one from it, all or nothing. */
public final class TransferService {

    /** A campaign created from a file, and the people the erasure ledger made the import erase again. */
    public record Imported(long campaignId, List<Person> erasedAgain) {
        public Imported {
            erasedAgain = List.copyOf(erasedAgain);
        }
    }

    private final Transactions transactions;
    private final Sealer sealer;
    private final CampaignServices services;
    private final PrivacyService privacy;

    public TransferService(Transactions transactions, Sealer sealer, CampaignServices services,
                           PrivacyService privacy) {
        this.transactions = transactions;
        this.sealer = sealer;
        this.services = services;
        this.privacy = privacy;
    }

    /** The campaign as of one consistent snapshot. */
    public CampaignFile export(long campaignId) {
        return transactions.transaction(tx -> new Exporter(tx.dsl(), sealer, services, campaignId).export());
    }

    /**
     * Creates the campaign of the file with everything in it; on any error nothing is written. Whoever the erasure
     * ledger says was forgotten (a file exported before a {@code privacy forget}) is erased again in the same
     * transaction, so an older export brings nobody back.
     */
    public Imported importCampaign(CampaignFile file) {
        return transactions.transaction(tx -> {
            long campaignId = new Importer(tx.dsl(), sealer, services).run(file);
            tx.changed(campaignId);
            return new Imported(campaignId, privacy.reapplyToImported(campaignId));
        });
    }

    /** Adds stakeholders from rows already read from a spreadsheet; see {@link StakeholderImport}. */
    public StakeholderImport.Result importStakeholders(long campaignId, StakeholderImport plan, boolean dryRun,
                                                       StakeholderImport.Progress progress) {
        try {
            return transactions.write(campaignId, tx -> plan.run(services.stakeholders(), services.contactPoints(),
                    campaignId, dryRun, progress));
        } catch (StakeholderImport.DryRun preview) {
            // Thrown after every row was written, so the preview saw the database's own checks; then rolled back.
            return preview.result();
        }
    }
}
