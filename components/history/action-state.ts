/** What a history action (revert, delete, restore) tells the page after it ran. */
export interface RecordActionState {
  status: 'idle' | 'success' | 'error';
  message: string;
}

export const IDLE_ACTION_STATE: RecordActionState = { status: 'idle', message: '' };

export type RecordAction = (state: RecordActionState, formData: FormData) => Promise<RecordActionState>;
