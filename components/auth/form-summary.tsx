import styles from './auth.module.css';

/** The form's aria-live summary: always in the DOM, so screen readers hear each new message. */
export function FormSummary({
  id,
  message,
  tone = 'error',
}: {
  id: string;
  message?: string;
  tone?: 'error' | 'ok';
}) {
  return (
    <div id={id} className={styles.summary} role="status" aria-live="polite" aria-atomic="true">
      {message ? (
        <p className={tone === 'error' ? styles.summaryError : styles.summaryOk}>{message}</p>
      ) : null}
    </div>
  );
}
