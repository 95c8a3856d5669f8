package tutor.cli;

/**
 * The classroom server's libraries (MINA sshd, SQLite) are not in the tutor's own jar, so the local tutor never
 * loads them: the launcher puts target/server-lib on the class path for serve and class alone.
 */
final class ServerLibraries {
    private ServerLibraries() {}

    static void require() throws Args.UsageException {
        try {
            Class.forName("org.apache.sshd.server.SshServer", false, ServerLibraries.class.getClassLoader());
            Class.forName("org.sqlite.JDBC", false, ServerLibraries.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new Args.UsageException("the classroom server's libraries are not on the class path: start it through "
                    + "the launcher (./tutor serve, ./tutor class ...), which adds target/server-lib");
        }
    }

    /** SQLite alone: what reading the class database needs (./tutor sheet --roster, for the students' seeds). */
    static void requireDatabase() throws Args.UsageException {
        try {
            Class.forName("org.sqlite.JDBC", false, ServerLibraries.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new Args.UsageException("reading the class database needs the server's libraries on the class path: run "
                    + "it through the launcher (./tutor sheet ...), which adds target/server-lib");
        }
    }
}
