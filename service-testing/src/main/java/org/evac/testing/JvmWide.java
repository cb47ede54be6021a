package org.evac.testing;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * The test servers' controls on the JVM's platform MBean server. Quarkus loads test resources and
 * test classes in class loaders of their own (a new one for each test profile), each with separate
 * statics; the platform MBean server is the one place they all see, so the class loader that
 * started a server exposes it there and every other one reaches it with JDK types only.
 */
final class JvmWide {

    private JvmWide() {}

    static boolean exposed(String name) {
        return server().isRegistered(objectName(name));
    }

    static <T> void expose(String name, T control, Class<T> type) {
        try {
            server().registerMBean(new StandardMBean(control, type), objectName(name));
        } catch (JMException e) {
            throw new IllegalStateException("Could not expose " + name, e);
        }
    }

    /**
     * Calls an operation whose parameters are all strings.
     *
     * @param missing what to say if no such control is exposed
     */
    static Object call(String name, String missing, String operation, String... arguments) {
        String[] signature = new String[arguments.length];
        Arrays.fill(signature, String.class.getName());
        try {
            return server().invoke(objectName(name), operation, arguments, signature);
        } catch (JMException e) {
            throw new IllegalStateException(missing, e);
        }
    }

    private static MBeanServer server() {
        return ManagementFactory.getPlatformMBeanServer();
    }

    private static ObjectName objectName(String name) {
        try {
            return new ObjectName(name);
        } catch (JMException e) {
            throw new IllegalArgumentException(name, e);
        }
    }
}
