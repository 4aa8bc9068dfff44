// This server's origin as the client addressed it: scheme from X-Forwarded-Proto (a proxy that
// terminates TLS) or the request URL, host from X-Forwarded-Host or Host. Next hands route
// handlers a request URL on `localhost`, so the Host header is what the browser really used;
// a cross-site page cannot choose the Host its victim's browser sends, so it is safe to trust
// for the same-origin check.

function first(value: string | null): string | undefined {
  const v = value?.split(',')[0]?.trim();
  return v ? v : undefined;
}

export function requestOrigin(request: { url: string; headers: Headers }): string | undefined {
  let url: URL | undefined;
  try {
    url = new URL(request.url);
  } catch {
    url = undefined;
  }
  const proto =
    first(request.headers.get('x-forwarded-proto'))?.replace(/:$/, '') ?? url?.protocol.replace(/:$/, '');
  const host =
    first(request.headers.get('x-forwarded-host')) ?? first(request.headers.get('host')) ?? url?.host;
  if (!proto || !host || (proto !== 'http' && proto !== 'https')) return undefined;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return undefined;
  }
}
