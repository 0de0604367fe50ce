// ILIKE patterns from what a user typed: `%text%`, with the user's own wildcards (% and _) and backslashes escaped.
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
