package tutor.store.sqlite;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import tutor.store.LearnerStore;

/** The store contract for a student in the class database (SQLite). */
class StudentStoreTest extends tutor.store.StoreContractAccess {
    @TempDir Path dir;
    ClassDatabase db;

    @BeforeEach
    void open() throws Exception {
        db = ClassDatabase.open(dir, Clock.systemUTC());
        db.enrol(List.of(new ClassDatabase.Student("ada", "Ada Lovelace", "student", null, null)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override protected LearnerStore store() {
        return db.storeFor("ada");
    }

    @Override protected long answersLogged() throws Exception {
        return db.answers();
    }
}
