package be.brussels.international.coordination.agreement;

import java.time.LocalDate;

/** What the register records about an agreement (its status changes separately, with a date). */
public record AgreementDetails(AgreementKind kind, String titleFr, String titleNl, String titleEn, Long parentId,
        String signatories, LocalDate signedOn, String signedAt, LocalDate inForceOn, LocalDate expiresOn,
        Boolean tacitRenewal, Integer renewalMonths, Integer noticeMonths, LocalDate reviewOn, String themes,
        String notes) {
}
