import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.List;
import java.util.jar.JarFile;
import org.summitplanner.bench.UnWeek;
import org.summitplanner.model.SummitContent;
import org.summitplanner.schedule.ScheduleChecks;

/**
 * The full check of this build against the full check of another build's benchmarks jar (args[0]), in one
 * JVM on the same UN-week summit, timed in CPU time of the running thread and in alternating blocks: a
 * ratio that holds on a machine loaded by other work, where JMH's wall-clock times vary by 10x. The other
 * build's package org.summitplanner.schedule is loaded from its jar by a class loader of its own; the
 * model, the summit and everything else are shared. First checks that both builds give the same
 * findings, text for text (their Finding classes differ, so their toString is compared).
 * Run by tools/bench/checks-cpu-compare.sh.
 */
public final class ChecksCpuCompare {

    public static void main(String[] args) throws Exception {
        String otherJar = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        SummitContent content = UnWeek.content();
        ClassLoader other = new ClassLoader(ChecksCpuCompare.class.getClassLoader()) {
            private final JarFile jar = new JarFile(otherJar);

            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.startsWith("org.summitplanner.schedule.") || name.contains(".bilaterals.")) {
                    return super.loadClass(name, resolve);
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> loaded = findLoadedClass(name);
                    if (loaded == null) {
                        try (var in = jar.getInputStream(jar.getEntry(name.replace('.', '/') + ".class"))) {
                            byte[] bytes = in.readAllBytes();
                            loaded = defineClass(name, bytes, 0, bytes.length);
                        } catch (Exception e) {
                            throw new ClassNotFoundException(name, e);
                        }
                    }
                    return loaded;
                }
            }
        };
        Object otherChecks = other.loadClass("org.summitplanner.schedule.ScheduleChecks").getConstructor().newInstance();
        Method otherCheck = otherChecks.getClass().getMethod("check", SummitContent.class);
        String mine = new ScheduleChecks().check(content).toString();
        if (!mine.equals(otherCheck.invoke(otherChecks, content).toString())) {
            throw new IllegalStateException("the two builds find different findings");
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int per = 150;
        for (int r = 0; r < rounds; r++) {
            long sink = 0;
            long otherTime = 0;
            long thisTime = 0;
            for (int half = 0; half < 2; half++) {
                boolean otherFirst = (r + half) % 2 == 0;
                long t0 = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < per; i++) {
                    sink += otherFirst ? ((List<?>) otherCheck.invoke(otherChecks, content)).size()
                            : new ScheduleChecks().check(content).size();
                }
                long t1 = cpu.getCurrentThreadCpuTime();
                if (otherFirst) {
                    otherTime += t1 - t0;
                } else {
                    thisTime += t1 - t0;
                }
            }
            System.out.printf("CPU ms/check: other %.3f  this %.3f  other/this %.2f  (%d)%n",
                    otherTime / 1e6 / per, thisTime / 1e6 / per, (double) otherTime / thisTime, sink);
        }
    }
}
