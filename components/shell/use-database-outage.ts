"use client";
// For error boundaries: asks /api/health whether the database is unreachable, so the boundary can say so (a
// production error carries only a digest, not its cause). false until the answer comes.
import { useEffect, useState } from "react";

export function useDatabaseOutage(): boolean {
  const [isOutage, setOutage] = useState(false);
  useEffect(() => {
    let live = true;
    fetch("/api/health", { cache: "no-store" })
      .then((res) => live && setOutage(res.status === 503))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return isOutage;
}
