/**
 * What a staff server action answers: plain data, or a refusal whose message is safe to show the person. No
 * `server-only`: the client hook that runs actions reads it too.
 */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };
