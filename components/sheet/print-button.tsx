"use client";
// Opens the browser's print dialog (Print / Save as PDF). The label comes translated from the server.
import { Button } from "@/components/ui/button";

export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
