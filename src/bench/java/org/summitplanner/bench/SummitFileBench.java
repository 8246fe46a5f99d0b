package org.summitplanner.bench;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.summitplanner.model.Nation;
import org.summitplanner.model.SummitContent;
import org.summitplanner.summitfile.SummitFileException;
import org.summitplanner.summitfile.SummitFileReader;
import org.summitplanner.summitfile.SummitFileWriter;

/**
 * Writing and reading the UN-week summit file in a warm JVM (the CLI figures include JVM start), beside a
 * plain Jackson parse of the same bytes: issue 14 asks both within 3 times that parse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SummitFileBench {

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private SummitContent content;
    private byte[] json;
    private SummitFileReader reader;

    @Setup
    public void setUp() {
        content = UnWeek.content();
        json = new SummitFileWriter().write(content);
        Set<String> codes = UnWeek.nations().stream().map(Nation::code).collect(Collectors.toSet());
        reader = new SummitFileReader(codes);
    }

    /** The baseline of issue 14: the same bytes parsed by Jackson into a tree, nothing checked. */
    @Benchmark
    public Object jacksonParse() throws java.io.IOException {
        return MAPPER.readTree(json);
    }

    @Benchmark
    public byte[] writeSummitFile() {
        return new SummitFileWriter().write(content);
    }

    @Benchmark
    public SummitContent readSummitFile() throws SummitFileException {
        return reader.read(json, "un.json");
    }
}
