// `npx tsx bench/compare-databases.ts URL_A URL_B`: whether two PostgreSQL databases hold the same rows, table by
// table (row count and the md5 of every row's text, in order). Used to prove that a change to the bench loader
// (`npm run bench:data`) writes the same organisation as before: load the same --members with the old and the new
// code into two databases, then compare. Columns that default to now() hold the load's wall-clock time, and a
// password hash is salted at random (bcrypt) on every load; where a table differs, it is compared again without
// those columns, and the report says so.
import postgres from "postgres";

type Digest = { rows: number; md5: string | null };

async function digest(sql: postgres.Sql, table: string, columns: string[]): Promise<Digest> {
  const list = columns.map((c) => sql(c));
  const cols = list.reduce((acc, c, i) => (i === 0 ? sql`${c}` : sql`${acc}, ${c}`), sql``);
  const [r] = await sql<{ rows: number; md5: string | null }[]>`
    select count(*)::int as rows, md5(string_agg(r::text, '|' order by r::text)) as md5
      from (select ${cols} from ${sql(table)}) r`;
  return r;
}

async function main() {
  const [a, b] = process.argv.slice(2);
  if (!a || !b) throw new Error("usage: compare-databases URL_A URL_B");
  const sa = postgres(a, { max: 1, onnotice: () => {} });
  const sb = postgres(b, { max: 1, onnotice: () => {} });
  const columnsOf = async (sql: postgres.Sql) =>
    sql<{ table_name: string; column_name: string; column_default: string | null }[]>`
      select c.table_name, c.column_name, c.column_default
        from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
       where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
       order by c.table_name, c.ordinal_position`;
  const [ca, cb] = await Promise.all([columnsOf(sa), columnsOf(sb)]);
  const shape = (rows: typeof ca) => JSON.stringify(rows.map((r) => [r.table_name, r.column_name]));
  if (shape(ca) !== shape(cb)) throw new Error("the two databases have different tables or columns");
  const tables = new Map<string, { name: string; isClock: boolean }[]>();
  for (const c of ca)
    tables.set(c.table_name, [
      ...(tables.get(c.table_name) ?? []),
      {
        name: c.column_name,
        isClock: /^now\(\)|CURRENT_TIMESTAMP/i.test(c.column_default ?? "") || c.column_name === "password_hash",
      },
    ]);
  let differ = 0;
  let total = 0;
  for (const [table, columns] of tables) {
    const all = columns.map((c) => c.name);
    const [da, db] = await Promise.all([digest(sa, table, all), digest(sb, table, all)]);
    total += da.rows;
    if (da.rows === db.rows && da.md5 === db.md5) {
      console.log(`same       ${table}: ${da.rows} rows`);
      continue;
    }
    const clock = columns.filter((c) => c.isClock).map((c) => c.name);
    const rest = all.filter((c) => !clock.includes(c));
    const [ra, rb] = clock.length ? await Promise.all([digest(sa, table, rest), digest(sb, table, rest)]) : [da, db];
    if (clock.length && ra.rows === rb.rows && ra.md5 === rb.md5) {
      console.log(`same*      ${table}: ${da.rows} rows (differ only in the load's time or salt: ${clock.join(", ")})`);
      continue;
    }
    differ++;
    console.log(`DIFFERENT  ${table}: ${da.rows} vs ${db.rows} rows`);
  }
  console.log(differ ? `${differ} table(s) differ` : `all ${tables.size} tables identical (${total} rows)`);
  await Promise.all([sa.end(), sb.end()]);
  process.exit(differ ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
