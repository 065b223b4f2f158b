package vn.sotreem.cli;

import java.time.format.DateTimeFormatter;
import vn.sotreem.domain.backup.BackupInfo;
import vn.sotreem.domain.backup.CountedRecord;

/** How the command line describes a backup. */
final class BackupText {

    private BackupText() {
    }

    static String time(BackupInfo info) {
        return info.createdAt().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
    }

    /** The record counts in the words the window uses too ({@link CountedRecord}). */
    static String counts(BackupInfo info) {
        return CountedRecord.describe(info.counts());
    }
}
