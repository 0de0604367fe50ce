// LEVELBOARD_ENGINE_TIMING=1 (set by `npm run bench`): each outermost engine call prints `levelboard:engine <ms>`, and
// the bench sums those lines per request to report the engine's share of server time. Off, the call is untouched.
const on = typeof process !== "undefined" && process.env?.LEVELBOARD_ENGINE_TIMING === "1";
let depth = 0;

export function timed<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  if (!on) return fn;
  return (...args: A) => {
    if (depth > 0) return fn(...args);
    depth++;
    const started = performance.now();
    try {
      return fn(...args);
    } finally {
      depth--;
      console.log(`levelboard:engine ${(performance.now() - started).toFixed(3)}`);
    }
  };
}
