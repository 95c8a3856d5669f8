package tutor.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract for the tutor's own JSON file. */
class JsonFileStoreTest extends StoreContract {
    @TempDir Path dir;

    @Override protected LearnerStore store() {
        return new ProgressFile(dir);
    }
}
