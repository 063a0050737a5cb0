package org.campaigntracker.cli.testimony;

import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.core.testimony.Testimony;
import org.campaigntracker.core.testimony.Testimonies;
import picocli.CommandLine.Parameters;

/** The {@code <testimony>} argument of the testimony commands: a pseudonym or an id. */
final class TestimonyRef {

    @Parameters(index = "0", paramLabel = "<testimony>", descriptionKey = "testimony.ref")
    String ref;

    @Uses
    Testimonies testimonies;

    Testimony resolve(Action action) {
        return testimonies.find(action.campaignId(), ref);
    }
}
