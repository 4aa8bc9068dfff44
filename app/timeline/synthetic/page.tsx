import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { AppProviders } from '@/components/providers/app-providers';
import { SyntheticTimeline } from '@/components/timeline/synthetic-timeline';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = { title: 'Synthetic timeline', robots: { index: false } };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// /timeline/synthetic?n=10000&seed=1 — a development page (and the benchmark's target): the
// real timeline component on generated events, no database. Off in production unless
// BEACHHEAD_DEV_PAGES=1.
export default async function SyntheticTimelinePage({ searchParams }: Props) {
  await connection();
  if (process.env.NODE_ENV === 'production' && process.env.BEACHHEAD_DEV_PAGES !== '1') notFound();
  const params = await searchParams;
  const count = Math.min(200_000, Math.max(1, Number(params.n) || 10_000));
  const seed = Math.max(1, Number(params.seed) || 1);
  return (
    <>
      <PageHeader
        title="Synthetic timeline"
        lead="A development page: generated events, for checking speed at scale."
      />
      <AppProviders>
        <SyntheticTimeline count={count} seed={seed} />
      </AppProviders>
    </>
  );
}
