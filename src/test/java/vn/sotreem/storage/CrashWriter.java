package vn.sotreem.storage;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import vn.sotreem.domain.Child;
import vn.sotreem.domain.Sex;

/**
 * A separate process for {@link CrashSafetyTest}: opens a register and saves children in a loop,
 * printing each child's code only after its commit returned. The test kills it at random.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (RegisterStore store = RegisterStore.open(new DataFolder(Path.of(args[0])),
                System.getenv("SOTREEM_PASSWORD").toCharArray())) {
            out.println("READY");
            for (int i = 0; ; i++) {
                Child child = new Child();
                child.setFullName("Trẻ Thử Nghiệm " + i);
                child.setBirthDate(LocalDate.of(2015, 1, 1).plusDays(i % 3000));
                child.setSex(i % 2 == 0 ? Sex.MALE : Sex.FEMALE);
                child.setVillage("Thôn " + (i % 12 + 1));
                child.setNote("x".repeat(i % 400));
                Child saved = store.saveChild(child);
                out.println(saved.getCode());
            }
        }
    }
}
