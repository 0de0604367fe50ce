// One member's skill sheet (スキルシート), in the document's own language (`t` is a translator over that language's
// messages, not the interface's): header, per field the official level with its source and the engine's path to the
// next level, the skill items with the lead's rating, approved projects, contributions, exams and certifications.
import type { createFormatter, createTranslator } from "next-intl";
import type { Messages } from "@/lib/i18n/messages";
import type { Field } from "@/lib/itss/fields";
import { skillItemsOf } from "@/lib/itss/fields";
import { specialtyLabel } from "@/lib/itss/catalog";
import type { SkillSheetData } from "@/lib/views/sheet";
import { missingText, sourceText, type ItssT } from "@/components/evaluation/sentences";

export type SheetT = ReturnType<typeof createTranslator<Messages>>;
export type SheetFormat = ReturnType<typeof createFormatter>;
export type SheetOptions = { fields: Field[] | null; hideCustomers: boolean; hideSelf: boolean };

export function SkillSheet({
  sheet,
  t,
  ti,
  format,
  options,
  today,
}: {
  sheet: SkillSheetData;
  t: SheetT;
  /** The same language's translator of the itss namespace (the engine's sentences). */
  ti: ItssT;
  format: SheetFormat;
  options: SheetOptions;
  today: Date;
}) {
  const { header, official } = sheet;
  const fields = options.fields ?? sheet.fields;
  const included = <T extends { field: Field }>(rows: T[]) => rows.filter((r) => fields.includes(r.field));
  const date = (d: string | null) =>
    d ? format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : "";
  const period = (from: string | null, to: string | null) => (from || to ? `${date(from)} – ${date(to)}` : "");
  const todayIso = today.toISOString().slice(0, 10);
  const itss = (key: string) => t(`itss.${key}` as Parameters<SheetT>[0]);
  const projects = included(sheet.projects);
  const specialties = included(sheet.specialties);
  const successions = included(sheet.successions);
  const mentorings = included(sheet.mentorings);
  const none = <p>{t("members.sheet.doc.none")}</p>;

  return (
    <article className="sheet-page" data-testid="sheet-page" data-member-id={header.id}>
      <h1>
        {t("members.sheet.doc.title")}: {header.name}
      </h1>
      <div className="sheet-meta">
        <span>
          {t("members.sheet.doc.team")}: {header.teamName}
        </span>
        <span>
          {t("members.sheet.doc.department")}: {header.departmentName}
        </span>
        {header.jobTitle ? (
          <span>
            {t("members.sheet.doc.jobTitle")}: {header.jobTitle}
          </span>
        ) : null}
        <span>{t("members.sheet.doc.asOf", { date: format.dateTime(today, { dateStyle: "long" }) })}</span>
      </div>

      {fields.map((field) => {
        const e = official.fields[field];
        const assessments = new Map(sheet.assessments.filter((a) => a.field === field).map((a) => [a.item, a]));
        return (
          <section key={field} data-testid={`sheet-field-${field}`}>
            <h2>{itss(`fields.${field}`)}</h2>
            <p className="sheet-level" data-testid="sheet-level">
              {t("members.sheet.doc.officialLevel", { level: e.level })}
            </p>
            <p data-testid="sheet-source">{sourceText(ti, field, e)}</p>
            {e.next ? (
              <>
                <h3>{t("members.sheet.doc.next", { level: e.next.level })}</h3>
                {e.next.missing.length ? (
                  <ul>
                    {e.next.missing.map((m) => (
                      <li key={m.code}>{missingText(ti, m)}</li>
                    ))}
                  </ul>
                ) : (
                  <p>{t("members.sheet.doc.nextNothing", { level: e.next.level })}</p>
                )}
              </>
            ) : (
              <p>{t("members.sheet.doc.top")}</p>
            )}
            <h3>{t("members.sheet.doc.items")}</h3>
            <table>
              <thead>
                <tr>
                  <th style={{ width: "60%" }}>{t("members.sheet.doc.item")}</th>
                  <th>{t("members.sheet.doc.lead")}</th>
                  {options.hideSelf ? null : <th>{t("members.sheet.doc.self")}</th>}
                </tr>
              </thead>
              <tbody>
                {skillItemsOf(field).map((item) => {
                  const a = assessments.get(item);
                  return (
                    <tr key={item}>
                      <td>{itss(`items.${item}`)}</td>
                      <td className="num">{a?.leadLevel ?? t("members.sheet.doc.notAssessed")}</td>
                      {options.hideSelf ? null : (
                        <td className="num">{a?.selfLevel ?? t("members.sheet.doc.notAssessed")}</td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}

      <h2>{t("members.sheet.doc.projects")}</h2>
      {projects.length ? (
        <table>
          <thead>
            <tr>
              <th style={{ width: "25%" }}>{t("members.sheet.doc.project")}</th>
              <th style={{ width: "14%" }}>{t("members.sheet.doc.field")}</th>
              <th style={{ width: "12%" }}>{t("members.sheet.doc.role")}</th>
              <th style={{ width: "10%" }}>{t("members.sheet.doc.size")}</th>
              <th style={{ width: "20%" }}>{t("members.sheet.doc.period")}</th>
              {options.hideCustomers ? null : <th>{t("members.sheet.doc.customer")}</th>}
            </tr>
          </thead>
          <tbody>
            {projects.map((p) => (
              <tr key={p.id}>
                <td>{p.name}</td>
                <td>{itss(`fields.${p.field}`)}</td>
                <td>{t(`records.role.${p.role}`)}</td>
                <td className="num">{p.projectLevel}</td>
                <td>{period(p.startDate, p.endDate)}</td>
                {options.hideCustomers ? null : <td data-testid="sheet-customer">{p.customer}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        none
      )}

      <h2>{t("members.sheet.doc.contributions")}</h2>
      {specialties.length + successions.length + mentorings.length ? (
        <ul>
          {specialties.map((s) => (
            <li key={`s${s.id}`}>
              {t("members.sheet.doc.specialty")} ({itss(`fields.${s.field}`)}):{" "}
              {specialtyLabel(s.field, s.area) ?? s.area}
            </li>
          ))}
          {successions.map((s) => (
            <li key={`c${s.id}`}>
              {t("members.sheet.doc.succession")} ({itss(`fields.${s.field}`)}): {s.title} {date(s.achievedOn)}
            </li>
          ))}
          {mentorings.map((m) => (
            <li key={`m${m.id}`}>
              {t("members.sheet.doc.mentoring")} ({itss(`fields.${m.field}`)}) {period(m.fromDate, m.toDate)}
            </li>
          ))}
        </ul>
      ) : (
        none
      )}

      <h2>{t("members.sheet.doc.exams")}</h2>
      {sheet.exams.length ? (
        <table>
          <thead>
            <tr>
              <th>{t("members.sheet.doc.exam")}</th>
              <th>{t("members.sheet.doc.passedOn")}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.exams.map((x) => (
              <tr key={x.id}>
                <td>{itss(`exams.${x.exam}`)}</td>
                <td>{date(x.passedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        none
      )}

      <h2>{t("members.sheet.doc.certifications")}</h2>
      {sheet.certifications.length ? (
        <table>
          <thead>
            <tr>
              <th style={{ width: "40%" }}>{t("members.sheet.doc.certification")}</th>
              <th>{t("members.sheet.doc.issuer")}</th>
              <th>{t("members.sheet.doc.validity")}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.certifications.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td>{c.issuer}</td>
                <td>
                  {c.obtainedOn ? `${date(c.obtainedOn)} · ` : ""}
                  {!c.expiresOn
                    ? t("members.sheet.doc.noExpiry")
                    : c.expiresOn < todayIso
                      ? t("members.sheet.doc.expired", { date: date(c.expiresOn) })
                      : t("members.sheet.doc.validUntil", { date: date(c.expiresOn) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        none
      )}
    </article>
  );
}
