/** A known failure with a stable code; forms map codes to localized messages (`errors.<code>`). */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly details: { field?: string; retryAfterSeconds?: number } = {},
  ) {
    super(code);
  }
}
