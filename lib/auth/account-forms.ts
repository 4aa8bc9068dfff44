// States of the account and admin forms (shared by their server actions and components).

export interface TokenFormState {
  status: 'idle' | 'created' | 'error';
  message?: string;
  fieldErrors?: { name?: string };
  /** The new token: shown once, never stored in clear. */
  token?: string;
  tokenName?: string;
  /** What was typed, kept on error. */
  name?: string;
}

export const INITIAL_TOKEN_FORM_STATE: TokenFormState = { status: 'idle' };

export interface RoleFormState {
  status: 'idle' | 'saved' | 'error';
  message?: string;
}

export const INITIAL_ROLE_FORM_STATE: RoleFormState = { status: 'idle' };
