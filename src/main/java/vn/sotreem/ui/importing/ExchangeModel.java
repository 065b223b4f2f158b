package vn.sotreem.ui.importing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.VietnameseText;
import java.util.List;
import vn.sotreem.domain.place.OldCommune;
import vn.sotreem.domain.place.OldCommunes;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.exchange.workbook.ImportReport;
import vn.sotreem.exchange.workbook.RegisterWorkbookExporter;
import vn.sotreem.exchange.workbook.RegisterWorkbookImporter;
import vn.sotreem.storage.RegisterStore;

/**
 * The register's side of import and export: the register workbook checked, imported or written,
 * and the officers' own lists (through {@link #listImport}). Every method but {@link #listImport}
 * reads or writes the register or a file: call it off the FX thread.
 */
public final class ExchangeModel {

    private final RegisterStore store;

    public ExchangeModel(RegisterStore store) {
        this.store = store;
    }

    /** The commune's name and codes (for the suggested file name). */
    public RegisterInfo info() {
        return store.info();
    }

    /** "so-tre-em-phuong-ba-dinh-2026-03-01.xlsx". */
    static String suggestedName(RegisterInfo info, LocalDate today) {
        return "so-tre-em-" + VietnameseText.foldKey(info.communeName()) + "-"
                + today.format(DateTimeFormatter.ofPattern("yyyy-MM-dd")) + ".xlsx";
    }

    /** The register's commune and the pre-2025 communes merged into it (only itself, or none, when there was no merger). */
    record Communes(String communeName, List<OldCommune> former) {
        /** True when a register workbook may be one of an old commune's, so the officer is asked whose. */
        boolean merged() {
            return former.size() > 1;
        }
    }

    /** Reads the register's details: whose registers a workbook may be. */
    Communes communes() {
        RegisterInfo info = store.info();
        return new Communes(info.communeName(), OldCommunes.get().formerCommunesOf(info.communeCode()));
    }

    /** A dry run; {@code oldCommuneCode}: the file is the register of this pre-2025 commune (null: the commune's own). */
    ImportReport check(Path file, String oldCommuneCode, LocalDate today, Progress progress) {
        return new RegisterWorkbookImporter(store, today).dryRun(file, oldCommuneCode, progress);
    }

    ImportReport importAll(Path file, String oldCommuneCode, LocalDate today, Progress progress) {
        return new RegisterWorkbookImporter(store, today).importAll(file, oldCommuneCode, progress);
    }

    /** Writes the register workbook; the number of children written. */
    int export(Path file, LocalDate today, Progress progress) {
        return new RegisterWorkbookExporter(store, today).export(file, progress);
    }

    /** A new import of an officer's own list. */
    ListImportModel listImport() {
        return new ListImportModel(store);
    }
}
