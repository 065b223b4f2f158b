package vn.sotreem.ui.importing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.place.OldCommune;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.exchange.ownlist.MappedImportReport;
import vn.sotreem.storage.RegisterStore;

/**
 * The register's side of "Nhập danh sách của xã" over one {@link ImportWizardModel}: the saved
 * column mappings, the commune, the check, the import and saving a mapping. Every method but
 * {@link #wizard} reads or writes the register or the file: call it off the FX thread.
 */
final class ListImportModel {

    /** What the first step offers: the mappings saved before and the communes merged into this one. */
    record Start(List<String> savedNames, RegisterInfo info, List<OldCommune> formerCommunes) {
    }

    private final RegisterStore store;
    private final ImportWizardModel wizard = new ImportWizardModel();

    ListImportModel(RegisterStore store) {
        this.store = store;
    }

    ImportWizardModel wizard() {
        return wizard;
    }

    Start start() {
        RegisterInfo info = store.info();
        return new Start(store.importMappings().names(), info, ImportWizardModel.formerCommunes(info.communeCode()));
    }

    /** Opens the file with the saved mapping named {@code savedName} (null: propose one), from {@code oldCommune} (null: this one). */
    void open(Path file, String savedName, String oldCommune) {
        wizard.useSaved(savedName == null ? null : store.importMappings().load(savedName).orElse(null));
        wizard.fromOldCommune(oldCommune);
        wizard.open(file);
    }

    MappedImportReport check(LocalDate today, Progress progress) {
        return wizard.dryRun(store, today, progress);
    }

    MappedImportReport importAll(LocalDate today, Progress progress) {
        return wizard.importAll(store, today, progress);
    }

    void saveMapping(String name, LocalDateTime now) {
        wizard.save(name, store.importMappings(), now);
    }
}
