import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

/** Issue 11, M4: after sign-in the browser goes to `callbackUrl`; it must never be another site. */
describe("safeCallbackPath", () => {
  it("M4: refuses every way of writing another site into the path", () => {
    const attacks = [
      // The reported one: Next.js decodes the query once, a tab remains; browsers delete it and see //host.
      decodeURIComponent("%2F%09%2F127.0.0.1%3A3399%2Fpwned.html"),
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "//evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "/\\/evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      " //evil.example",
      "/%2F/evil.example",
      "/%2f%2fevil.example",
      "/%5Cevil.example",
      "/%09/evil.example",
      "/%252F%252Fevil.example",
      "/%00/evil.example",
      "/\u0000/evil.example",
      "/%E0%A4%A",
    ];
    for (const attack of attacks) expect(safeCallbackPath(attack), JSON.stringify(attack)).toBe("/inbox");
  });

  it("keeps ordinary paths on this site, with their query", () => {
    expect(safeCallbackPath("/inbox")).toBe("/inbox");
    expect(safeCallbackPath("/inbox/5b0c0f8e-2f57-4c1e-9a57-0d1f1b7d8a11")).toBe(
      "/inbox/5b0c0f8e-2f57-4c1e-9a57-0d1f1b7d8a11",
    );
    expect(safeCallbackPath("/supervisor/conversations?intent=refund&from=2026-11-01")).toBe(
      "/supervisor/conversations?intent=refund&from=2026-11-01",
    );
    expect(safeCallbackPath(undefined)).toBe("/inbox");
    expect(safeCallbackPath("/signin?callbackUrl=/admin")).toBe("/inbox");
    expect(safeCallbackPath("/api/auth/signout")).toBe("/inbox");
  });
});
