package tutor.server.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.server.Limits;
import tutor.testing.Tmux;

/**
 * Recording a key without proof: a public key offered without its private half (someone else's, or one whose
 * signature is wrong), with a student's code, records nothing and leaves the code valid; with the real ssh, only the
 * key that signed is recorded, never a second one offered.
 */
class KeyProofAttackTest {
    @TempDir Path state;

    @Test
    void aPublicKeyWithoutItsPrivateHalfRecordsNothingAndTheCodeStaysValid() throws Exception {
        int tries = AttackLab.size(2, 20);
        try (AttackLab lab = new AttackLab(state, Limits.defaults(), List.of("eve"), List.of())) {
            KeyPair someoneElses = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
            for (int i = 0; i < tries; i++) {
                KeyPair mine = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
                // The public half of someone else's key, signed for with another private key.
                KeyPair forged = new KeyPair(someoneElses.getPublic(), mine.getPrivate());
                try (ClientSession s = lab.connect("eve", null)) {
                    s.addPublicKeyIdentity(forged);
                    s.addPasswordIdentity(AttackLab.codeOf("eve"));
                    s.auth().verify(Duration.ofSeconds(60));
                }
                assertEquals(List.of(), lab.db.keys("eve"), "nothing recorded");
                assertTrue(lab.db.student("eve").codeHash() != null, "the code is still valid");
            }
            assertTrue(lab.log().matches("(?s).* login eve /127\\.0\\.0\\.1:\\d+ code\n.*"), lab.log());
            // Eve's own key, with its private half, is recorded at her next login with the code.
            KeyPair evesOwn = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
            try (ClientSession s = lab.connect("eve", null)) {
                s.addPublicKeyIdentity(evesOwn);
                s.addPasswordIdentity(AttackLab.codeOf("eve"));
                s.auth().verify(Duration.ofSeconds(60));
            }
            assertEquals(List.of(AttackLab.line(evesOwn)), lab.db.keys("eve"));
            assertEquals(null, lab.db.student("eve").codeHash(), "used up once a key is recorded");
        }
    }

    @Test
    void theRealSshRecordsOnlyTheKeyThatSigned() throws Exception {
        if (System.getenv("CI") != null && !Tmux.present("ssh", "-V")) fail("ssh is missing; .ci/run installs openssh-client");
        org.junit.jupiter.api.Assumptions.assumeTrue(Tmux.present("ssh", "-V"), "ssh is not installed here");
        try (AttackLab lab = new AttackLab(state, Limits.defaults(), List.of("eve", "fay"), List.of())) {
            Path first = key("first");
            Path second = key("second");
            Path publicOnly = key("public-only");
            Files.delete(publicOnly); // only public-only.pub is left
            // A public key alone: offered, but ssh cannot sign with it; the code logs eve in and nothing is recorded.
            assertEquals(1, sshTrue(lab, "eve", List.of(publicOnly + ".pub"), "publickey,password").exit, "logged in, command refused");
            assertEquals(List.of(), lab.db.keys("eve"));
            assertTrue(lab.db.student("eve").codeHash() != null, "the code is still valid");
            // Two keys with their private halves: the first signs and is recorded; the second is never recorded.
            Ran two = sshTrue(lab, "fay", List.of(first.toString(), second.toString()), "publickey,password");
            assertEquals(1, two.exit, two.out);
            assertEquals(List.of(pub(first)), lab.db.keys("fay"));
            assertTrue(lab.log().contains(" code, 1 key(s) recorded"), lab.log());
            // From then on that key alone lets fay in, without a code.
            assertEquals(1, sshTrue(lab, "fay", List.of(first.toString()), "publickey").exit);
            assertEquals(255, sshTrue(lab, "fay", List.of(second.toString()), "publickey").exit, "the other key was not recorded");
        }
    }

    private Path key(String name) {
        Path k = state.resolve(name);
        assertEquals(0, Tmux.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", k.toString())));
        return k;
    }

    private static String pub(Path key) throws Exception {
        String line = Files.readString(Path.of(key + ".pub")).trim();
        return line.substring(0, line.lastIndexOf(' '));
    }

    record Ran(int exit, String out) {}

    /** ssh ID@server true, with these identity files and methods, the student's code given when a password is asked. */
    private Ran sshTrue(AttackLab lab, String id, List<String> identities, String methods) throws Exception {
        Path askpass = state.resolve("askpass.sh");
        Files.writeString(askpass, "#!/bin/sh\necho " + AttackLab.codeOf(id) + "\n");
        Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
        List<String> cmd = new ArrayList<>(List.of("ssh", "-F", "/dev/null", "-p", String.valueOf(lab.server.port()),
                "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-o", "PreferredAuthentications=" + methods,
                "-o", "NumberOfPasswordPrompts=1"));
        for (String i : identities) cmd.addAll(List.of("-i", i));
        cmd.addAll(List.of(id + "@127.0.0.1", "true"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("SSH_ASKPASS", askpass.toString());
        pb.environment().put("SSH_ASKPASS_REQUIRE", "force");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Ran(p.exitValue(), out);
    }
}
