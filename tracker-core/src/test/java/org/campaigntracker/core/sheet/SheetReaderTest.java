package org.campaigntracker.core.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SheetReaderTest {

    private static final List<List<Object>> CONTACTS = List.of(
            Arrays.asList("Contacts de la campagne CAF", null, null),
            Arrays.asList(null, null, null),
            Arrays.asList("Nom", "Pouvoir", "Depuis"),
            Arrays.asList("Nicolas Grivel", 5, LocalDate.of(2023, 1, 17)),
            Arrays.asList("Claire Hédon", null, "12/03/2022"));

    @Test
    void xlsxCellsComeAsTextWithTheirSpreadsheetAddress() {
        Sheet sheet = SheetReader.read("contacts.xlsx", SheetFiles.xlsx("Contacts", CONTACTS), null);
        assertThat(sheet.name()).isEqualTo("Contacts");
        assertRows(sheet);
        assertThat(sheet.rows().get(2).where(2)).isEqualTo("Contacts!C4");
    }

    @Test
    void odsReadsTheSameWayAndSheetChoosesTheSheet() {
        byte[] ods = SheetFiles.ods("Élus", CONTACTS);
        assertThat(SheetReader.read("c.ods", ods, null).name()).isEqualTo("Intro");
        Sheet sheet = SheetReader.read("c.ods", ods, "Élus");
        assertRows(sheet);
        assertThatThrownBy(() -> SheetReader.read("c.ods", ods, "Presse")).isInstanceOf(SheetException.class)
                .hasMessageContaining("no sheet named “Presse”; sheets: Intro, Élus");
        assertThatThrownBy(() -> SheetReader.read("c.xlsx", SheetFiles.xlsx("Contacts", CONTACTS), "Presse"))
                .hasMessageContaining("sheets: Contacts, Other");
    }

    private static void assertRows(Sheet sheet) {
        // The blank second row is left out; the numbers are those the spreadsheet shows.
        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(1, 3, 4, 5);
        assertThat(sheet.rows().get(2).cells()).containsExactly("Nicolas Grivel", "5", "2023-01-17");
        assertThat(sheet.rows().get(3).cells()).containsExactly("Claire Hédon", "", "12/03/2022");
    }

    @Test
    void csvInUtf8OrWindows1252IsOneSheetNamedAfterTheFile() {
        String text = "Nom;Fonction\nClaire Hédon;Défenseure des droits\n";
        Sheet utf8 = SheetReader.read("/tmp/élus.csv", text.getBytes(StandardCharsets.UTF_8), null);
        Sheet excel = SheetReader.read("élus.CSV", text.getBytes(Charset.forName("windows-1252")), null);
        assertThat(utf8.name()).isEqualTo("élus");
        assertThat(excel.rows()).isEqualTo(utf8.rows());
        assertThat(utf8.rows().get(1).where(1)).isEqualTo("élus!B2");
    }

    @Test
    void aSemicolonCsvUnderATitleLineIsReadInColumns() {
        String text = "Contacts de la coalition\n\nNom;Organisation;Fonction\n"
                + "Nicolas Grivel;CNAF;Directeur général, CNAF\n";
        Sheet sheet = SheetReader.read("contacts.csv", text.getBytes(StandardCharsets.UTF_8), null);
        assertThat(sheet.rows().get(1).cells()).containsExactly("Nom", "Organisation", "Fonction");
        assertThat(sheet.rows().get(2).cells()).containsExactly("Nicolas Grivel", "CNAF", "Directeur général, CNAF");
    }

    @Test
    void columnLettersGoPastZ() {
        assertThat(SheetRow.column(0)).isEqualTo("A");
        assertThat(SheetRow.column(25)).isEqualTo("Z");
        assertThat(SheetRow.column(26)).isEqualTo("AA");
        assertThat(SheetRow.column(27 * 26)).isEqualTo("AAA");
    }

    @Test
    void boundsAndUnknownFormatsAreRefusedWithTheirPlace() {
        assertThatThrownBy(() -> SheetReader.read("a.pdf", new byte[10], null))
                .hasMessageContaining("a.pdf: not a spreadsheet the tracker reads");
        String longCell = "Nom\n" + "x".repeat(SheetReader.MAX_CELL + 1) + "\n";
        assertThatThrownBy(() -> SheetReader.read("a.csv", longCell.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(SheetException.class, e -> assertThat(e.message(Locale.FRENCH))
                        .isEqualTo("a!A2 : une cellule contient au plus 20000 caractères (celle-ci 20001)"));
        String many = "Nom\n" + "x\n".repeat(SheetReader.MAX_ROWS);
        assertThatThrownBy(() -> SheetReader.read("a.csv", many.getBytes(StandardCharsets.UTF_8), null))
                .hasMessageContaining("sheet a has more than 50000 rows");
        assertThatThrownBy(() -> SheetReader.read("a.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8), null))
                .hasMessageContaining("a.xlsx cannot be read as a spreadsheet");
        assertThatThrownBy(() -> SheetReader.read("a.csv", new byte[(int) SheetReader.MAX_BYTES + 1], null))
                .hasMessageContaining("larger than 20 MB");
    }
}
