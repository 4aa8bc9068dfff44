import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import styles from '@/components/auth/auth.module.css';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getRequestActor } from '@/db/auth/actor';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { signInAction } from './actions';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

export default async function SignInPage({
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
        title="Sign in"
        lead="Contributors sign in to add and edit records. Reading needs no account."
      />
      <Card>
        <SignInForm action={signInAction} next={target || undefined} />
      </Card>
    </div>
  );
}
