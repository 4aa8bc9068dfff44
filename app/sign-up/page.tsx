import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/components/auth/sign-up-form';
import styles from '@/components/auth/auth.module.css';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getRequestActor } from '@/db/auth/actor';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { signUpAction } from './actions';

export const metadata: Metadata = { title: 'Create an account', robots: { index: false } };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { next } = await searchParams;
  const target = safeNextPath(Array.isArray(next) ? next[0] : next, '');
  const actor = await getRequestActor();
  if (actor.kind === 'user') redirect(target || '/account');
  return (
    <div className={styles.panel}>
      <PageHeader
        title="Create an account"
        lead="New accounts are contributors: they add events, sources and records, and edit them. Editors and admins are appointed by an admin."
      />
      <Card>
        <SignUpForm action={signUpAction} next={target || undefined} />
      </Card>
    </div>
  );
}
