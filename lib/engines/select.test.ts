import { afterEach, describe, expect, it, vi } from "vitest";
import { type Env, resetEnvForTests } from "@/lib/env";
import { chooseEngine, engineStatus, selectEngine } from "./select";

const base = { OPENAI_MODEL_REPLY: "gpt-4.1-mini" } as Env;

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});

describe("engine selection", () => {
  it("uses the local engine without a key and says so", () => {
    expect(chooseEngine(base)).toEqual({
      engine: "local",
      model: null,
      reason: "No OPENAI_API_KEY is set, so answers come from Tandem's built-in engine.",
    });
  });

  it("uses the model, with local fallback, when a key is set", () => {
    expect(chooseEngine({ ...base, OPENAI_API_KEY: "sk-x" })).toEqual({
      engine: "openai",
      model: "gpt-4.1-mini",
      reason: "An OPENAI_API_KEY is set, so answers come from gpt-4.1-mini, with Tandem's built-in engine as fallback.",
    });
    expect(
      chooseEngine({ ...base, OPENAI_API_KEY: "sk-x", OPENAI_BASE_URL: "http://127.0.0.1:11434/v1" }).reason,
    ).toContain("at 127.0.0.1:11434");
  });

  it("lets TANDEM_ENGINE force either engine", () => {
    expect(chooseEngine({ ...base, OPENAI_API_KEY: "sk-x", TANDEM_ENGINE: "local" })).toMatchObject({
      engine: "local",
      model: null,
    });
    expect(chooseEngine({ ...base, TANDEM_ENGINE: "openai" })).toMatchObject({
      engine: "openai",
      reason: expect.stringContaining("No OPENAI_API_KEY"),
    });
  });

  it("builds the engine the status describes", () => {
    vi.stubEnv("OPENAI_API_KEY", undefined);
    vi.stubEnv("TANDEM_ENGINE", undefined);
    resetEnvForTests();
    expect(engineStatus().engine).toBe("local");
    expect(selectEngine(() => [])).toMatchObject({ name: "local", model: null });

    vi.stubEnv("OPENAI_API_KEY", "sk-test");
    vi.stubEnv("OPENAI_MODEL_REPLY", "gpt-test-reply");
    resetEnvForTests();
    expect(selectEngine(() => [])).toMatchObject({ name: "openai", model: "gpt-test-reply" });
  });
});
