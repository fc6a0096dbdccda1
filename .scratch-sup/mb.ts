import { runMetricsBench } from "../scripts/lib/metrics-bench";
await runMetricsBench({ kinds: [process.argv[2] ?? "pglite"], conversations: Number(process.argv[3] ?? 100000), iterations: Number(process.argv[4] ?? 5) });
