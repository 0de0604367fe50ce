// The layers of lib/, checked by `npm run lint` (dependency-cruiser): each folder of lib/ (and lib/errors.ts,
// lib/validation.ts) imports only from the floors below its own, so the layers point down and no two folders import
// each other; lib/itss imports no framework and nothing else of lib/; lib/ never imports app/ or components/; the
// request-reading modules import "server-only".
// docs/architecture.md explains the floors. A new folder of lib/ goes on a floor here, or lint fails.

/** Bottom first. A folder may import the folders on the floors below it, never those on its own floor or above. */
const FLOORS = [
  ["itss"], // the standard and the engine: pure
  ["i18n", "forms", "limits.ts"], // messages, languages, FormData, the shared limits: no other lib/ import
  ["heatmap", "staffing"], // pure helpers of a view, on the engine
  ["search-params"], // what a view's URL says (nuqs and zod parsers), the staffing need's checks included
  ["errors.ts"], // typed errors a user can act on
  ["db"], // client, schema, the types both sides need (actor, member-records), queries
  ["notify"], // notifications written in the event's transaction (and the mail outbox they are)
  ["validation.ts"], // zod rules shared by forms, actions and imports
  ["targets", "rounds"], // target inputs; assessment rounds' input rules and dates
  ["auth"], // Auth.js, the session, the policy
  ["evaluation"], // the engine on stored records; standings
  ["views"], // a view's scope resolved against the policy
  ["records"], // reviewable records: access and writes
  ["http"], // route handlers' one way: errors to statuses, streams
  ["transfer"], // CSV and JSON import and export
  ["api"], // the read API's schemas
  ["jobs"], // the time-based jobs (reminders, rounds, digests, date-dependent counts) and their runner
  ["actions"], // server actions through runAction
  ["testing"], // integration-test support: may use all of lib/
];

const path = (unit) => (unit.endsWith(".ts") ? `lib/${unit.replace(/\./g, "\\.")}$` : `lib/${unit}/`);
const anyOf = (units) => `^(${units.map(path).join("|")})`;
const known = FLOORS.flat();

const floorRules = FLOORS.flatMap((floor, i) =>
  floor.map((unit) => ({
    name: `layers: lib/${unit}`,
    comment: `lib/${unit} may import only ${FLOORS.slice(0, i).flat().join(", ") || "itself"} (.dependency-cruiser.cjs FLOORS)`,
    severity: "error",
    from: { path: anyOf([unit]), pathNot: "\\.test\\.ts$" },
    to: { path: "^lib/", pathNot: anyOf([unit, ...FLOORS.slice(0, i).flat()]) },
  })),
);

module.exports = {
  forbidden: [
    ...floorRules,
    {
      name: "layers: a new folder of lib/",
      comment: "every folder of lib/ has its floor in .dependency-cruiser.cjs FLOORS",
      severity: "error",
      from: { path: "^lib/", pathNot: `${anyOf(known)}|\\.test\\.ts$` },
      to: {},
    },
    {
      name: "itss is pure",
      comment: "lib/itss imports no framework, no database and nothing else of the app",
      severity: "error",
      from: { path: "^lib/itss/" },
      to: {
        path: "(^|/)node_modules/(next|next-auth|next-intl|react|react-dom|drizzle-orm|postgres|@electric-sql|nuqs)/|^(app|components|i18n)/",
      },
    },
    {
      name: "lib does not import app or components",
      severity: "error",
      from: { path: "^lib/", pathNot: "\\.test\\.ts$" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "components do not import app",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^app/" },
    },
    {
      name: "only tests import the test support",
      severity: "error",
      from: { path: "^(app|components|i18n)/|^lib/(?!testing/)", pathNot: "\\.test\\.ts$" },
      to: { path: "^lib/testing/|\\.test\\.ts$" },
    },
    {
      name: "unit tests are pure",
      comment:
        "a *.test.ts (npm run test:unit) starts no process and opens no database: that is a *.int.test.ts (the integration project)",
      severity: "error",
      from: { path: "\\.test\\.ts$", pathNot: "\\.int\\.test\\.ts$" },
      to: {
        path: "^(node:)?child_process$|(^|/)node_modules/@electric-sql/pglite/|^lib/testing/|^lib/db/(client|test-db|migrate)\\.ts$",
        // lib/testing/in-english.ts is pure (it says a CSV check's message keys in English), unlike the rest there.
        pathNot: "^lib/testing/in-english\\.ts$",
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "no import cycles",
      severity: "error",
      from: { pathNot: "\\.test\\.ts$" },
      to: { circular: true },
    },
  ],
  required: [
    {
      name: "server modules say so",
      severity: "error",
      comment:
        "the modules that read the request or the session, or hold the sign-in, import server-only (a client import fails the build)",
      module: {
        path: "^lib/(auth/(session|auth|throttle)|actions/(run|context)|http/(route|stream))\\.ts$",
      },
      to: { path: "(^|/)node_modules/server-only/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^\\.next" },
    tsConfig: { fileName: "tsconfig.json" },
    // Type-only imports count: a type on the wrong floor ties the floors together as much as a value.
    tsPreCompilationDeps: true,
    cache: { folder: "node_modules/.cache/dependency-cruiser", strategy: "content" },
  },
};
