// Which process holds the embedded database. PGlite keeps no lock of its own, and two processes writing one data
// directory corrupt it; so a server announces itself on a Unix socket in the data folder while it runs, and a command
// (`npm run jobs`, …) that finds someone answering there refuses instead of opening the directory. A server that
// died leaves a socket file nobody answers on, which counts as free: no stale lock to clean up after a crash.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, unlinkSync } from "node:fs";
import { connect, createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/** Unix socket paths are limited to about 104 bytes: a deep data folder's socket lives in the temp folder instead. */
export function holderSocketPath(dataDir: string): string {
  const inDir = path.join(dataDir, "server.sock");
  if (Buffer.byteLength(inDir) <= 100) return inDir;
  const digest = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  return path.join(tmpdir(), `levelboard-${digest}.sock`);
}

/** Whether a running server answers on the data folder's socket (within `timeoutMs`). */
export function embeddedDatabaseHeld(dataDir: string, timeoutMs = 1000): Promise<boolean> {
  const socketPath = holderSocketPath(dataDir);
  if (!existsSync(socketPath)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const socket = connect(socketPath);
    const done = (held: boolean) => {
      socket.destroy();
      resolve(held);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

export type Hold = { release: () => Promise<void> };

/**
 * Announces that this process holds the embedded database at `dataDir` until it exits (or release()). Resolves to
 * null (and holds nothing) when another process already answers there, or the socket cannot be made (the caller
 * decides what to say).
 */
export async function holdEmbeddedDatabase(dataDir: string): Promise<Hold | null> {
  if (await embeddedDatabaseHeld(dataDir)) return null;
  const socketPath = holderSocketPath(dataDir);
  try {
    mkdirSync(dataDir, { recursive: true });
    if (existsSync(socketPath)) unlinkSync(socketPath); // left by a server that died
  } catch {
    return null;
  }
  return new Promise((resolve) => {
    const server: Server = createServer((socket) => socket.end());
    server.once("error", () => resolve(null));
    server.listen(socketPath, () => {
      server.unref(); // never keeps the process alive
      resolve({ release: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}
