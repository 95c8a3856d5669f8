package tutor.server.attack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A student at 80x24 who keeps working while others attack: opens lesson 1, answers its question, then steps back and
 * forth through it, timing each key until its frame shows. Their session must never end under an attack.
 */
final class HonestStudent implements Runnable {
    private final AttackLab.Shell shell;
    private final AtomicBoolean stop = new AtomicBoolean();
    final List<Long> keyToFrameMs = java.util.Collections.synchronizedList(new ArrayList<>());
    volatile Throwable failure;

    HonestStudent(AttackLab.Shell shell) {
        this.shell = shell;
    }

    @Override public void run() {
        try {
            shell.screen().await("1  One hidden neuron");
            shell.send("\r");
            shell.screen().await("Step 1/9");
            shell.send("\u001b[C");
            shell.screen().await("Your turn");
            shell.send("0.750\r");
            shell.screen().await("Right: h = 0.750.");
            int step = 2;
            int direction = 1;
            while (!stop.get()) {
                if (step + direction > 9 || step + direction < 3) direction = -direction;
                int next = step + direction;
                long sent = System.nanoTime();
                shell.send(direction > 0 ? "\u001b[C" : "\u001b[D");
                shell.screen().await("Step " + next + "/9");
                keyToFrameMs.add((System.nanoTime() - sent) / 1_000_000);
                step = next;
                Thread.sleep(100);
            }
        } catch (Throwable t) {
            if (!stop.get()) failure = t;
        }
    }

    void stop() {
        stop.set(true);
    }

    boolean open() {
        return shell.channel().isOpen();
    }
}
