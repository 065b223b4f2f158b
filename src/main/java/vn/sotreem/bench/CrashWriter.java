package vn.sotreem.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;

/**
 * The process {@link CrashLoop} kills: opens a register (password in {@code SOTREEM_PASSWORD}) and
 * writes children for ever, printing each child's code only after its commit returned. Each cycle
 * saves children one at a time like an officer typing, then a batch in one transaction like an
 * import (which leaves many dead chunks), then closes the register — compacting it when the file
 * is sparse — and opens it again, so that kills also land while the file is being rewritten.
 */
public final class CrashWriter {

    static final String READY = "READY";
    /** Printed just before a single save, and before the batch's transaction: a kill after it lands inside. */
    static final String SAVING = "SAVING";
    static final String BATCH_STARTS = "BATCH";
    /** Printed before a close, with the file's fill rate: below the store's threshold the close compacts. */
    static final String CLOSING = "CLOSING";
    static final String OPEN = "OPEN";
    static final int SINGLE_SAVES = 5;
    static final int BATCH = 100;

    private CrashWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        DataFolder folder = new DataFolder(Path.of(args[0]));
        char[] password = System.getenv("SOTREEM_PASSWORD").toCharArray();
        RegisterStore store = RegisterStore.open(folder, password);
        out.println(READY);
        int next = 0;
        while (true) {
            for (int i = 0; i < SINGLE_SAVES; i++) {
                out.println(SAVING);
                out.println(store.saveChild(child(next++)).getCode());
            }
            int first = next;
            next += BATCH;
            out.println(BATCH_STARTS);
            List<String> batchCodes = store.write(tx -> {
                List<String> codes = new ArrayList<>();
                for (int i = first; i < first + BATCH; i++) {
                    codes.add(tx.saveChild(child(i)).getCode());
                }
                return codes;
            });
            batchCodes.forEach(out::println);
            out.println(CLOSING + " " + store.chunksFillRate());
            store.close();
            store = RegisterStore.open(folder, password);
            out.println(OPEN);
        }
    }

    static Child child(int i) {
        Child child = new Child();
        child.setFullName("Trẻ Thử Nghiệm " + i);
        child.setBirthDate(LocalDate.of(2015, 1, 1).plusDays(i % 3000));
        child.setSex(i % 2 == 0 ? Sex.MALE : Sex.FEMALE);
        child.setVillage("Thôn " + (i % 12 + 1));
        child.setNote("x".repeat(i % 400));
        return child;
    }
}
