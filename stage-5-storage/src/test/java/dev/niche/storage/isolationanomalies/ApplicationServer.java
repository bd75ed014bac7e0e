package dev.niche.storage.isolationanomalies;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;

/**
 * The learner's classes loaded once more, by a class loader of their own: what one more application server of the
 * bank would run. Two of them share the database and nothing else (no static field, no Java lock), so only what
 * the database does can keep their transactions apart.
 */
final class ApplicationServer {
    private static final String KATA_PACKAGE = Bank.class.getPackageName() + ".";

    private final Method withdraw;
    private final Method goOffCall;

    ApplicationServer(String name) {
        URL classes = Bank.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader loader = new URLClassLoader(name, new URL[] {classes}, ApplicationServer.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
                if (!className.startsWith(KATA_PACKAGE)) {
                    return super.loadClass(className, resolve);
                }
                synchronized (getClassLoadingLock(className)) {
                    Class<?> loaded = findLoadedClass(className);
                    if (loaded == null) {
                        try {
                            loaded = findClass(className); // the kata's own classes: a copy for this server
                        } catch (ClassNotFoundException notTheLearners) {
                            return super.loadClass(className, resolve);
                        }
                    }
                    if (resolve) {
                        resolveClass(loaded);
                    }
                    return loaded;
                }
            }
        };
        try {
            withdraw = loader.loadClass(KATA_PACKAGE + "Bank")
                    .getMethod("withdraw", Connection.class, int.class, long.class);
            goOffCall = loader.loadClass(KATA_PACKAGE + "OnCall")
                    .getMethod("goOffCall", Connection.class, String.class, String.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the kata's classes for " + name + ": " + e, e);
        }
    }

    /** {@link Bank#withdraw} on this server. */
    long withdraw(Connection connection, int account, long amount) throws Exception {
        return (Long) call(withdraw, connection, account, amount);
    }

    /** {@link OnCall#goOffCall} on this server. */
    boolean goOffCall(Connection connection, String shift, String doctor) throws Exception {
        return (Boolean) call(goOffCall, connection, shift, doctor);
    }

    private static Object call(Method method, Object... args) throws Exception {
        try {
            return method.invoke(null, args);
        } catch (InvocationTargetException e) {
            Throwable thrown = e.getCause();
            if (thrown instanceof Exception) {
                throw (Exception) thrown;
            }
            throw (Error) thrown;
        }
    }
}
