import { notFound, redirect } from 'next/navigation';
import { getRequestActor } from '@/db/auth/actor';

export default async function AdminPage() {
  const actor = await getRequestActor();
  if (actor.kind !== 'user' || actor.role !== 'admin') notFound();
  redirect('/admin/users');
}
