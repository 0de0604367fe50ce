"use client";
// The member page's charts, loaded in the browser only (Recharts stays out of every other page's bundle).
import dynamic from "next/dynamic";

const placeholder = (height: string) =>
  function ChartLoading() {
    return <div className={`${height} w-full animate-pulse rounded bg-slate-100`} aria-hidden="true" />;
  };

export const SkillChart = dynamic(() => import("./skill-chart"), { ssr: false, loading: placeholder("h-80") });
export const HistoryChart = dynamic(() => import("./history-chart"), { ssr: false, loading: placeholder("h-40") });
