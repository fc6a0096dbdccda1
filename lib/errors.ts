/**
 * An expected failure whose message is safe to show the person who caused it. Anything else that is thrown is
 * logged with context and answered with a generic message: stack traces and SQL never reach a browser.
 */
export class UserFacingError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly status: number = 400,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "UserFacingError";
  }
}
