"use client";
// Opens the collapsed field section a link points into (the dashboard's "#field-software"): a client-side navigation
// scrolls to the fragment without the browser's own opening of a closed <details>, and the router sets the new URL
// after the page's effects ran, hence the next frame.
import { useEffect } from "react";

export function OpenFromHash() {
  useEffect(() => {
    const open = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      const details = target?.closest("details");
      if (!target || !details) return;
      details.open = true;
      target.scrollIntoView({ block: "start" });
    };
    const frame = requestAnimationFrame(open);
    window.addEventListener("hashchange", open);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("hashchange", open);
    };
  }, []);
  return null;
}
