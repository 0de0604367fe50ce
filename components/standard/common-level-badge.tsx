// Marks the standard's common entry levels 1 and 2 (the same for every job category and skill item).
export function CommonLevelBadge() {
  return (
    <span className="ml-1 inline-block rounded border border-slate-300 bg-slate-100 px-1.5 py-0.5 text-[0.7rem] font-medium leading-none text-slate-700">
      common
    </span>
  );
}

export const COMMON_LEVELS_NOTE =
  "Levels 1 and 2 are the standard's common entry levels: the same for all job categories and skill items.";
