import { TableSkeleton } from "@/components/tables/data-table";

export default function Loading() {
  return <TableSkeleton rows={10} />;
}
