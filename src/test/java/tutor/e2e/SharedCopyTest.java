package tutor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A copy of the tutor shared by several users (issue 9, section 5): one learner must get no way to run code as,
 * or write the files of, another. With two real users where the machine allows it (root with useradd: CI),
 * otherwise on file modes alone. Each test has a fresh copy made from this build (LauncherInstall).
 */
class SharedCopyTest {

    private LauncherInstall copy;

    /** Two learners, made once when needed and removed at the end. */
    private static String alice;
    private static String bob;

    @BeforeEach
    void newCopy() throws IOException {
        copy = LauncherInstall.create();
        // a class-data archive that is newer than the jar: the launcher does not stop to record one
        Files.writeString(copy.target().resolve("backprop-tutor.jsa"), "");
    }

    @AfterEach
    void removeCopy() {
        copy.delete();
    }

    static boolean root() {
        return "0".equals(LauncherInstall.result(List.of("id", "-u")).output().trim());
    }

    /** Creates the two learners; without root and useradd the two-user tests are skipped (and fail under CI). */
    static void needTwoUsers() {
        boolean possible = root() && LauncherInstall.result(List.of("sh", "-c", "command -v useradd && command -v runuser")).exit() == 0;
        if (System.getenv("CI") != null && !possible) fail("CI runs as root with useradd: the two-user tests must run there");
        Assumptions.assumeTrue(possible, "two users need root and useradd; the file-mode tests still run");
        if (alice != null) return;
        String tag = String.valueOf(100000 + new Random().nextInt(900000));
        alice = "bta" + tag;
        bob = "btb" + tag;
        for (String u : List.of(alice, bob)) {
            LauncherInstall.Result r = LauncherInstall.result(List.of("useradd", "-M", "-U", "-s", "/bin/bash", u));
            assertEquals(0, r.exit(), r.output());
        }
    }

    @AfterAll
    static void removeUsers() {
        for (String u : new String[] {alice, bob}) if (u != null) LauncherInstall.result(List.of("userdel", u));
    }

    private void chown(String owner, Path... paths) {
        for (Path p : paths) assertEquals(0, LauncherInstall.result(List.of("chown", "-R", owner + ":" + owner, p.toString())).exit());
    }

    private static void assertRefused(LauncherInstall.Result r, String why) {
        assertEquals(77, r.exit(), r.output());
        assertTrue(r.output().contains("tutor: refusing to run: ") && r.output().contains(why), r.output());
        assertTrue(r.output().contains("./tutor --build") && r.output().contains("./tutor serve"), "says how to install for a lab:\n" + r.output());
    }

