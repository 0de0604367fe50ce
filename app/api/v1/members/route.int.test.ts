// The read API and the admin export route against a real database, with only the session mocked.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import * as s from "@/lib/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import type { Fixture } from "@/lib/testing/fixture";
import { readMemberRecords } from "@/lib/db/queries/evidence";
import { toEvidence } from "@/lib/evaluation/evidence";
import { evaluate } from "@/lib/itss/evaluate";
import { FIELDS } from "@/lib/itss/fields";
import { evaluateMembers } from "@/lib/evaluation/current";
import { refreshAllStandings } from "@/lib/evaluation/refresh";
import {
  apiErrorSchema,
  memberEvaluationResponseSchema,
  memberResponseSchema,
  membersResponseSchema,
} from "@/lib/api/members";

const list = await import("./route");
const one = await import("./[id]/route");
const evaluation = await import("./[id]/evaluation/route");
const exportRoute = await import("../../admin/export.json/route");
const importRoute = await import("../../admin/import.json/route");

const req = (path: string) => new Request(`http://localhost${path}`);
const ctx = (id: string | number) => ({ params: Promise.resolve({ id: String(id) }) });

describe("read API", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  beforeAll(async () => {
    f = h.fixture;
    const memberId = f.members.memberA.id;
    await h.db.insert(s.projects).values([
      {
        memberId,
        field: "hardware",
        name: "P1",
        role: "leader",
        status: "completed",
        successful: true,
        complexity: ["multi_platform", "multi_vendor"],
        scope: "wide_area_team",
        reviewState: "approved",
      },
      {
        memberId,
        field: "hardware",
        name: "P2",
        role: "leader",
        status: "completed",
        successful: true,
        complexity: ["multi_platform", "multi_vendor"],
        scope: "specific_users",
        reviewState: "submitted",
      },
    ]);
    await h.db
      .insert(s.specialties)
      .values({ memberId, field: "hardware", area: "first_support_contact", reviewState: "approved" });
    await h.db.insert(s.exams).values({ memberId, exam: "FE", reviewState: "approved" });
    await h.db.insert(s.skillAssessments).values(
      ["communication", "leadership"].map((item) => ({
        memberId,
        field: "software" as const,
        item,
        selfLevel: 3,
        leadLevel: item === "leadership" ? 2 : null,
      })),
    );
    // The records above are written directly, as the backfill after the read model's migration would find them.
    await refreshAllStandings(h.db);
  });

  const as = (actor: CurrentUser | null) => {
    actAs(actor);
  };

  it("answers 401 when signed out", async () => {
    as(null);
    for (const res of [
      await list.GET(req("/api/v1/members")),
      await one.GET(req("/"), ctx(1)),
      await evaluation.GET(req("/"), ctx(1)),
      await exportRoute.GET(req("/api/admin/export.json")),
    ]) {
      expect(res.status).toBe(401);
      expect(apiErrorSchema.parse(await res.json())).toEqual({ error: "Sign in first." });
    }
  });

  const matrix: [keyof Fixture["actors"], Record<"memberA" | "memberB" | "memberC", number>][] = [
    ["admin", { memberA: 200, memberB: 200, memberC: 200 }],
    ["head1", { memberA: 200, memberB: 200, memberC: 404 }],
    ["leadA", { memberA: 200, memberB: 404, memberC: 404 }],
    ["memberA", { memberA: 200, memberB: 404, memberC: 404 }],
  ];
  for (const [actor, expected] of matrix) {
    it(`${actor}: member and evaluation endpoints follow the policy`, async () => {
      as(f.actors[actor]);
      for (const [member, status] of Object.entries(expected) as [keyof typeof expected, number][]) {
        const id = f.members[member].id;
        const res = await one.GET(req(`/api/v1/members/${id}`), ctx(id));
        expect(res.status, `${actor} → ${member}`).toBe(status);
        const ev = await evaluation.GET(req(`/api/v1/members/${id}/evaluation`), ctx(id));
        expect(ev.status, `${actor} → ${member} evaluation`).toBe(status);
        // Outside the scope reads exactly like an id that does not exist: no enumeration of ids.
        if (status === 404) expect(await res.json()).toEqual({ error: `No member with id ${id}.` });
      }
      const unknown = await one.GET(req("/"), ctx(999999));
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toEqual({ error: "No member with id 999999." });
      expect((await evaluation.GET(req("/"), ctx(999999))).status).toBe(404);
      for (const bad of ["abc", "0", "-1", "1.5", "99999999999"])
        expect((await one.GET(req("/"), ctx(bad))).status, bad).toBe(400);
      expect((await evaluation.GET(req("/"), ctx("x"))).status).toBe(400);
    });
  }

  it("lists exactly the members each role may see, with official levels", async () => {
    const expected: Record<string, number[]> = {
      admin: [f.members.memberA.id, f.members.memberA2.id, f.members.memberB.id, f.members.memberC.id],
      head1: [f.members.memberA.id, f.members.memberA2.id, f.members.memberB.id],
      leadA: [f.members.memberA.id, f.members.memberA2.id],
      memberA: [f.members.memberA.id],
    };
    for (const [actor, ids] of Object.entries(expected)) {
      as(f.actors[actor as keyof Fixture["actors"]]);
      const res = await list.GET(req("/api/v1/members"));
      expect(res.status).toBe(200);
      const body = membersResponseSchema.parse(await res.json());
      expect(
        body.members.map((m: { id: number }) => m.id),
        actor,
      ).toEqual(ids);
      expect(body.total).toBe(ids.length);
    }
    as(f.actors.leadA);
    const body = await (await list.GET(req("/api/v1/members"))).json();
    expect(body.members[0]).toEqual({
      id: f.members.memberA.id,
      name: f.members.memberA.name,
      teamId: f.teams.teamA.id,
      teamName: "Team A",
      archived: false,
      levels: {
        hardware: { level: 3, source: "kpi", skillLevel: null },
        software: { level: 2, source: "exam", skillLevel: null },
        facility: { level: 2, source: "exam", skillLevel: null },
      },
    });
  });

  it("the listed levels are the read model's, equal to a fresh evaluation of each member's approved records", async () => {
    as(f.actors.admin);
    const body = membersResponseSchema.parse(await (await list.GET(req("/api/v1/members"))).json());
    const fresh = await evaluateMembers(
      h.db,
      body.members.map((m) => m.id),
      "official",
    );
    for (const m of body.members) {
      const e = fresh.get(m.id)!.evaluation;
      expect(m.levels, m.name).toEqual(
        Object.fromEntries(
          FIELDS.map((f) => [
            f,
            { level: e.fields[f].level, source: e.fields[f].source, skillLevel: e.fields[f].skillLevel },
          ]),
        ),
      );
    }
    // Proof the list reads the stored standing: a record written without the refresh does not show until refreshed.
    const memberB = f.members.memberB.id;
    await h.db.insert(s.exams).values({ memberId: memberB, exam: "AP", reviewState: "approved" });
    const levelOfB = async () =>
      membersResponseSchema
        .parse(await (await list.GET(req("/api/v1/members"))).json())
        .members.find((m) => m.id === memberB)!.levels.software;
    expect(await levelOfB()).toEqual({ level: 0, source: "none", skillLevel: null });
    await h.db.transaction((tx) => refreshAllStandings(tx));
    expect(await levelOfB()).toEqual({ level: 3, source: "exam", skillLevel: null });
    expect((await evaluateMembers(h.db, [memberB])).get(memberB)!.evaluation.fields.software).toMatchObject({
      level: 3,
      source: "exam",
    });
  });

  it("paginates with limit and offset, and rejects bad values with 400", async () => {
    as(f.actors.admin);
    const page = await (await list.GET(req("/api/v1/members?limit=2&offset=1"))).json();
    expect(page).toMatchObject({
      total: 4,
      limit: 2,
      offset: 1,
      members: [{ id: f.members.memberA2.id }, { id: f.members.memberB.id }],
    });
    for (const q of ["limit=0", "limit=501", "limit=abc", "offset=-1", "offset=1.5"]) {
      const res = await list.GET(req(`/api/v1/members?${q}`));
      expect(res.status, q).toBe(400);
      expect(apiErrorSchema.parse(await res.json()).error).toMatch(
        q.startsWith("limit") ? /^limit must/ : /^offset must/,
      );
    }
  });

  it("returns the member's records with review states", async () => {
    as(f.actors.memberA);
    const id = f.members.memberA.id;
    await h.db.insert(s.successions).values({
      memberId: id,
      field: "hardware",
      kind: "book",
      title: "A book",
      achievedOn: "2025-03-01",
      reviewState: "approved",
      reviewedAt: new Date(),
    });
    await h.db
      .insert(s.mentorings)
      .values({ memberId: id, field: "hardware", mentee: "Someone", fromDate: "2024-04-01", toDate: null });
    await h.db
      .insert(s.certifications)
      .values({ memberId: id, name: "CCNA", obtainedOn: "2023-06-01", expiresOn: "2026-12-31" });
    const body = await (await one.GET(req(`/api/v1/members/${id}`), ctx(id))).json();
    expect(memberResponseSchema.safeParse(body).error).toBeUndefined();
    expect(body).toMatchObject({ id, name: f.members.memberA.name, teamName: "Team A", archived: false });
    expect(Object.keys(body.records)).toEqual([
      "projects",
      "specialties",
      "successions",
      "mentorings",
      "exams",
      "certifications",
      "assessments",
    ]);
    expect(body.records.projects.map((p: { name: string; reviewState: string }) => [p.name, p.reviewState])).toEqual([
      ["P1", "approved"],
      ["P2", "submitted"],
    ]);
    for (const kind of Object.keys(body.records)) expect(body.records[kind].length, kind).toBeGreaterThan(0); // the schema checked every kind
    expect(memberResponseSchema.safeParse({ ...body, secret: 1 }).success).toBe(false); // a key the schema does not describe fails
  });

  it("the evaluation equals evaluate(toEvidence(...)) in the CLI's shape, official and provisional", async () => {
    as(f.actors.leadA);
    const id = f.members.memberA.id;
    const records = (await readMemberRecords(h.db, [id], "evaluation")).get(id)!;
    for (const mode of ["official", "provisional"] as const) {
      const res = await evaluation.GET(req(`/api/v1/members/${id}/evaluation?mode=${mode}`), ctx(id));
      const body = await res.json();
      expect(memberEvaluationResponseSchema.safeParse(body).error).toBeUndefined();
      expect(body).toEqual(JSON.parse(JSON.stringify(evaluate(toEvidence(records, mode).evidence))));
      expect(Object.keys(body)).toEqual(["fields"]);
      expect(Object.keys(body.fields)).toEqual([...FIELDS]);
      for (const f of FIELDS)
        expect(Object.keys(body.fields[f]).sort()).toEqual([
          "examLevel",
          "kpiLevel",
          "level",
          "next",
          "projects",
          "skillLevel",
          "source",
        ]);
    }
    const official = await (await evaluation.GET(req(`/x`), ctx(id))).json();
    expect(official.fields.hardware.projects).toEqual([{ index: 0, projectLevel: 4 }]);
    const provisional = await (await evaluation.GET(req(`/x?mode=provisional`), ctx(id))).json();
    expect(provisional.fields.hardware.projects).toHaveLength(2);
    const draft = await evaluation.GET(req(`/x?mode=draft`), ctx(id));
    expect(draft.status).toBe(400);
    expect(await draft.json()).toEqual({ error: "mode must be official or provisional." });
    const badId = await one.GET(req("/"), ctx("3000000000"));
    expect(badId.status).toBe(400);
    expect(await badId.json()).toEqual({ error: "The member id must be a positive whole number." });
  });

  it("the JSON export is for admins only", async () => {
    for (const actor of ["head1", "leadA", "memberA"] as const) {
      as(f.actors[actor]);
      expect((await exportRoute.GET(req("/api/admin/export.json"))).status).toBe(403);
    }
    as(f.actors.admin);
    const res = await exportRoute.GET(req("/api/admin/export.json"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /attachment; filename="levelboard-organisation-\d{4}-\d{2}-\d{2}\.json"/,
    );
    const body = await res.json();
    expect(body).toMatchObject({ format: "levelboard-organisation", version: 1 });
    expect(body.tables.members).toHaveLength(4);
  });

  it("the JSON restore refuses non-admins (403), bad files (400) and a database with an organisation (409)", async () => {
    const post = (body: string) =>
      new Request("http://localhost/api/admin/import.json", {
        method: "POST",
        body,
        headers: { origin: "http://localhost", host: "localhost", "content-type": "application/json" },
      });
    as(f.actors.head1);
    expect((await importRoute.POST(post("{}"))).status).toBe(403);
    as(f.actors.admin);
    const bad = await importRoute.POST(
      post(JSON.stringify({ format: "levelboard-organisation", version: 1, tables: { members: "x" } })),
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors.map((e: { path: string }) => e.path)).toContain("tables.members");
    const full = await exportRoute.GET(req("/api/admin/export.json"));
    const refused = await importRoute.POST(post(await full.text()));
    expect(refused.status).toBe(409);
    expect((await refused.json()).error).toMatch(/not empty/);
  });

  it("the JSON restore checks Origin and content type, and reads a bounded body even when chunked", async () => {
    as(f.actors.admin);
    const send = (headers: Record<string, string>, body: BodyInit = "{}") =>
      importRoute.POST(
        new Request("http://localhost/api/admin/import.json", {
          method: "POST",
          body,
          headers: { host: "localhost", ...headers },
          duplex: "half",
        } as RequestInit),
      );
    const json = { "content-type": "application/json" };
    expect((await send({ ...json })).status).toBe(403); // no Origin
    const crossSite = await send({ ...json, origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    expect((await crossSite.json()).error).toMatch(/Origin/);
    expect((await send({ origin: "http://localhost", "content-type": "text/plain" })).status).toBe(415);
    expect(
      (await send({ origin: "http://localhost", "content-type": "application/x-www-form-urlencoded" })).status,
    ).toBe(415);
    // A chunked body (no Content-Length) of more than 50 MB: refused once the bound is passed, without reading it all.
    let sent = 0;
    const chunk = new Uint8Array(1_000_000).fill(32);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        if (sent > 200_000_000) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const big = await send({ ...json, origin: "http://localhost" }, endless);
    expect(big.status).toBe(413);
    expect(sent).toBeLessThan(60_000_000);
    // The right headers and a small body reach the parser (400: not an export).
    expect((await send({ ...json, origin: "http://localhost" }, "{}")).status).toBe(400);
  });

  it("the JSON restore's limit is LEVELBOARD_RESTORE_MAX_MB, named in the answer; the upload is read only up to it", async () => {
    as(f.actors.admin);
    const send = (body: BodyInit, headers: Record<string, string> = {}) =>
      importRoute.POST(
        new Request("http://localhost/api/admin/import.json", {
          method: "POST",
          body,
          headers: { host: "localhost", origin: "http://localhost", "content-type": "application/json", ...headers },
          duplex: "half",
        } as RequestInit),
      );
    vi.stubEnv("LEVELBOARD_RESTORE_MAX_MB", "2");
    try {
      let sent = 0;
      const chunk = new Uint8Array(100_000).fill(32);
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += chunk.byteLength;
          if (sent > 20_000_000) controller.close();
          else controller.enqueue(chunk);
        },
      });
      const big = await send(endless);
      expect(big.status).toBe(413);
      expect(await big.json()).toEqual({
        error: "The file is larger than 2 MB (LEVELBOARD_RESTORE_MAX_MB).",
        limitMb: 2,
      });
      expect(sent).toBeLessThan(2_500_000);
      // Its own security headers: the proxy does not run for this path (it would buffer the body).
      expect(big.headers.get("x-content-type-options")).toBe("nosniff");
      // A Content-Length past the limit is refused before anything is read.
      expect((await send("{}", { "content-length": "2000001" })).status).toBe(413);
      // Under the limit, the same file is read to its end: a database with an organisation refuses it (409).
      const full = await (await exportRoute.GET(req("/api/admin/export.json"))).text();
      expect(full.length).toBeLessThan(2_000_000);
      expect((await send(full)).status).toBe(409);
      // An unreadable setting is a server error, not a silent default.
      vi.stubEnv("LEVELBOARD_RESTORE_MAX_MB", "lots");
      expect((await send("{}")).status).toBe(500);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
