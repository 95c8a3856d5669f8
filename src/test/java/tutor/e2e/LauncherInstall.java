package tutor.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A copy of the tutor as the launcher knows it, made from this build in a fresh folder that every user may read:
 * the real ./tutor script, the lessons, and target/backprop-tutor.jar (the compiled classes, with the dependency
 * jars beside it in target/lib). mvn test runs before package, so the jar the launcher runs is made here.
 */
final class LauncherInstall {
    final Path dir;

    private LauncherInstall(Path dir) {
        this.dir = dir;
    }

    /** A new copy in a fresh folder under the system's temporary folder, readable by all (as a lab's copy is). */
    static LauncherInstall create() throws IOException {
        Path dir = Files.createTempDirectory("tutor-copy");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        LauncherInstall copy = new LauncherInstall(dir);
        Files.copy(Path.of("tutor"), dir.resolve("tutor"));
        Files.setPosixFilePermissions(dir.resolve("tutor"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path lessons = Files.createDirectory(dir.resolve("lessons"));
        try (Stream<Path> files = Files.list(Path.of("lessons"))) {
            for (Path f : files.toList()) Files.copy(f, lessons.resolve(f.getFileName()));
        }
        copy.writeJar(dir.resolve("target/backprop-tutor.jar"));
        return copy;
    }

    Path target() {
        return dir.resolve("target");
    }

    Path jar() {
        return target().resolve("backprop-tutor.jar");
    }

    /** The tutor's classes as a jar whose manifest names tutor.Main and the dependency jars in lib/ beside it. */
    void writeJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Path lib = Files.createDirectories(jar.getParent().resolve("lib"));
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (entry.endsWith(".jar") && (name.startsWith("lanterna") || name.startsWith("gson"))) {
                Files.copy(Path.of(entry), lib.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                classPath.add("lib/" + name);
            }
        }
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "tutor.Main");
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        Path classes = Path.of("target/classes");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m);
             Stream<Path> all = Files.walk(classes)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, j);
                j.closeEntry();
            }
        }
    }

    /** Runs a shell command line in the copy's folder, as root or as another user; returns exit code and output. */
    Result sh(String user, String command) {
        List<String> cmd = new ArrayList<>();
        if (user != null) cmd.addAll(List.of("runuser", "-u", user, "--"));
        cmd.addAll(List.of("env", "-i", "PATH=" + System.getenv("PATH"), "HOME=" + dir, "LANG=C.UTF-8",
                "XDG_STATE_HOME=" + dir.resolve("state-" + (user == null ? "root" : user)), "bash", "-c",
                "cd '" + dir + "' && " + command));
        return result(cmd);
    }

    record Result(int exit, String output) {}

    /** Runs a command to its end (a minute at most), with its output and errors together. */
    static Result result(List<String> cmd) {
        try {
            Path log = Files.createTempFile("tutor-run", ".log");
            try {
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
                boolean ended = p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
                if (!ended) p.destroyForcibly().waitFor();
                String out = Files.readString(log);
                return new Result(ended ? p.exitValue() : -1, ended ? out : out + "\n(timed out)");
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, e.toString());
        }
    }

    void delete() {
        TmuxEndToEndTest.run(List.of("rm", "-rf", dir.toString()));
    }
}
