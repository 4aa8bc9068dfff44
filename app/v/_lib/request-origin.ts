import 'server-only';
import { headers } from 'next/headers';

/** This site's origin as the visitor addressed it (for absolute URLs in meta tags). */
export async function requestOrigin(): Promise<URL> {
  const h = await headers();
  const first = (v: string | null) => v?.split(',')[0]?.trim() || undefined;
  const host = first(h.get('x-forwarded-host')) ?? first(h.get('host')) ?? 'localhost:3000';
  const proto = first(h.get('x-forwarded-proto')) === 'https' ? 'https' : 'http';
  try {
    return new URL(`${proto}://${host}`);
  } catch {
    return new URL('http://localhost:3000');
  }
}
