/** Why an endpoint counts as local, or why not. */
export type EndpointLocality = 'loopback' | 'allowed-lan' | 'not-allowed-lan' | 'remote' | 'invalid';

/** The host of a URL, lower case, IPv6 brackets removed; `undefined` when the URL does not parse. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return undefined;
  }
}

const ipv4 = (host: string): number[] | undefined => {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return undefined;
  return parts.map(Number);
};

const isLoopback = (host: string): boolean => host === 'localhost' || host.endsWith('.localhost') || host === '::1' || ipv4(host)?.[0] === 127;

/** Private-network addresses (RFC 1918, link-local, IPv6 ULA and link-local) and LAN-only names (`.local`, `.lan`, `.home.arpa`, single labels). */
function isPrivateNetwork(host: string): boolean {
  const octets = ipv4(host);
  if (octets !== undefined) {
    const [a = 0, b = 0] = octets;
    return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  if (host.includes(':')) return /^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host);
  return host.endsWith('.local') || host.endsWith('.lan') || host.endsWith('.home.arpa') || !host.includes('.');
}

/**
 * Classifies an endpoint for the local-only switch: loopback is always local; a private-network host is local only
 * when the user listed it; anything else (including a public address the user listed) is remote.
 */
export function endpointLocality(url: string, allowedLanHosts: readonly string[]): EndpointLocality {
  const host = hostOf(url);
  if (host === undefined || host === '') return 'invalid';
  if (isLoopback(host)) return 'loopback';
  if (!isPrivateNetwork(host)) return 'remote';
  return allowedLanHosts.some((allowed) => allowed.toLowerCase() === host) ? 'allowed-lan' : 'not-allowed-lan';
}

/** True when the local-only switch lets a request to `url` go out. */
export function isLocalEndpoint(url: string, allowedLanHosts: readonly string[]): boolean {
  const locality = endpointLocality(url, allowedLanHosts);
  return locality === 'loopback' || locality === 'allowed-lan';
}
