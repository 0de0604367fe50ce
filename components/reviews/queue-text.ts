// The words the review queue shows around a queued record's facts (lib/db/queries/review.ts gives data only): its
// title and detail lines, in the reader's language, dates through the formatter. The standard's own names (area,
// succession kind, exam) come with the data as the catalog carries them.
import { useFormatter, useTranslations } from "next-intl";
import type { QueueItem } from "@/lib/db/queries/review";

export function useQueueText() {
  const t = useTranslations("reviews.queue");
  const fieldName = useTranslations("roster.fields");
  const format = useFormatter();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), "date");
  const joined = (...parts: (string | null | false)[]) => parts.filter(Boolean).join(" · ");

  function title(i: QueueItem): string {
    switch (i.entity) {
      case "project":
        return i.name;
      case "specialty":
        // The standard's words for the area, never its key.
        return t("specialty.title", { area: i.areaName ?? t("specialty.unknownArea") });
      case "succession":
        return i.title;
      case "mentoring":
        return t("mentoring.title", { mentee: i.mentee });
      case "exam":
        return t("exam.title", { exam: i.exam, name: i.examName });
      case "certification":
        return i.name;
    }
  }

  function details(i: QueueItem): string[] {
    switch (i.entity) {
      case "project":
        return [
          t("project.summary", {
            field: fieldName(i.field!),
            role: t(`project.roles.${i.role}`),
            status: t(`project.statuses.${i.status}`),
            outcome: i.status !== "completed" ? "none" : i.successful ? "successful" : "failed",
          }),
          joined(
            i.sizeName !== null ? t("project.size", { size: i.sizeName }) : t("project.noSize"),
            i.facilitySizes &&
              t("project.facilitySizes", {
                rooms: i.facilitySizes.computerRoomSites,
                floor: i.facilitySizes.floorSpaceM2,
                network: i.facilitySizes.networkSites,
              }),
          ),
          joined(
            i.customer,
            i.startDate !== null &&
              t("period", { from: day(i.startDate), to: i.endDate ? day(i.endDate) : t("project.openEnd") }),
          ),
        ].filter(Boolean);
      case "specialty":
        return [];
      case "succession":
        return [joined(t("succession.kind", { kind: i.kindName }), i.achievedOn !== null && day(i.achievedOn))];
      case "mentoring":
        return [
          t("period", {
            from: i.fromDate ? day(i.fromDate) : t("mentoring.unknownStart"),
            to: i.toDate ? day(i.toDate) : t("mentoring.ongoing"),
          }),
        ];
      case "exam":
        return [i.passedOn ? t("exam.passed", { date: day(i.passedOn) }) : t("exam.passedNoDate")];
      case "certification":
        return [
          joined(
            i.issuer || t("certification.noIssuer"),
            i.expiresOn !== null && t("certification.expires", { date: day(i.expiresOn) }),
          ),
        ];
    }
  }

  /** A project's claimed complexity criteria: a heading and the standard's words for each (null for other records). */
  function criteria(i: QueueItem): { heading: string; items: string[] } | null {
    if (i.entity !== "project") return null;
    return {
      heading: i.criteria.length ? t("project.criteria", { count: i.criteria.length }) : t("project.noCriteria"),
      items: i.criteria,
    };
  }

  return { title, details, criteria };
}
