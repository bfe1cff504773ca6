/** Builds the API base URL from a host or a full base URL, without a trailing slash. */
export function resolveBaseUrl(options: {
  host?: string;
  baseUrl?: string;
}): string {
  const { host, baseUrl } = options;
  if (host && baseUrl) {
    throw new TypeError(
      'createLeadSquaredTransport: pass either host or baseUrl, not both.',
    );
  }
  if (baseUrl) return baseUrl.replace(/\/+$/, '');
  if (host) {
    if (/[/:]/.test(host)) {
      throw new TypeError(
        'createLeadSquaredTransport: host must be a bare host name such as ' +
          'portalapi.leadsquared.com; pass a full URL as baseUrl instead.',
      );
    }
    return `https://${host}`;
  }
  throw new TypeError(
    'createLeadSquaredTransport: host or baseUrl is missing, e.g. ' +
      "host: 'portalapi.leadsquared.com'.",
  );
}
