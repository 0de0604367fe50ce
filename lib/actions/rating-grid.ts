"use server";
// The team rating grid's save (/teams/[id]/ratings): many lead ratings in one transaction
// (lib/records/rating-grid.ts), the standings of the changed members refreshed once, each member told.
import { refreshOfficialEvaluations } from "../evaluation/refresh";
import { saveGridRatings } from "../records/rating-grid";
import { saveRatingGridSchema } from "../records/schemas";
import { notifyLeadRatings } from "../records/events";
import { runAction } from "./run";
import { text } from "../i18n/text";

export async function saveRatingGrid(raw: unknown) {
  return runAction(saveRatingGridSchema, raw, async ({ tx, actor, input }) => {
    const { changed } = await saveGridRatings(tx, actor, input);
    const memberIds = [...changed.keys()];
    await refreshOfficialEvaluations(tx, memberIds);
    await notifyLeadRatings(tx, actor, changed);
    const cells = [...changed.values()].reduce((a, b) => a + b, 0);
    return {
      data: { saved: cells, members: memberIds.length },
      revalidate: [...memberIds.map((id) => `/members/${id}`), "/heatmap"],
      message: text("records.grid.saved", { count: cells, members: memberIds.length }),
    };
  });
}
