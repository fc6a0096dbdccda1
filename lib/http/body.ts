/**
 * Reading a JSON request body without trusting its size or its type (M5, M6).
 *
 * - Only `application/json` (any charset) is accepted: 415 otherwise. A cross-site page can send `text/plain` or a
 *   form without a CORS preflight; it cannot send JSON without one.
 * - A `Content-Length` above the limit is refused with 413 before a byte is read; a body without one (chunked) is
 *   counted while it streams and the read is cancelled the moment it passes the limit, so an oversized body is
 *   never held in memory.
 * A body that is not valid JSON reads as `null`, which the routes' own validation answers with 400.
 */
export const BODY_LIMITS = {
  /** A chat message: 4,000 characters of up to 4 bytes each, JSON-escaped, plus the envelope. */
  chat: 64 * 1024,
  /** "Talk to a person" carries nothing; a CSAT rating a score and a comment of 1,000 characters. */
  small: 16 * 1024,
} as const;

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

export function errorResponse(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): Response {
  return Response.json({ error: { code, message } }, { status, headers });
}

const tooLarge = (maxBytes: number) =>
  errorResponse(413, "body_too_large", `That request is too large (the limit is ${Math.floor(maxBytes / 1024)} KB).`);

export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const type = value.split(";")[0]!.trim().toLowerCase();
  return type === "application/json";
}

export async function readJsonBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, response: tooLarge(maxBytes) };
  }
  if (!isJsonContentType(request.headers.get("content-type"))) {
    await request.body?.cancel().catch(() => undefined);
    return {
      ok: false,
      response: errorResponse(
        415,
        "unsupported_media_type",
        "Send the request as JSON (Content-Type: application/json).",
      ),
    };
  }
  if (!request.body) return { ok: true, value: null };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, response: tooLarge(maxBytes) };
      }
      chunks.push(value);
    }
  } catch {
    return {
      ok: false,
      response: errorResponse(400, "invalid_request", "That request could not be read. Please try again."),
    };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === "") return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: true, value: null };
  }
}
