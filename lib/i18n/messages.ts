// Every text a user reads, per language: messages/<locale>/<namespace>.json, one namespace per area of the app.
// English is the reference: its shape is the type of every language (lib/i18n/messages.test.ts checks that
// Japanese has exactly the same keys and placeholders). The standard's own text (lib/itss/catalog) is not here:
// it stays as the source carries it.
import type { Locale } from "./locales";
import en_common from "@/messages/en/common.json";
import ja_common from "@/messages/ja/common.json";
import en_shell from "@/messages/en/shell.json";
import ja_shell from "@/messages/ja/shell.json";
import en_auth from "@/messages/en/auth.json";
import ja_auth from "@/messages/ja/auth.json";
import en_dashboard from "@/messages/en/dashboard.json";
import ja_dashboard from "@/messages/ja/dashboard.json";
import en_members from "@/messages/en/members.json";
import ja_members from "@/messages/ja/members.json";
import en_records from "@/messages/en/records.json";
import ja_records from "@/messages/ja/records.json";
import en_evaluation from "@/messages/en/evaluation.json";
import ja_evaluation from "@/messages/ja/evaluation.json";
import en_roster from "@/messages/en/roster.json";
import ja_roster from "@/messages/ja/roster.json";
import en_teams from "@/messages/en/teams.json";
import ja_teams from "@/messages/ja/teams.json";
import en_reviews from "@/messages/en/reviews.json";
import ja_reviews from "@/messages/ja/reviews.json";
import en_heatmap from "@/messages/en/heatmap.json";
import ja_heatmap from "@/messages/ja/heatmap.json";
import en_gaps from "@/messages/en/gaps.json";
import ja_gaps from "@/messages/ja/gaps.json";
import en_staffing from "@/messages/en/staffing.json";
import ja_staffing from "@/messages/ja/staffing.json";
import en_standard from "@/messages/en/standard.json";
import ja_standard from "@/messages/ja/standard.json";
import en_admin from "@/messages/en/admin.json";
import ja_admin from "@/messages/ja/admin.json";
import en_transfer from "@/messages/en/transfer.json";
import ja_transfer from "@/messages/ja/transfer.json";
import en_audit from "@/messages/en/audit.json";
import ja_audit from "@/messages/ja/audit.json";
import en_forms from "@/messages/en/forms.json";
import ja_forms from "@/messages/ja/forms.json";
import en_validation from "@/messages/en/validation.json";
import ja_validation from "@/messages/ja/validation.json";
import en_errors from "@/messages/en/errors.json";
import ja_errors from "@/messages/ja/errors.json";
import en_settings from "@/messages/en/settings.json";
import en_itss from "@/messages/en/itss.json";
import ja_itss from "@/messages/ja/itss.json";
import ja_settings from "@/messages/ja/settings.json";
import en_notifications from "@/messages/en/notifications.json";
import ja_notifications from "@/messages/ja/notifications.json";
import en_rounds from "@/messages/en/rounds.json";
import ja_rounds from "@/messages/ja/rounds.json";
import en_ratings from "@/messages/en/ratings.json";
import ja_ratings from "@/messages/ja/ratings.json";

const en = {
  common: en_common,
  shell: en_shell,
  auth: en_auth,
  dashboard: en_dashboard,
  members: en_members,
  records: en_records,
  evaluation: en_evaluation,
  roster: en_roster,
  teams: en_teams,
  reviews: en_reviews,
  heatmap: en_heatmap,
  gaps: en_gaps,
  staffing: en_staffing,
  standard: en_standard,
  admin: en_admin,
  transfer: en_transfer,
  audit: en_audit,
  forms: en_forms,
  validation: en_validation,
  errors: en_errors,
  settings: en_settings,
  itss: en_itss,
  notifications: en_notifications,
  rounds: en_rounds,
  ratings: en_ratings,
};

export type Messages = typeof en;
export type Namespace = keyof Messages;

const ja: Messages = {
  common: ja_common,
  shell: ja_shell,
  auth: ja_auth,
  dashboard: ja_dashboard,
  members: ja_members,
  records: ja_records,
  evaluation: ja_evaluation,
  roster: ja_roster,
  teams: ja_teams,
  reviews: ja_reviews,
  heatmap: ja_heatmap,
  gaps: ja_gaps,
  staffing: ja_staffing,
  standard: ja_standard,
  admin: ja_admin,
  transfer: ja_transfer,
  audit: ja_audit,
  forms: ja_forms,
  validation: ja_validation,
  errors: ja_errors,
  settings: ja_settings,
  itss: ja_itss,
  notifications: ja_notifications,
  rounds: ja_rounds,
  ratings: ja_ratings,
};

export const MESSAGES: Record<Locale, Messages> = { en, ja };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
