package org.campaigntracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The subcommand is found before parsing: it decides which commands are built and whether a server's start begins. */
class CommandWordTest {

    @Test
    void theFirstWordThatIsNeitherAnOptionNorAnOptionsValue() {
        assertThat(Main.commandWord(new String[] {"serve", "--port", "9000"})).isEqualTo("serve");
        assertThat(Main.commandWord(new String[] {"--lang", "fr", "demo"})).isEqualTo("demo");
        assertThat(Main.commandWord(new String[] {"--campaign", "serve", "status"})).isEqualTo("status");
        assertThat(Main.commandWord(new String[] {"--verbose", "meeting", "log"})).isEqualTo("meeting");
    }

    @Test
    void noWordWhenTheLineHasOnlyOptions() {
        assertThat(Main.commandWord(new String[] {"--version"})).isNull();
        assertThat(Main.commandWord(new String[] {"--lang", "serve"})).isNull();
        assertThat(Main.commandWord(new String[] {})).isNull();
    }
}
