/*
 * Generator for src/main/resources/db/migration/V2__nations.sql (Summit Planner).
 *
 * Run from the repository root (Java 17+, no dependencies, single-file launch):
 *
 *     java tools/nations/GenerateNations.java src/main/resources/db/migration/V2__nations.sql
 *
 * Then verify with tools/nations/check.sh. See tools/nations/README.md.
 *
 * Provenance of the data:
 *  - The list of ISO 3166-1 alpha-2 codes, their alpha-3 codes and the base
 *    English/French names come from the JDK at generation time:
 *    Locale.getISOCountries(), Locale.getISO3Country(),
 *    Locale.getDisplayCountry(Locale.ENGLISH / Locale.FRENCH). The names are
 *    from the Unicode CLDR data that the JDK ships. The committed SQL was made
 *    with OpenJDK 17.0.15 (see JDK_USED). Another JDK may ship different CLDR
 *    names, so review the diff after you regenerate.
 *  - NAME_OVERRIDES below (written by hand) changes those names to the
 *    short forms of the EU Interinstitutional Style Guide (English, Annex A5) /
 *    Code de rédaction interinstitutionnel (French, Annexe A5), and to ISO 3166-1
 *    short names for a few territories, as described in RULE below.
 *  - ALIASES below (written by hand) lists names that real attendee lists use:
 *    UN formal names (UN M49 / UNTERM), old ISO "X, Republic of" forms, former
 *    names and common abbreviations.
 *  - The npm package i18n-iso-countries 7.14.0 (MIT licence, (c) its authors)
 *    was only used to cross-check names by hand. This generator does not read
 *    it, and no file from it is in this repository.
 *
 * The application only uses the generated SQL. It never reads JDK display
 * names at runtime.
 *
 * Once V2 has been applied to any real database, do not regenerate it in
 * place: Flyway checksums would break. Put corrections in a new migration
 * (V<n>__nations_fix.sql) instead.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

public class GenerateNations {

    static final String JDK_USED = "17.0.15";

    static final String[] RULE = {
        "Naming rule (name_en / name_fr):",
        "  1. Sovereign states: the short name of the EU Interinstitutional Style Guide,",
        "     Annex A5 (English) and of the Code de rédaction interinstitutionnel,",
        "     Annexe A5 (French), e.g. United Kingdom / Royaume-Uni, United States /",
        "     États-Unis, Russia / Russie, South Korea / Corée du Sud, Czechia /",
        "     Tchéquie, Türkiye / Turquie, Moldova / Moldavie, Vietnam / Viêt Nam,",
        "     Congo / Congo and Democratic Republic of the Congo / République",
        "     démocratique du Congo. No leading article (Gambia, Bahamas).",
        "  2. Territories and other ISO 3166-1 entries without a style-guide name: the",
        "     CLDR name as shipped with the JDK, with '&' written 'and', 'St.' written",
        "     'Saint', and the 'SAR China' part dropped (Hong Kong, Macao). Where the",
        "     CLDR name is not the ISO name of the whole entry, the ISO 3166-1 short",
        "     name is used instead (BQ, SH, GS, HM, UM, VI).",
        "  3. Deliberate deviations: MM is 'Myanmar' in both languages (the EU uses",
        "     'Myanmar/Burma', 'Myanmar/Birmanie'; these are aliases here). PS is",
        "     'Palestine' without the EU footnote asterisk.",
        "  4. Only ASCII apostrophes (U+0027) are used, never U+2019.",
        "  Other names (formal UN names, old ISO forms, former names, abbreviations)",
        "  are in nation_alias. An alias never equals a name of any nation and never",
        "  maps to two codes (case-insensitive).",
    };

    /** code -> {name_en, name_fr}; null keeps the JDK (CLDR) name. */
    static final Map<String, String[]> NAME_OVERRIDES = new TreeMap<>();
    /** code -> aliases (English and French mixed). */
    static final Map<String, List<String>> ALIASES = new TreeMap<>();

    static void o(String code, String en, String fr) { NAME_OVERRIDES.put(code, new String[] {en, fr}); }
    static void a(String code, String... aliases) {
        ALIASES.computeIfAbsent(code, k -> new ArrayList<>()).addAll(Arrays.asList(aliases));
    }

    record Org(String code, String en, String fr) {}
    static final List<Org> ORGANISATIONS = List.of(
        new Org("EU", "European Union", "Union européenne"),
        new Org("NATO", "North Atlantic Treaty Organization", "Organisation du traité de l'Atlantique Nord"),
        new Org("UN", "United Nations", "Organisation des Nations unies"));

    static {
        // ---- Name overrides (states: EU style guide; territories: see rule 2) ----
        o("AG", "Antigua and Barbuda", null);
        o("BA", "Bosnia and Herzegovina", null);
        o("BL", "Saint Barthélemy", null);
        o("BQ", "Bonaire, Sint Eustatius and Saba", "Bonaire, Saint-Eustache et Saba");
        o("CD", "Democratic Republic of the Congo", "République démocratique du Congo");
        o("CG", "Congo", "Congo");
        o("CV", "Cabo Verde", null);
        o("GS", "South Georgia and the South Sandwich Islands", null);
        o("HK", "Hong Kong", "Hong Kong");
        o("HM", "Heard Island and McDonald Islands", null);
        o("IQ", null, "Iraq");
        o("KN", "Saint Kitts and Nevis", null);
        o("LC", "Saint Lucia", null);
        o("MF", "Saint Martin", null);
        o("MM", "Myanmar", "Myanmar");
        o("MO", "Macao", "Macao");
        o("PM", "Saint Pierre and Miquelon", null);
        o("PS", "Palestine", "Palestine");
        o("SH", "Saint Helena, Ascension and Tristan da Cunha", "Sainte-Hélène, Ascension et Tristan da Cunha");
        o("SJ", "Svalbard and Jan Mayen", null);
        o("ST", "São Tomé and Príncipe", null);
        o("SV", null, "El Salvador");
        o("TC", "Turks and Caicos Islands", null);
        o("TL", null, "Timor-Leste");
        o("TR", "Türkiye", null);
        o("TT", "Trinidad and Tobago", null);
        o("UM", "United States Minor Outlying Islands", null);
        o("VA", null, "Cité du Vatican");
        o("VC", "Saint Vincent and the Grenadines", "Saint-Vincent-et-les-Grenadines");
        o("VI", "United States Virgin Islands", null);
        o("WF", "Wallis and Futuna", null);

        // ---- Aliases ----
        a("AE", "UAE", "EAU");
        a("AX", "Aland Islands", "Åland");
        a("BN", "Brunei Darussalam");
        a("BO", "Bolivia (Plurinational State of)", "Plurinational State of Bolivia", "Bolivia, Plurinational State of",
                "État plurinational de Bolivie", "Bolivie (État plurinational de)");
        a("BQ", "Caribbean Netherlands", "Pays-Bas caribéens");
        a("BS", "The Bahamas");
        a("BY", "Bélarus");
        a("CC", "Cocos Islands", "Keeling Islands");
        a("CD", "DR Congo", "DRC", "Democratic Republic of Congo", "Congo, Democratic Republic of the",
                "Congo (Kinshasa)", "Congo-Kinshasa", "RDC", "RD Congo");
        a("CG", "Republic of the Congo", "Republic of Congo", "Congo (Brazzaville)", "Congo-Brazzaville",
                "République du Congo");
        a("CI", "Ivory Coast", "Cote d'Ivoire", "Côte-d'Ivoire");
        a("CN", "People's Republic of China", "PRC", "République populaire de Chine");
        a("CV", "Cape Verde", "Republic of Cabo Verde");
        a("CW", "Curacao");
        a("CZ", "Czech Republic", "République tchèque");
        a("FK", "Falkland Islands (Malvinas)", "Falklands", "Îles Falkland");
        a("FM", "Federated States of Micronesia", "Micronesia (Federated States of)", "Micronesia, Federated States of",
                "États fédérés de Micronésie", "Micronésie (États fédérés de)");
        a("GB", "UK", "U.K.", "Great Britain", "Britain",
                "United Kingdom of Great Britain and Northern Ireland",
                "Grande-Bretagne", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord");
        a("GM", "The Gambia", "Republic of The Gambia");
        a("HK", "Hong Kong SAR", "Hong Kong, China", "China, Hong Kong Special Administrative Region",
                "Hong Kong SAR China");
        a("IQ", "Irak");
        a("IR", "Iran (Islamic Republic of)", "Islamic Republic of Iran", "Iran, Islamic Republic of",
                "République islamique d'Iran", "Iran (République islamique d')");
        a("KG", "Kyrgyz Republic", "Kirghizistan");
        a("KN", "St Kitts and Nevis", "St. Kitts and Nevis", "Saint Christopher and Nevis");
        a("KP", "DPRK", "Democratic People's Republic of Korea", "Korea, Democratic People's Republic of",
                "République populaire démocratique de Corée", "RPDC");
        a("KR", "Korea, Republic of", "Republic of Korea", "ROK", "République de Corée");
        a("LA", "Lao People's Democratic Republic", "Lao PDR", "République démocratique populaire lao");
        a("LC", "St Lucia", "St. Lucia");
        a("LR", "Libéria");
        a("MD", "Republic of Moldova", "Moldova, Republic of", "République de Moldova", "République de Moldavie");
        a("MF", "Saint Martin (French part)", "Saint-Martin (partie française)");
        a("MK", "Macedonia", "Republic of North Macedonia", "Former Yugoslav Republic of Macedonia", "FYROM",
                "Macédoine", "République de Macédoine du Nord", "ARYM",
                "Ancienne République yougoslave de Macédoine");
        a("MM", "Burma", "Myanmar/Burma", "Birmanie", "Myanmar/Birmanie");
        a("MO", "Macau", "Macao SAR", "Macao, China", "China, Macao Special Administrative Region");
        a("NG", "Nigéria");
        a("NL", "Holland", "The Netherlands", "Netherlands (Kingdom of the)", "Kingdom of the Netherlands", "Hollande");
        a("PN", "Pitcairn");
        a("PS", "State of Palestine", "Palestine, State of", "Palestinian Territories",
                "Occupied Palestinian Territory", "Palestinian Authority",
                "État de Palestine", "Territoires palestiniens", "Autorité palestinienne");
        a("RE", "Reunion");
        a("RU", "Russian Federation", "Fédération de Russie");
        a("SA", "Kingdom of Saudi Arabia");
        a("SH", "Saint Helena", "St Helena", "Sainte-Hélène");
        a("SK", "Slovak Republic");
        a("ST", "Sao Tome and Principe");
        a("SV", "Salvador");
        a("SX", "Sint Maarten (Dutch part)", "Sint-Maarten");
        a("SY", "Syrian Arab Republic", "République arabe syrienne");
        a("SZ", "Swaziland", "Kingdom of Eswatini", "Royaume d'Eswatini");
        a("TL", "East Timor", "Timor oriental");
        a("TR", "Turkey", "Turkiye", "Republic of Türkiye");
        a("TW", "Chinese Taipei", "Taiwan, Province of China", "Taipei chinois");
        a("TZ", "United Republic of Tanzania", "Tanzania, United Republic of", "République-Unie de Tanzanie");
        a("US", "USA", "U.S.A.", "US", "U.S.", "United States of America",
                "États-Unis d'Amérique", "Etats-Unis");
        a("VA", "Holy See", "Vatican City State", "Vatican", "Saint-Siège", "État de la Cité du Vatican");
        a("VE", "Venezuela (Bolivarian Republic of)", "Bolivarian Republic of Venezuela",
                "Venezuela, Bolivarian Republic of",
                "République bolivarienne du Venezuela", "Venezuela (République bolivarienne du)");
        a("VG", "Virgin Islands, British");
        a("VI", "US Virgin Islands", "U.S. Virgin Islands", "Virgin Islands, U.S.");
        a("VN", "Viet Nam");

        a("EU", "E.U.", "UE", "U.E.");
        a("NATO", "N.A.T.O.", "OTAN", "North Atlantic Treaty Organisation");
        a("UN", "U.N.", "UNO", "ONU", "Nations unies", "United Nations Organization");
    }

    record Nation(String code, String alpha3, String kind, String en, String fr) {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java tools/nations/GenerateNations.java OUTPUT.sql");
            System.exit(2);
        }
        String jdk = System.getProperty("java.version");
        if (!JDK_USED.equals(jdk)) {
            System.err.println("WARNING: the committed SQL was generated with JDK " + JDK_USED + ", this is " + jdk
                    + ": review the diff of names carefully.");
        }
        List<String> problems = new ArrayList<>();
        TreeMap<String, Nation> nations = new TreeMap<>();

        String[] iso = Locale.getISOCountries();
        if (iso.length != 249) problems.add("expected 249 ISO 3166-1 codes from the JDK, got " + iso.length);
        for (String code : iso) {
            Locale l = new Locale("", code);
            String a3 = l.getISO3Country();
            String en = clean(l.getDisplayCountry(Locale.ENGLISH));
            String fr = clean(l.getDisplayCountry(Locale.FRENCH));
            String[] ov = NAME_OVERRIDES.get(code);
            if (ov != null) {
                if (ov[0] != null) { if (ov[0].equals(en)) warn("redundant EN override " + code); en = ov[0]; }
                if (ov[1] != null) { if (ov[1].equals(fr)) warn("redundant FR override " + code); fr = ov[1]; }
            }
            if (a3 == null || !a3.matches("[A-Z]{3}")) problems.add("bad alpha-3 for " + code + ": " + a3);
            if (en.equals(code) || fr.equals(code)) problems.add("JDK has no display name for " + code);
            nations.put(code, new Nation(code, a3, "STATE", en, fr));
        }
        for (String code : NAME_OVERRIDES.keySet())
            if (!nations.containsKey(code)) problems.add("override for unknown code " + code);
        for (Org org : ORGANISATIONS) {
            if (nations.containsKey(org.code())) problems.add("organisation code clashes with ISO code: " + org.code());
            nations.put(org.code(), new Nation(org.code(), null, "ORGANISATION", org.en(), org.fr()));
        }

        // ---- Validation ----
        Map<String, String> alpha3s = new HashMap<>();
        Map<String, String> nameOwner = new HashMap<>(); // lower-case name -> code
        for (Nation n : nations.values()) {
            if (n.alpha3() != null && alpha3s.put(n.alpha3(), n.code()) != null)
                problems.add("duplicate alpha-3 " + n.alpha3());
            for (String s : new String[] {n.en(), n.fr()}) {
                if (s.length() > 100) problems.add("name longer than 100: " + s);
                if (s.indexOf('\u2019') >= 0) problems.add("typographic apostrophe in " + s);
                String prev = nameOwner.putIfAbsent(key(s), n.code());
                if (prev != null && !prev.equals(n.code())) problems.add("name '" + s + "' used by " + prev + " and " + n.code());
            }
        }
        Map<String, String> aliasOwner = new HashMap<>();
        List<String[]> aliasRows = new ArrayList<>();
        for (var e : ALIASES.entrySet()) {
            String code = e.getKey();
            if (!nations.containsKey(code)) { problems.add("alias for unknown code " + code); continue; }
            for (String alias : e.getValue()) {
                if (alias.length() > 100 || alias.isBlank()) problems.add("bad alias length: '" + alias + "'");
                String k = key(alias);
                String owner = nameOwner.get(k);
                if (owner != null) problems.add("alias '" + alias + "' (" + code + ") equals a name of " + owner);
                String prev = aliasOwner.putIfAbsent(k, code);
                if (prev != null) problems.add("alias '" + alias + "' given twice (" + prev + ", " + code + ")");
                aliasRows.add(new String[] {code, alias});
            }
        }
        aliasRows.sort(Comparator.<String[], String>comparing(r -> r[0]).thenComparing(r -> r[1]));

        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("ERROR: " + p));
            System.exit(1);
        }

        // ---- Output ----
        StringBuilder sb = new StringBuilder();
        sb.append("-- V2__nations.sql: global nation reference data (ISO 3166-1 states and territories\n");
        sb.append("-- plus the organisations EU, NATO and UN) and the aliases used to match attendee lists.\n");
        sb.append("--\n");
        sb.append("-- GENERATED FILE. Do not edit it by hand. It was made by tools/nations/GenerateNations.java\n");
        sb.append("-- (see tools/nations/README.md) from the JDK's ISO 3166-1 data (OpenJDK ").append(JDK_USED)
          .append(", CLDR names)\n");
        sb.append("-- and the override and alias tables in that script.\n");
        sb.append("-- Once this migration has been applied anywhere, put changes in a new migration, not here.\n");
        sb.append("--\n");
        for (String line : RULE) sb.append("-- ").append(line).append('\n');
        sb.append("--\n");
        long states = nations.values().stream().filter(n -> n.kind().equals("STATE")).count();
        sb.append("-- Rows: ").append(states).append(" STATE, ").append(nations.size() - states)
          .append(" ORGANISATION, ").append(aliasRows.size()).append(" aliases.\n\n");

        sb.append("INSERT INTO nation (code, alpha3, kind, name_en, name_fr) VALUES\n");
        Iterator<Nation> it = nations.values().iterator();
        while (it.hasNext()) {
            Nation n = it.next();
            sb.append("(").append(q(n.code())).append(", ").append(n.alpha3() == null ? "NULL" : q(n.alpha3()))
              .append(", ").append(q(n.kind())).append(", ").append(q(n.en())).append(", ").append(q(n.fr()))
              .append(")").append(it.hasNext() ? ",\n" : ";\n");
        }
        sb.append("\nINSERT INTO nation_alias (code, alias) VALUES\n");
        for (int i = 0; i < aliasRows.size(); i++) {
            sb.append("(").append(q(aliasRows.get(i)[0])).append(", ").append(q(aliasRows.get(i)[1])).append(")")
              .append(i + 1 < aliasRows.size() ? ",\n" : ";\n");
        }
        Files.writeString(Path.of(args[0]), sb.toString(), StandardCharsets.UTF_8);
        System.err.println("wrote " + args[0] + ": " + states + " states, " + (nations.size() - states)
                + " organisations, " + aliasRows.size() + " aliases");
    }

    static String clean(String s) { return s.replace('\u2019', '\''); }
    static String key(String s) { return s.toLowerCase(Locale.ROOT); }
    static String q(String s) { return "'" + s.replace("'", "''") + "'"; }
    static void warn(String s) { System.err.println("WARNING: " + s); }
}
