package vn.sotreem.domain.abuse;

import vn.sotreem.domain.common.VietnameseText;

/** The person who gave the information, only if they agree (Mẫu 01 mục 3); confidential (NĐ 56 Điều 24). */
public record Reporter(String name, String phone, String address) {

    public boolean isEmpty() {
        return VietnameseText.isBlank(name) && VietnameseText.isBlank(phone) && VietnameseText.isBlank(address);
    }
}
