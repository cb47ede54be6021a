package org.evac.benchmark.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/** Memory and CPU time of a process as Linux reports them in {@code /proc}. */
public final class ProcFs {

    /** Clock ticks per second of {@code /proc/<pid>/stat}: USER_HZ, 100 on every Linux we run. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcFs() {}

    /** Resident set size now ({@code VmRSS}), in bytes. */
    public static OptionalLong rss(ProcessHandle process) {
        return statusField(process, "VmRSS:");
    }

    /** Peak resident set size of the process so far ({@code VmHWM}), in bytes. */
    public static OptionalLong peakRss(ProcessHandle process) {
        return statusField(process, "VmHWM:");
    }

    /**
     * CPU seconds (user + system) the process used so far; with {@code reapedChildren} also those
     * of its children that have exited (PostgreSQL backends, for the postmaster).
     */
    public static double cpuSeconds(ProcessHandle process, boolean reapedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // The command name in parentheses may contain spaces: fields are counted after it.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            if (reapedChildren) {
                ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** The load average over the last minute, 5 and 15 minutes. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The CPU model, as {@code /proc/cpuinfo} names it. */
    public static String cpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            return lines.stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Physical memory of the machine in bytes. */
    public static long memoryTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return kilobytes(line);
                }
            }
        } catch (IOException e) {
            // unknown
        }
        return 0;
    }

    private static OptionalLong statusField(ProcessHandle process, String field) {
        try {
            for (String line :
                    Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field)) {
                    return OptionalLong.of(kilobytes(line));
                }
            }
        } catch (IOException gone) {
            // the process exited
        }
        return OptionalLong.empty();
    }

    private static long kilobytes(String line) {
        String value = line.substring(line.indexOf(':') + 1).strip().split("\\s+")[0];
        return Long.parseLong(value) * 1024;
    }
}
