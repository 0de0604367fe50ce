// The organisation's settings (one row, organisation_settings): read here, changed by lib/actions/settings.ts. A
// database without the row reads as the defaults.
import { eq } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { organisationSettings } from "../schema";

export type OrganisationSettings = { countSelfRatings: boolean; version: number | null };

export const DEFAULT_SETTINGS: OrganisationSettings = { countSelfRatings: false, version: null };

export async function loadOrganisationSettings(db: Db | Tx): Promise<OrganisationSettings> {
  const [row] = await db
    .select({ countSelfRatings: organisationSettings.countSelfRatings, version: organisationSettings.version })
    .from(organisationSettings)
    .where(eq(organisationSettings.id, 1))
    .limit(1);
  return row ?? DEFAULT_SETTINGS;
}
