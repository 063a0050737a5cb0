package org.campaigntracker.cli.mobilisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.mobilisation.Mobilisation;
import org.campaigntracker.core.mobilisation.MobilisationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code tracker import counts <mobilisation> <export.csv>}: counts from a petition platform's CSV export, all or
 * nothing. Only the date (and count) column is read: names and e-mails in the file are counted, never stored. It
 * lives under {@code import} with the other commands that read a file, which the resident never runs.
 */
@Command(name = "counts", mixinStandardHelpOptions = true)
public final class MobilisationImport extends MobilisationCommand.OnMobilisation {

    /** Half a million signatures with names and e-mails fit; a larger file is surely not an export of counts. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    @Parameters(index = "0", paramLabel = "<title>", descriptionKey = "mobilisation.which")
    String title;

    @Parameters(index = "1", paramLabel = "<file.csv>", descriptionKey = "mobilisation.file")
    Path file;

    MobilisationImport(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Mobilisation m = mobilisation(title);
        String text = read(file);
        MobilisationService.Imported imported = mobilisations.importCounts(campaignId(), m.id(), m.version(), text,
                String.valueOf(file.getFileName()));
        Mobilisation after = imported.mobilisation();
        int days = imported.file().counts().size();
        var last = imported.file().counts().get(days - 1);
        say(imported.file().perSignature() ? "mobilisation.imported_signatures" : "mobilisation.imported_totals",
                after.title(), days, last.count(), date(last.countedOn()), imported.file().rows(), file.toString());
        return 0;
    }

    /** UTF-8, or Windows-1252 as spreadsheets on Windows save it: the columns read are digits and dates either way. */
    static String read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw InvalidInputException.of("file", "file_too_large", file.toString(), MAX_BYTES / 1024 / 1024);
            }
            byte[] bytes = Files.readAllBytes(file);
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return new String(bytes, Charset.forName("windows-1252"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
