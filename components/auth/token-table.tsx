import { EmptyState } from '@/components/ui/empty-state';
import { Timestamp } from '@/components/ui/timestamp';
import styles from './auth.module.css';

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** The user's tokens, each live one with a revoke button (a POST form: works without script). */
export function TokenTable({
  tokens,
  revokeAction,
}: {
  tokens: TokenRow[];
  revokeAction: (formData: FormData) => Promise<void>;
}) {
  if (tokens.length === 0) {
    return (
      <EmptyState title="No API tokens yet">
        Create one below to write through the JSON API from scripts.
      </EmptyState>
    );
  }
  return (
    <div className={`table-wrap ${styles.tableWrap}`}>
      <table className="data-table">
        <caption className="visually-hidden">Your API tokens</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Token</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">
              <span className="visually-hidden">Status or action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className={token.revokedAt ? styles.revoked : undefined}>
              <th scope="row">{token.name}</th>
              <td>
                <code className="mono">{token.prefix}…</code>
              </td>
              <td>
                <Timestamp value={token.createdAt} />
              </td>
              <td>
                {token.lastUsedAt ? (
                  <Timestamp value={token.lastUsedAt} />
                ) : (
                  <span className="muted">never</span>
                )}
              </td>
              <td>
                {token.revokedAt ? (
                  <span className="muted">
                    revoked <Timestamp value={token.revokedAt} />
                  </span>
                ) : (
                  <form action={revokeAction}>
                    <input type="hidden" name="tokenId" value={token.id} />
                    <button type="submit" className={`button button--secondary ${styles.smallButton}`}>
                      Revoke<span className="visually-hidden"> token {token.name}</span>
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
