/**
 * A throwaway PostgreSQL server for tests and the benchmark, built from the server binaries of the machine
 * (Debian's `postgresql` package under /usr/lib/postgresql/<version>/bin, or initdb/pg_ctl on PATH). It lives in
 * a temporary folder, listens on 127.0.0.1 only, trusts every local connection and is deleted on stop.
 */
import { execFile, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "./free-port";

const run = promisify(execFile);

export type ThrowawayPostgres = { url: string; stop(): Promise<void> };

/** The folder holding initdb and pg_ctl: the newest Debian version first, then PATH. */
function findBinDir(): string | undefined {
  const debian = "/usr/lib/postgresql";
  const candidates = existsSync(debian)
    ? readdirSync(debian)
        .filter((version) => /^\d+$/.test(version))
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => path.join(debian, version, "bin"))
    : [];
  candidates.push(...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean));
  return candidates.find((dir) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl")));
}

export function postgresAvailable(): boolean {
  return findBinDir() !== undefined;
}

/** PostgreSQL refuses to run as root, so as root the server runs as the `postgres` system user. */
function asServerUser(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
}

function systemUserIds(name: string): { uid: number; gid: number } {
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith(`${name}:`));
  const [, , uid, gid] = line?.split(":") ?? [];
  if (uid === undefined || gid === undefined) throw new Error(`running as root needs a "${name}" system user`);
  return { uid: Number(uid), gid: Number(gid) };
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const binDir = findBinDir();
  if (!binDir) throw new Error("PostgreSQL server binaries not found (Debian: apt-get install postgresql)");
  const bin = (name: string) => path.join(binDir, name);
  const root = mkdtempSync(path.join(os.tmpdir(), "tandem-pg-"));
  const dataDir = path.join(root, "data");
  const logFile = path.join(root, "server.log");
  if (process.getuid?.() === 0) {
    const { uid, gid } = systemUserIds("postgres");
    chownSync(root, uid, gid);
  }

  try {
    // --no-sync and the settings below trade durability for speed: the data is thrown away anyway.
    await run(
      ...asServerUser(bin("initdb"), [
        "-D",
        dataDir,
        "--auth=trust",
        "-U",
        "postgres",
        "-E",
        "UTF8",
        "--locale=C",
        "--no-sync",
      ]),
    );
    const port = await startServer(bin("pg_ctl"), dataDir, root, logFile);
    const stop = async () => {
      process.off("exit", stopNow);
      await run(...asServerUser(bin("pg_ctl"), ["-D", dataDir, "-m", "fast", "-w", "stop"])).catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    };
    // A test run that dies without calling stop() must not leave a server behind.
    const stopNow = () => {
      spawnSync(...asServerUser(bin("pg_ctl"), ["-D", dataDir, "-m", "immediate", "-w", "stop"]), { stdio: "ignore" });
      rmSync(root, { recursive: true, force: true });
    };
    process.once("exit", stopNow);
    return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, stop };
  } catch (error) {
    const log = existsSync(logFile) ? `\n${readFileSync(logFile, "utf8").slice(-2000)}` : "";
    rmSync(root, { recursive: true, force: true });
    throw new Error(`could not start a throwaway PostgreSQL: ${(error as Error).message}${log}`, { cause: error });
  }
}

/** Another process may take the free port before the server binds it, so a failed start tries a new port. */
async function startServer(pgCtl: string, dataDir: string, socketDir: string, logFile: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const options = [
      `-p ${port}`,
      `-k ${socketDir}`,
      "-c listen_addresses=127.0.0.1",
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      "-c max_connections=200",
    ].join(" ");
    try {
      await run(...asServerUser(pgCtl, ["-D", dataDir, "-l", logFile, "-w", "-t", "60", "-o", options, "start"]));
      return port;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}
