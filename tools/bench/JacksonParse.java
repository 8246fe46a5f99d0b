import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;

/**
 * The baseline of the summit-file benchmark (tools/bench/summitfile-bench.sh): a JVM that parses the file
 * with Jackson into a tree and prints how many attendees it holds. Nothing else: no validation, no database.
 * Compiled and run by the harness with only Jackson on the class path.
 */
public final class JacksonParse {

    public static void main(String[] args) throws Exception {
        JsonNode tree = new ObjectMapper().readTree(new File(args[0]));
        System.out.println(tree.path("attendees").size());
    }
}
