"use client";
// The gap charts load Recharts only when they scroll into view (next/dynamic, no server render): the page's first
// load stays without the chart library, and a page nobody scrolls down never fetches it. Printing draws them all:
// on `beforeprint` and when the print media query starts to match (print preview, `emulateMedia`), so the paper
// never shows an empty box.
import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ComponentProps } from "react";
import { useTranslations } from "next-intl";

function Skeleton() {
  const t = useTranslations("gaps.charts");
  return (
    <div role="status" aria-live="polite" className="h-64 animate-pulse rounded bg-slate-100">
      <span className="sr-only">{t("loading")}</span>
    </div>
  );
}
const skeleton = () => <Skeleton />;
const Distribution = dynamic(() => import("./gap-charts").then((m) => m.DistributionChart), {
  ssr: false,
  loading: skeleton,
});
const Trend = dynamic(() => import("./gap-charts").then((m) => m.TrendChart), { ssr: false, loading: skeleton });

function useInView<T extends Element>() {
  const ref = useRef<T>(null);
  // Without IntersectionObserver (old browsers), draw at once; when printing, too.
  const [seen, setSeen] = useState(
    () =>
      typeof window !== "undefined" &&
      (typeof IntersectionObserver === "undefined" || window.matchMedia?.("print").matches === true),
  );
  useEffect(() => {
    const el = ref.current;
    if (!el || seen) return;
    const show = () => setSeen(true);
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) show();
      },
      { rootMargin: "200px" },
    );
    io.observe(el);
    const print = window.matchMedia?.("print");
    const onPrint = (e: MediaQueryListEvent) => e.matches && show();
    window.addEventListener("beforeprint", show);
    print?.addEventListener("change", onPrint);
    return () => {
      io.disconnect();
      window.removeEventListener("beforeprint", show);
      print?.removeEventListener("change", onPrint);
    };
  }, [seen]);
  return [ref, seen] as const;
}

export function LazyDistributionChart(props: ComponentProps<typeof Distribution>) {
  const [ref, seen] = useInView<HTMLDivElement>();
  return <div ref={ref}>{seen ? <Distribution {...props} /> : skeleton()}</div>;
}

export function LazyTrendChart(props: ComponentProps<typeof Trend>) {
  const [ref, seen] = useInView<HTMLDivElement>();
  return <div ref={ref}>{seen ? <Trend {...props} /> : skeleton()}</div>;
}
