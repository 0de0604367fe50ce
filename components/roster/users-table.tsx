"use client";
// All user accounts (admin): name, email, role, department, status; filter by role.
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type Features, type TableState } from "@/components/tables/data-table";
import type { UserRow } from "@/lib/db/queries/roster";

const ROLE_LABEL = {
  admin: "Administrator",
  head: "Department head",
  lead: "Team lead",
  member: "Team member",
} as const;
const helper = createColumnHelper<Features, UserRow>();
const columns = [
  helper.accessor("name", {
    id: "name",
    header: "Name",
    cell: (c) => (
      <Link href={`/admin/users/${c.row.original.id}`} className="font-medium text-brand-700 hover:underline">
        {c.getValue()}
      </Link>
    ),
  }),
  helper.accessor("email", { id: "email", header: "Email" }),
  helper.accessor("role", { id: "role", header: "Role", cell: (c) => ROLE_LABEL[c.getValue()] }),
  helper.accessor("departmentName", {
    id: "department",
    header: "Department",
    cell: (c) => c.getValue() ?? <span className="text-slate-400">—</span>,
  }),
  helper.accessor("disabled", {
    id: "status",
    header: "Status",
    cell: (c) =>
      c.getValue() ? (
        <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">Disabled</span>
      ) : (
        "Active"
      ),
  }),
];

function RoleFilter({ role }: { role: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  return (
    <label className="text-sm">
      <span className="mb-1 block font-medium text-slate-700">Role</span>
      <select
        value={role}
        onChange={(e) => {
          const next = new URLSearchParams(search.toString());
          if (e.target.value) next.set("role", e.target.value);
          else next.delete("role");
          next.delete("page");
          router.replace(`${pathname}?${next.toString()}`, { scroll: false });
        }}
        className="rounded-md border border-slate-300 px-2 py-1.5"
      >
        <option value="">All roles</option>
        {Object.entries(ROLE_LABEL).map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}

export function UsersTable({
  rows,
  total,
  state,
  role,
  exportHref,
}: {
  rows: UserRow[];
  total: number;
  state: TableState;
  role: string;
  exportHref: string;
}) {
  return (
    <DataTable
      caption="User accounts"
      columns={columns}
      data={rows}
      total={total}
      state={state}
      getRowId={(r) => String(r.id)}
      searchLabel="Find by name or email"
      archivedLabel="Show disabled accounts"
      toolbar={<RoleFilter role={role} />}
      exportHref={exportHref}
      empty={state.q || role ? "No account matches these filters." : "No user accounts yet."}
    />
  );
}