    /** A jar whose program leaves a file named after whoever ran it: the attack of one learner on the next. */
    private Path plantJar(Path marker) throws Exception {
        Path src = Files.createTempDirectory("pwn");
        Files.writeString(src.resolve("Pwn.java"), "public class Pwn { public static void main(String[] a) throws Exception {"
                + " java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\" + System.getProperty(\"user.name\")), \"ran\"); } }");
        int compiled = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, src.resolve("Pwn.java").toString());
        assertEquals(0, compiled);
        java.util.jar.Manifest m = new java.util.jar.Manifest();
        m.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(java.util.jar.Attributes.Name.MAIN_CLASS, "Pwn");
        try (var j = new java.util.jar.JarOutputStream(Files.newOutputStream(copy.jar()), m)) {
            j.putNextEntry(new java.util.jar.JarEntry("Pwn.class"));
            Files.copy(src.resolve("Pwn.class"), j);
            j.closeEntry();
        }
        LauncherInstall.result(List.of("rm", "-rf", src.toString()));
        return marker;
    }

    // ---- two users -------------------------------------------------------------------------------------

    @Test
    void whoeverBuiltFirstCannotRunCodeAsTheNextLearner() throws Exception {
        needTwoUsers();
        Path marker = plantJar(copy.dir.resolve("ran-as-"));
        chown(alice, copy.target()); // alice built first, so target/ and the jar in it are hers: she replaced the jar
        assertRefused(copy.sh(bob, "./tutor --version"), "target: it belongs to " + alice);
        assertFalse(Files.exists(Path.of(marker + bob)), "alice's program never ran as bob");
        assertRefused(copy.sh(null, "./tutor --version"), "it belongs to " + alice);
        assertFalse(Files.exists(Path.of(marker + "root")), "nor as root");
    }

    @Test
    void aSymlinkPlantedInTargetNeverOverwritesAnotherLearnersFile() throws Exception {
        needTwoUsers();
        Path victim = copy.dir.resolve("bob-progress.json");
        Files.writeString(victim, "{\"bob\": \"progress\"}");
        chown(bob, victim);
        chown(alice, copy.target());
        Files.delete(copy.target().resolve("backprop-tutor.jsa"));
        Path link = copy.target().resolve(".java-checked");
        Files.createSymbolicLink(link, victim);
        LauncherInstall.result(List.of("chown", "-h", alice + ":" + alice, link.toString()));
        assertRefused(copy.sh(bob, "./tutor --version"), ".java-checked: it is a symbolic link");
        assertEquals("{\"bob\": \"progress\"}", Files.readString(victim));
    }

    @Test
    void aLearnerNeverBuildsInACopyThatIsNotTheirs() throws Exception {
        needTwoUsers();
        LauncherInstall.result(List.of("rm", "-rf", copy.target().toString()));
        LauncherInstall.Result r = copy.sh(bob, "./tutor --version");
        assertEquals(77, r.exit(), r.output());
        assertTrue(r.output().contains("this copy of the tutor is not built (or its sources changed since), and it is not yours to build"), r.output());
        assertTrue(r.output().contains("./tutor --build"), r.output());
        assertFalse(Files.exists(copy.target()), "nothing was made");
    }

    @Test
    void aCopyInstalledReadOnlyRunsForEveryLearner() throws Exception {
        needTwoUsers();
        Files.delete(copy.target().resolve("backprop-tutor.jsa"));
        LauncherInstall.Result installed = copy.sh(null, "./tutor --version");
        assertEquals(0, installed.exit(), installed.output());
        for (String learner : List.of(alice, bob)) {
            LauncherInstall.Result r = copy.sh(learner, "./tutor --version && ./tutor print tiny | head -1");
            assertEquals(0, r.exit(), r.output());
            assertTrue(r.output().startsWith("backprop-tutor "), r.output());
            assertTrue(r.output().contains("One hidden neuron: the smallest backprop"), r.output());
        }
    }

    @Test
    void aCopyATeacherInstalledRunsForALearner() throws Exception {
        needTwoUsers();
        chown(alice, copy.dir); // alice is the teacher here: the whole copy is hers, and only she may change it
        LauncherInstall.Result r = copy.sh(bob, "./tutor --version");
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().startsWith("backprop-tutor "), r.output());
    }

    @Test
    void aTargetTheLearnersGroupMayChangeIsRefused() throws Exception {
        needTwoUsers();
        LauncherInstall.result(List.of("chgrp", "-R", alice, copy.target().toString()));
        LauncherInstall.result(List.of("chmod", "-R", "g+w", copy.target().toString()));
        assertRefused(copy.sh(bob, "./tutor --version"), "target: the group " + alice + " may change it");
    }

    // ---- file modes (any machine) ----------------------------------------------------------------------

    @Test
    void aJarEveryoneMayChangeIsRefused() throws Exception {
        LauncherInstall.result(List.of("chmod", "o+w", copy.jar().toString()));
        assertRefused(copy.sh(null, "./tutor --version"), "backprop-tutor.jar: everyone may change it");
    }

    @Test
    void aTargetEveryoneMayChangeIsRefused() throws Exception {
        LauncherInstall.result(List.of("chmod", "1777", copy.target().toString()));
        assertRefused(copy.sh(null, "./tutor --version"), "target: everyone may change it");
    }

    @Test
    void aSymlinkWhereTheLauncherWritesIsRefused() throws Exception {
        Path victim = copy.dir.resolve("victim.json");
        Files.writeString(victim, "precious");
        Files.createSymbolicLink(copy.target().resolve(".java-checked"), victim);
        assertRefused(copy.sh(null, "./tutor --version"), ".java-checked: it is a symbolic link");
        assertEquals("precious", Files.readString(victim));
    }

    /**
     * A build in one's own copy creates its files under fresh names: links planted where the old launcher wrote
     * (build.log, .build.lock, the archive's temporary name) are replaced or ignored, never written through.
     */
    @Test
    void aBuildWritesThroughNoLink() throws Exception {
        Path victim = copy.dir.resolve("victim.json");
        Files.writeString(victim, "precious");
        Path bin = Files.createDirectories(copy.dir.resolve("bin"));
        Path built = copy.dir.resolve("built.jar");
        Files.copy(copy.jar(), built);
        // a stand-in for Maven: the build it would do, in a moment
        Files.writeString(bin.resolve("mvn"), "#!/bin/sh\necho building for the test\ncp '" + built + "' target/backprop-tutor.jar\n");
        Files.setPosixFilePermissions(bin.resolve("mvn"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.delete(copy.target().resolve("backprop-tutor.jsa"));
        Files.createDirectories(copy.dir.resolve("src/main"));
        Files.writeString(copy.dir.resolve("pom.xml"), "<project/>");
        Files.setLastModifiedTime(copy.jar(), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        for (String name : List.of("build.log", ".build.lock")) Files.createSymbolicLink(copy.target().resolve(name), victim);
        for (int pid = 1; pid < 400; pid++) {
            Files.createSymbolicLink(copy.target().resolve("backprop-tutor.jsa." + pid), victim);
        }
        LauncherInstall.Result r = copy.sh(null, "PATH='" + bin + "':$PATH ./tutor --version");
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("tutor: building the tutor"), r.output());
        assertEquals("precious", Files.readString(victim));
        assertTrue(Files.isRegularFile(copy.target().resolve("build.log"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.readString(copy.target().resolve("build.log")).contains("building for the test"));
        assertTrue(Files.isRegularFile(copy.target().resolve("backprop-tutor.jsa"), java.nio.file.LinkOption.NOFOLLOW_LINKS),
                "the class-data archive was recorded");
    }

    @Test
    void theBuildCommandBuildsOnceForALab() throws Exception {
        Path bin = Files.createDirectories(copy.dir.resolve("bin"));
        Path built = copy.dir.resolve("built.jar");
        Files.copy(copy.jar(), built);
        Files.writeString(bin.resolve("mvn"), "#!/bin/sh\ncp '" + built + "' target/backprop-tutor.jar\n");
        Files.setPosixFilePermissions(bin.resolve("mvn"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.delete(copy.jar());
        LauncherInstall.Result r = copy.sh(null, "PATH='" + bin + "':$PATH ./tutor --build");
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("tutor: built in " + copy.target() + "; learners can run " + copy.dir.resolve("tutor")
                + " now (and never build)"), r.output());
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.jar())));
    }
}
