import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { RoleBadge } from '@/components/auth/role-badge';
import { TokenCreateForm } from '@/components/auth/token-create-form';
import { TokenTable } from '@/components/auth/token-table';
import { Card } from '@/components/ui/card';
import { DefinitionList } from '@/components/ui/definition-list';
import { PageHeader } from '@/components/ui/page-header';
import { getRequestActor } from '@/db/auth/actor';
import { listApiTokens } from '@/db/auth/api-tokens';
import { getUserSummary } from '@/db/auth/roles';
import { requestDb } from '@/db/server';
import { createTokenAction, revokeTokenAction } from './actions';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

const ROLE_MEANS = {
  contributor: 'You can add records and edit them.',
  editor: 'You can add, edit, delete, restore and revert records, and import events.',
  admin: 'You can do everything editors do, and change other people’s roles.',
} as const;

export default async function AccountPage() {
  const actor = await getRequestActor();
  if (actor.kind !== 'user') redirect('/sign-in?next=/account');
  const db = await requestDb();
  const [user, tokens] = await Promise.all([getUserSummary(db, actor.id), listApiTokens(db, actor.id)]);
  if (!user) notFound();
  return (
    <div className="stack">
      <PageHeader eyebrow="Account" title={user.name} meta={<RoleBadge role={user.role} />} />
      <Card>
        <h2 className="section-title">Profile</h2>
        <DefinitionList
          items={[
            { term: 'Name', details: user.name },
            { term: 'Email', details: user.email },
            { term: 'Role', details: `${user.role}: ${ROLE_MEANS[user.role]}` },
          ]}
        />
      </Card>
      <Card>
        <h2 className="section-title">API tokens</h2>
        <p className="muted">
          Personal tokens let scripts write through <code className="mono">/api/v1</code> as you, with your
          role. Revoke a token you no longer use.
        </p>
        <TokenTable
          revokeAction={revokeTokenAction}
          tokens={tokens.map((t) => ({
            id: t.id,
            name: t.name,
            prefix: t.prefix,
            createdAt: t.createdAt.toISOString(),
            lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
            revokedAt: t.revokedAt?.toISOString() ?? null,
          }))}
        />
        <TokenCreateForm action={createTokenAction} />
      </Card>
    </div>
  );
}
