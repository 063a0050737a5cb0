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

    /**
     * Adds or completes stakeholders from a sheet already read; see {@link StakeholderImport}. A dry run reads in
     * the same way and writes nothing; otherwise every write is in one transaction.
     */
    public SheetImportReport importStakeholders(long campaignId, StakeholderImport plan, boolean dryRun) {
        if (dryRun) {
            return transactions.snapshot(tx -> plan.run(tx.dsl(), sealer, services.stakeholders().list(campaignId),
                    campaignId, true));
        }
        return transactions.write(campaignId, tx -> plan.run(tx.dsl(), sealer,
                services.stakeholders().list(campaignId), campaignId, false));
    }

    /** Logs interactions from a sheet already read; see {@link InteractionImport}. */
    public SheetImportReport importInteractions(long campaignId, InteractionImport plan, boolean dryRun) {
        if (dryRun) {
            return transactions.snapshot(tx -> plan.run(tx.dsl(), sealer, services.stakeholders().list(campaignId),
                    services.demands().demands(campaignId), services.interactions(), campaignId, true));
        }
        return transactions.write(campaignId, tx -> plan.run(tx.dsl(), sealer,
                services.stakeholders().list(campaignId), services.demands().demands(campaignId),
                services.interactions(), campaignId, false));
    }
}
