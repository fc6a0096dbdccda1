import { describe, expect, it } from "vitest";
import { clientAddress, normalise } from "./client-ip";

/** Issue 11, M8/M5: per-client limits key on an address the client cannot choose. */
describe("clientAddress", () => {
  it("uses the socket's address and ignores x-forwarded-for when no proxy is trusted", () => {
    const headers = new Headers({ "x-tandem-peer": "203.0.113.7", "x-forwarded-for": "1.2.3.4" });
    expect(clientAddress(headers, 0)).toBe("203.0.113.7");
    expect(clientAddress({ "x-tandem-peer": "::ffff:127.0.0.1" }, 0)).toBe("127.0.0.1");
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4" }), 0)).toBe("unknown");
  });

  it("with N trusted proxies takes the N-th address from the right of x-forwarded-for", () => {
    const headers = new Headers({ "x-tandem-peer": "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.9, 10.0.0.1" });
    expect(clientAddress(headers, 1)).toBe("10.0.0.1");
    expect(clientAddress(headers, 2)).toBe("198.51.100.9");
    // A forged entry to the left of what our proxies added changes nothing.
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.1.1.1, 198.51.100.9" }), 1)).toBe("198.51.100.9");
    expect(clientAddress(new Headers({ "x-tandem-peer": "10.0.0.2", "x-forwarded-for": "not an address" }), 1)).toBe(
      "10.0.0.2",
    );
  });

  it("keys IPv6 clients by their /64", () => {
    expect(normalise("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(normalise("2001:0db8:0001:0002:ffff:1:2:3")).toBe("2001:db8:1:2::/64");
    expect(normalise("[2001:db8::1]:443")).toBe("2001:db8:0:0::/64");
  });
});
