package org.campaigntracker.core.transfer;

import org.jooq.DSLContext;

/** Exports a campaign to a {@link CampaignFile} and creates one from it, all or nothing. */
public final class TransferService {

    private final DSLContext dsl;

    public TransferService(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The campaign as of one consistent snapshot. */
    public CampaignFile export(long campaignId) {
        return dsl.transactionResult(tx -> new Exporter(tx.dsl(), campaignId).export());
    }

    /** Creates the campaign of the file with everything in it; on any error nothing is written. */
    public long importCampaign(CampaignFile file) {
        return dsl.transactionResult(tx -> new Importer(tx.dsl()).run(file));
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
