import type { z } from 'zod';

// Typed failures of the write path. Route handlers and server actions map them to HTTP
// statuses / form messages; nothing else is thrown for expected problems.

export type FieldErrors = Record<string, string[]>;

export class ValidationError extends Error {
  constructor(
    readonly fieldErrors: FieldErrors,
    message = 'Some fields need attention.',
  ) {
    super(message);
    this.name = 'ValidationError';
  }

  static fromZod(error: z.ZodError): ValidationError {
    const fieldErrors: FieldErrors = {};
    for (const issue of error.issues) {
      const key = issue.path.length ? issue.path.join('.') : '_';
      (fieldErrors[key] ??= []).push(issue.message);
    }
    const first = Object.entries(fieldErrors)[0];
    const summary = first ? `${first[0] === '_' ? 'Input' : first[0]}: ${first[1][0]}` : 'Invalid input';
    return new ValidationError(fieldErrors, summary);
  }
}

/** The caller's version is stale; `current` is the record as it is now. */
export class ConflictError extends Error {
  constructor(
    readonly current: Record<string, unknown>,
    readonly expectedVersion: number,
  ) {
    super(
      `This record was changed by someone else: you edited version ${expectedVersion}, it is now at version ${String(current.version)}.`,
    );
    this.name = 'ConflictError';
  }
}

export class NotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`No ${entity.replace('_', ' ')} with id ${id}.`);
    this.name = 'NotFoundError';
  }
}

export class AuthorizationError extends Error {
  constructor(
    readonly reason: 'unauthenticated' | 'forbidden',
    message: string,
  ) {
    super(message);
    this.name = 'AuthorizationError';
  }
}
