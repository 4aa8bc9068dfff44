import type { ReactNode } from 'react';
import { Breadcrumb, type Crumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { RecordStamp } from './record-stamp';
import { SignInPrompt } from './sign-in-prompt';

interface FormPageProps {
  title: string;
  eyebrow?: string;
  lead?: string;
  crumbs: Crumb[];
  /** Edit pages: the version read and who wrote it. */
  stamp?: { version: number; stamp: { actorLabel: string; at: string } | null };
  /** When the viewer may not write, a sign-in prompt replaces the form. */
  signIn?: { what: string; next: string } | null;
  children?: ReactNode;
}

/** The frame of a create or edit page: breadcrumb, title, then the form (or a sign-in prompt). */
export function FormPage({ title, eyebrow, lead, crumbs, stamp, signIn, children }: FormPageProps) {
  return (
    <>
      <PageHeader
        breadcrumb={<Breadcrumb items={crumbs} />}
        eyebrow={eyebrow}
        title={title}
        lead={lead}
        meta={stamp ? <RecordStamp version={stamp.version} stamp={stamp.stamp} /> : undefined}
      />
      {signIn ? <SignInPrompt what={signIn.what} next={signIn.next} /> : children}
    </>
  );
}
