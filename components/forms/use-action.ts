"use client";
// Calls a server action (lib/actions, through runAction) from a client form: pending state, the last result, and
// its field errors for the fields to show.
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/run";

export type AnyAction = (input: never) => Promise<ActionResult<unknown>>;

export function useAction() {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  function run<I, T>(
    action: (input: I) => Promise<ActionResult<T>>,
    input: I,
    onOk?: (r: ActionResult<T> & { ok: true }) => void,
  ) {
    startTransition(async () => {
      const r = await action(input);
      setResult(r as ActionResult<unknown>);
      if (r.ok) onOk?.(r as ActionResult<T> & { ok: true });
    });
  }
  const errors: Record<string, string> = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return { pending, result, run, errors, reset: () => setResult(null) };
}
