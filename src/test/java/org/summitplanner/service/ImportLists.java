package org.summitplanner.service;

/** Generated attendee lists, as tools/bench/import-bench.sh writes them: spread over the demo's nations, emails distinct. */
public final class ImportLists {

    private static final String[] NATIONS = ("FR DE GB IT ES PL NL BE DK SE FI NO EE LV LT CZ SK SI HR RO BG GR PT IE "
            + "AT CA AU JP TR UA LU CY IS NZ").split(" ");

    private ImportLists() {
    }

    /** A CSV list of {@code rows} new attendees. */
    public static String generated(int rows) {
        StringBuilder csv = new StringBuilder("First name,Last name,Country,Email,Position,Role,Phone,Languages\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("Given").append(i).append(",Family").append(i).append(',').append(NATIONS[i % NATIONS.length])
                    .append(",person").append(i).append("@example.org,\"Adviser, delegation ").append(i % 34)
                    .append("\",adviser,+33 1 00 ").append(String.format("%06d", i % 1_000_000)).append(",\"en, fr\"\n");
        }
        return csv.toString();
    }
}
