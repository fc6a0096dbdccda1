/**
 * How the JSON Lines commands (analyze, simulate) end: with main's exit code, quietly when stdout is closed early
 * (piped into `head`), and with one readable line on stderr when something unexpected fails.
 */
export function runCli(name: string, main: () => Promise<number>): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
