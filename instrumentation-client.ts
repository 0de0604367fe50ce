// Runs in the browser before the app: zod's JIT probe (`new Function("")`) is an eval, which the Content-Security-Policy
// (proxy.ts) forbids; even caught, the browser reports it as a policy violation. Validation in the browser runs without
// the JIT (e2e/headers.spec.ts walks the app and fails on any violation).
import { config } from "zod/v4/core";

config({ jitless: true });
