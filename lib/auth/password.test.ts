import { randomBytes, scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("staff passwords", () => {
  it("verify against their own hash and not against another password", async () => {
    const hash = await hashPassword("agent-demo-1");
    expect(await verifyPassword("agent-demo-1", hash)).toBe(true);
    expect(await verifyPassword("agent-demo-2", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("are salted and stored in a self-describing scrypt format, never in clear", async () => {
    const [a, b] = await Promise.all([hashPassword("same password"), hashPassword("same password")]);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$3\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toContain("same password");
  });

  it("still verify hashes made with other cost settings, so the cost can be raised later", async () => {
    const salt = randomBytes(16);
    const key = scryptSync("older-password", salt, 32, { N: 1024, r: 8, p: 1 });
    const old = ["scrypt", 1024, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$");
    expect(await verifyPassword("older-password", old)).toBe(true);
    expect(await verifyPassword("other-password", old)).toBe(false);
  });

  it("treat differently composed Unicode of the same text as the same password", async () => {
    const hash = await hashPassword("caf\u00e9-tent");
    expect(await verifyPassword("cafe\u0301-tent", hash)).toBe(true);
  });

  it("reject malformed or absurd hashes without throwing", async () => {
    const salt = randomBytes(16).toString("base64url");
    const key = randomBytes(32).toString("base64url");
    for (const hash of [
      "",
      "agent-demo-1",
      `bcrypt$10$${salt}$${key}`,
      `scrypt$1000$8$1$${salt}$${key}`, // N not a power of two
      `scrypt$1073741824$8$1$${salt}$${key}`, // gigabytes of memory
      `scrypt$1024$8$1$$${key}`, // no salt
      `scrypt$1024$8$1$${salt}$abc`, // truncated hash
    ]) {
      expect(await verifyPassword("agent-demo-1", hash), hash).toBe(false);
    }
  });
});
