// The columns of each gap list — header, the sort key it orders by, the cell of a row — for the capped tables of
// /gaps and each list's paged view (/gaps/lists), so both show a row the same way.
import type { ReactNode } from "react";
import Link from "next/link";
import type { useFormatter, useTranslations } from "next-intl";
import type { Field, SkillItem } from "@/lib/itss/fields";
import type { GapListRows } from "@/lib/db/queries/gaps";
import type { GapListKey, GapListSort } from "@/lib/search-params/gaps";
import { missingText, type ItssT } from "@/components/evaluation/sentences";

type GapsT = ReturnType<typeof useTranslations<"gaps">>;
type Format = ReturnType<typeof useFormatter>;

export type GapColumn<K extends GapListKey> = {
  label: string;
  sort?: GapListSort;
  cell: (r: GapListRows[K]) => ReactNode;
};

const memberLink = (id: number, name: string) => (
  <Link href={`/members/${id}`} className="text-brand-700 underline hover:text-brand-900">
    {name}
  </Link>
);

/** The columns of `list`, and each row's key. */
export function gapListColumns<K extends GapListKey>(
  list: K,
  t: GapsT,
  ts: ItssT,
  format: Format,
): { columns: GapColumn<K>[]; key: (r: GapListRows[K], i: number) => string } {
  const fieldName = (f: Field) => ts(`fields.${f}`);
  const itemName = (f: Field, item: SkillItem | null) =>
    item === null ? t("fieldLevel", { field: fieldName(f) }) : ts(`items.${item}`);
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), "date");
  const rows = <R,>(
    key: (r: R, i: number) => string,
    columns: { label: string; sort?: GapListSort; cell: (r: R) => ReactNode }[],
  ) => ({ columns, key }) as unknown as { columns: GapColumn<K>[]; key: (r: GapListRows[K], i: number) => string };
  switch (list) {
    case "singles":
      return rows<GapListRows["singles"]>(
        (p) => `${p.teamId}:${p.field}:${p.item}`,
        [
          { label: t("singles.head.team"), sort: "team", cell: (p) => p.teamName },
          { label: t("singles.head.skill"), sort: "item", cell: (p) => itemName(p.field, p.item) },
          { label: t("singles.head.atLevel"), sort: "level", cell: (p) => t("atLeast", { level: p.minLevel }) },
          {
            label: t("singles.head.only"),
            sort: "member",
            cell: (p) => (
              <span>
                {memberLink(p.memberId!, p.memberName!)}
                {p.selfOnly ? ` ${t("singles.selfOnly", { count: p.selfOnly })}` : null}
              </span>
            ),
          },
        ],
      );
    case "nobody":
      return rows<GapListRows["nobody"]>(
        (p) => `${p.teamId}:${p.field}:${p.item}`,
        [
          { label: t("singles.head.team"), sort: "team", cell: (p) => p.teamName },
          { label: t("singles.head.skill"), sort: "item", cell: (p) => itemName(p.field, p.item) },
          {
            label: t("singles.head.atLevel"),
            sort: "level",
            cell: (p) =>
              p.selfOnly
                ? `${t("atLeast", { level: p.minLevel })} ${t("singles.selfOnly", { count: p.selfOnly })}`
                : t("atLeast", { level: p.minLevel }),
          },
        ],
      );
    case "oneStep":
      return rows<GapListRows["oneStep"]>(
        (r) => `${r.memberId}:${r.field}`,
        [
          { label: t("oneStep.head.member"), sort: "member", cell: (r) => memberLink(r.memberId, r.name) },
          { label: t("oneStep.head.team"), sort: "team", cell: (r) => r.teamName },
          { label: t("oneStep.head.field"), sort: "field", cell: (r) => fieldName(r.field) },
          { label: t("oneStep.head.level"), sort: "level", cell: (r) => `${r.level} → ${r.nextLevel}` },
          { label: t("oneStep.head.step"), cell: (r) => missingText(ts, r.missing) },
        ],
      );
    case "certifications":
      return rows<GapListRows["certifications"]>(
        (c, i) => `${c.memberId}:${i}`,
        [
          { label: t("certs.head.member"), sort: "member", cell: (c) => memberLink(c.memberId, c.name) },
          { label: t("certs.head.team"), sort: "team", cell: (c) => c.teamName },
          { label: t("certs.head.certification"), sort: "certification", cell: (c) => c.certification },
          { label: t("certs.head.expires"), sort: "expires", cell: (c) => date(c.expiresOn) },
          { label: t("certs.head.in"), cell: (c) => t("certs.days", { days: c.days }) },
        ],
      );
    case "apart":
      return rows<GapListRows["apart"]>(
        (r) => `${r.memberId}:${r.field}:${r.item}`,
        [
          { label: t("apart.head.member"), sort: "member", cell: (r) => memberLink(r.memberId, r.name) },
          { label: t("apart.head.team"), sort: "team", cell: (r) => r.teamName },
          {
            label: t("apart.head.item"),
            sort: "item",
            cell: (r) => t("apart.item", { item: ts(`items.${r.item}`), field: fieldName(r.field) }),
          },
          { label: t("apart.head.self"), sort: "self", cell: (r) => r.selfLevel },
          { label: t("apart.head.lead"), sort: "lead", cell: (r) => r.leadLevel },
        ],
      );
    default:
      return rows<GapListRows["stale"]>(
        (r) => String(r.memberId),
        [
          { label: t("stale.head.member"), sort: "member", cell: (r) => memberLink(r.memberId, r.name) },
          { label: t("stale.head.team"), sort: "team", cell: (r) => r.teamName },
          { label: t("stale.head.items"), sort: "items", cell: (r) => r.items },
          { label: t("stale.head.oldest"), sort: "oldest", cell: (r) => date(r.oldest) },
        ],
      );
  }
}
