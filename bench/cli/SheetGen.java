import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a stakeholder sheet of N rows as a coordination team keeps it: a title row, French headers, one person a
 * row with an organisation (one of 200), a function, an e-mail, a phone, a category in words, power and stance.
 * Usage: java -cp fastexcel.jar:opczip.jar SheetGen.java <rows> <out.xlsx> <out.csv>
 */
public class SheetGen {
    private static final String[] HEADERS = {"Nom", "Structure", "Fonction", "Courriel", "Téléphone", "Catégorie",
            "Pouvoir", "Position", "Remarques"};
    private static final String[] CATEGORIES = {"Cible directe", "Cible intermédiaire", "Allié", "Neutre"};

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        try (OutputStream out = new FileOutputStream(args[1])) {
            Workbook book = new Workbook(out, "bench", "1.0");
            Worksheet ws = book.newWorksheet("Contacts");
            ws.value(0, 0, "Carnet d’adresses de la campagne");
            for (int c = 0; c < HEADERS.length; c++) {
                ws.value(2, c, HEADERS[c]);
            }
            for (int i = 0; i < rows; i++) {
                Object[] v = row(i);
                for (int c = 0; c < v.length; c++) {
                    if (v[c] instanceof Integer n) {
                        ws.value(i + 3, c, n);
                    } else {
                        ws.value(i + 3, c, (String) v[c]);
                    }
                }
            }
            book.finish();
        }
        try (PrintWriter csv = new PrintWriter(args[2], StandardCharsets.UTF_8)) {
            csv.println(String.join(";", HEADERS));
            for (int i = 0; i < rows; i++) {
                Object[] v = row(i);
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < v.length; c++) {
                    line.append(c == 0 ? "" : ";").append(v[c]);
                }
                csv.println(line);
            }
        }
    }

    private static Object[] row(int i) {
        return new Object[] {"Personne " + i + " Dupont-Hédon", "Organisation " + (i % 200), "Chargée de mission " + i,
                "personne" + i + "@example.org", "+33 6 00 " + String.format("%02d %02d %02d", i / 10000 % 100,
                        i / 100 % 100, i % 100), CATEGORIES[i % CATEGORIES.length], 1 + i % 5, i % 5 - 2,
                "Rencontrée au colloque " + (i % 12 + 1)};
    }
}
