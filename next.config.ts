import type { NextConfig } from 'next';

// Headers every response carries. The Content-Security-Policy (with a per-request nonce) is set
// in proxy.ts, because a nonce cannot be static.
const baseHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = {
  // PGlite ships its own wasm and data files; bundling it breaks at run time (STACK-NOTES).
  serverExternalPackages: ['@electric-sql/pglite'],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  async headers() {
    return [
      { source: '/:path*', headers: baseHeaders },
      {
        // Only embeds may be framed by other sites; everything else refuses framing.
        source: '/((?!embed/).*)',
        headers: [{ key: 'X-Frame-Options', value: 'DENY' }],
      },
    ];
  },
};

export default nextConfig;
