package org.campaigntracker.cli.privacy;

import java.util.List;
import java.util.Optional;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.core.audit.AuditService;
import org.campaigntracker.core.privacy.PrivacyService;
import org.campaigntracker.core.seal.DataKey;
import org.campaigntracker.core.seal.DataKeys;
import org.campaigntracker.core.seal.KeyFile;
import org.campaigntracker.core.seal.Sealer;
import picocli.CommandLine.Command;

/**
 * {@code tracker privacy rotate-key}. With a key file: a new key becomes current, the old one is kept as retired
 * (older backups need it), and every sealed value is re-encrypted. With TRACKER_DATA_KEY: the user has already set
 * the new key there and the old one in TRACKER_DATA_KEY_RETIRED; the values are re-encrypted.
 */
@Command(name = "rotate-key", mixinStandardHelpOptions = true)
final class RotateKeyCommand extends Action {

    @Uses
    Sealer sealer;

    @Uses
    PrivacyService privacy;

    @Uses
    AuditService audit;

    RotateKeyCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Sealer current = sealer;
        Optional<KeyFile> file = DataKeys.keyFile(context.env(), context.databaseConfig());
        // The file is written before any value changes: a crash in between leaves values every key still opens.
        Sealer next = file.map(f -> f.rotate(current, DataKey.generate())).orElse(current);
        int count = privacy.rotateKey(next);
        audit.record(null, context.actor(), "rotate_key", "privacy rotate-key", "data_key", List.of());
        if (file.isPresent()) {
            say("privacy.rotated_file", next.current().id(), count, file.get().path());
        } else {
            say("privacy.rotated_env", next.current().id(), count);
        }
        return 0;
    }
}
