package vn.sotreem.ui.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotreem.domain.place.AdminUnits;
import vn.sotreem.domain.place.CommuneMatch;
import vn.sotreem.domain.place.Province;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.common.ErrorMessages;

/**
 * First-start setup without a screen: the province and commune (found by current or pre-2025
 * name, without accents), the officer, the password typed twice and the commune's villages.
 */
final class SetupViewModel {

    public static final int MIN_PASSWORD_LENGTH = vn.sotreem.storage.security.PasswordRules.MIN_LENGTH;

    private final AdminUnits units;
    private final ObservableList<Province> provinces;
    private final ObjectProperty<Province> province = new SimpleObjectProperty<>();
    private final StringProperty communeQuery = new SimpleStringProperty("");
    private final ObservableList<CommuneMatch> communeMatches = FXCollections.observableArrayList();
    private final ObjectProperty<CommuneMatch> commune = new SimpleObjectProperty<>();
    private final StringProperty officerName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordRepeat = new SimpleStringProperty("");
    private final StringProperty newVillage = new SimpleStringProperty("");
    private final ObservableList<String> villages = FXCollections.observableArrayList();

    private final ReadOnlyStringWrapper communeMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper officerMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper passwordMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper repeatMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper villagesMessage = new ReadOnlyStringWrapper("");
    private boolean showAll;

    /** A register just created: open, with its first recovery key (null if making it failed). */
    record Created(OpenedRegister opened, String recoveryKey) {
    }

    /**
     * Off the FX thread: creates the register in {@code folder} (the password is wiped) and its first
     * recovery key; a failure to make the key is logged, and the main window says how to make one later.
     */
    static Created create(DataFolder folder, RegisterInfo info, char[] password, List<String> villages) {
        RegisterStore store;
        try {
            store = RegisterStore.create(folder, info, password, villages);
        } finally {
            Arrays.fill(password, '\0');
        }
        String recoveryKey = null;
        try {
            recoveryKey = store.accounts().regenerateRecoveryKey();
        } catch (RuntimeException e) {
            ErrorMessages.describe(e); // logged
        }
        return new Created(OpenedRegister.load(store), recoveryKey);
    }

    public SetupViewModel(AdminUnits units) {
        this.units = units;
        this.provinces = FXCollections.observableArrayList(units.provinces());
        java.util.Comparator<String> vietnamese = vn.sotreem.domain.child.NameOrder.textComparator();
        this.provinces.sort((a, b) -> byWords(vietnamese, a.name(), b.name()));
        province.addListener((o, was, now) -> {
            commune.set(null);
            refreshMatches();
            updateMessages();
        });
        communeQuery.addListener(o -> refreshMatches());
        for (Observable o : List.<Observable>of(commune, officerName, password, passwordRepeat, villages)) {
            o.addListener(x -> updateMessages());
        }
    }

    /** Word by word, as in a dictionary: "Hà Nội" before "Hải Phòng" (the collator ignores spaces). */
    static int byWords(java.util.Comparator<String> collation, String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int r = collation.compare(x[i], y[i]);
            if (r != 0) {
                return r;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private void refreshMatches() {
        Province p = province.get();
        if (p == null) {
            communeMatches.clear();
            return;
        }
        communeMatches.setAll(units.search(p.code(), communeQuery.get()));
    }

    /** Adds the typed village name; returns a message when it cannot be added, else empty. */
    public Optional<String> addVillage() {
        String name = VietnameseText.clean(newVillage.get());
        if (name.isEmpty()) {
            return Optional.of(setVillagesMessage("Hãy gõ tên thôn/tổ dân phố rồi bấm Thêm."));
        }
        String key = VietnameseText.fold(name);
        if (villages.stream().anyMatch(v -> VietnameseText.fold(v).equals(key))) {
            return Optional.of(setVillagesMessage("Đã có \"" + name + "\" trong danh sách."));
        }
        villages.add(name);
        newVillage.set("");
        villagesMessage.set("");
        return Optional.empty();
    }

    private String setVillagesMessage(String message) {
        villagesMessage.set(message);
        return message;
    }

    public void removeVillage(String name) {
        villages.remove(name);
    }

    private void updateMessages() {
        if (!showAll || commune.get() != null) {
            communeMessage.set("");
        } else {
            communeMessage.set(province.get() == null ? "Hãy chọn tỉnh, rồi chọn xã/phường trong danh sách."
                    : "Hãy bấm chọn xã/phường của mình trong danh sách.");
        }
        officerMessage.set(showAll && VietnameseText.isBlank(officerName.get()) ? "Hãy nhập họ và tên cán bộ." : "");
        String pw = password.get() == null ? "" : password.get();
        String again = passwordRepeat.get() == null ? "" : passwordRepeat.get();
        if (pw.isEmpty()) {
            passwordMessage.set(showAll ? "Hãy đặt mật khẩu (ít nhất " + MIN_PASSWORD_LENGTH + " ký tự)." : "");
        } else if (pw.length() < MIN_PASSWORD_LENGTH) {
            passwordMessage.set("Mật khẩu cần ít nhất " + MIN_PASSWORD_LENGTH + " ký tự (mới có " + pw.length() + ").");
        } else {
            passwordMessage.set("");
        }
        if (again.isEmpty()) {
            repeatMessage.set(showAll && !pw.isEmpty() ? "Hãy gõ lại mật khẩu một lần nữa." : "");
        } else if (!again.equals(pw)) {
            repeatMessage.set("Hai lần gõ mật khẩu chưa giống nhau.");
        } else {
            repeatMessage.set("");
        }
        if (villages.isEmpty() && showAll) {
            villagesMessage.set("Cần ít nhất một thôn/tổ dân phố.");
        } else if (!villages.isEmpty() && villagesMessage.get().startsWith("Cần ít nhất")) {
            villagesMessage.set("");
        }
    }

    /** Checks everything, shows every message, and returns the register info when all is right. */
    public Optional<RegisterInfo> validate() {
        showAll = true;
        updateMessages();
        boolean ok = communeMessage.get().isEmpty() && officerMessage.get().isEmpty()
                && passwordMessage.get().isEmpty() && repeatMessage.get().isEmpty() && !villages.isEmpty();
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(RegisterInfo.of(commune.get().commune(), VietnameseText.clean(officerName.get())));
    }

    public char[] passwordChars() {
        return password.get().toCharArray();
    }

    public List<String> villageNames() {
        return List.copyOf(villages);
    }

    public ObservableList<Province> provinces() {
        return provinces;
    }

    public ObjectProperty<Province> provinceProperty() {
        return province;
    }

    public StringProperty communeQueryProperty() {
        return communeQuery;
    }

    public ObservableList<CommuneMatch> communeMatches() {
        return communeMatches;
    }

    public ObjectProperty<CommuneMatch> communeProperty() {
        return commune;
    }

    public StringProperty officerNameProperty() {
        return officerName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordRepeatProperty() {
        return passwordRepeat;
    }

    public StringProperty newVillageProperty() {
        return newVillage;
    }

    public ObservableList<String> villages() {
        return villages;
    }

    public ReadOnlyStringProperty communeMessageProperty() {
        return communeMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty officerMessageProperty() {
        return officerMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passwordMessageProperty() {
        return passwordMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty repeatMessageProperty() {
        return repeatMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty villagesMessageProperty() {
        return villagesMessage.getReadOnlyProperty();
    }
}
