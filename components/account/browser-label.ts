// A session's browser as a person names it ("Chrome 142", "Safari", with its system: "Windows", "iPhone") from the
// User-Agent kept at sign-in. Product names read the same in every language; the sentence around them is a message.
// Pure; the full User-Agent stays available as the cell's title.

export type BrowserLabel = { browser: string; system: string | null } | null;

const BROWSERS: [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\/(\d+)/, "Edge"],
  [/\bOPR\/(\d+)/, "Opera"],
  [/\bFirefox\/(\d+)/, "Firefox"],
  [/\bFxiOS\/(\d+)/, "Firefox"],
  [/\bCriOS\/(\d+)/, "Chrome"],
  [/\bHeadlessChrome\/(\d+)/, "Chrome (headless)"],
  [/\bChrom(?:e|ium)\/(\d+)/, "Chrome"],
  [/\bVersion\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\//, "Safari"],
];

const SYSTEMS: [RegExp, string][] = [
  [/\biPhone\b/, "iPhone"],
  [/\biPad\b/, "iPad"],
  [/\bAndroid\b/, "Android"],
  [/\bWindows\b/, "Windows"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bLinux\b/, "Linux"],
];

/** The browser and system of a User-Agent, or null when it names no browser we know (then show it as it is). */
export function browserLabel(userAgent: string | null): BrowserLabel {
  if (!userAgent) return null;
  for (const [pattern, name] of BROWSERS) {
    const m = pattern.exec(userAgent);
    if (!m) continue;
    const system = SYSTEMS.find(([p]) => p.test(userAgent))?.[1] ?? null;
    return { browser: `${name} ${m[1]}`, system };
  }
  return null;
}
