import type { Business } from './tenants.model.js';

// Which websites may use a tenant's chat widget from a browser: `widget_allowed_origins` holds URLs
// ("https://shop.example", "https://Shop.example/contact"); a browser's `Origin` header is the
// serialised origin of the page ("https://shop.example"). The two are compared as origins, exactly:
// no suffix, prefix or scheme leniency, so "https://shop.example.evil.example", "http://shop.example"
// (for an https entry) and the opaque "null" never match.

/** The serialised origin a listed URL stands for (lower-case host, default port dropped), or null. */
export function widgetOriginOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** Whether a browser `Origin` header names one of the listed sites. */
export function listsWidgetOrigin(allowed: readonly string[], origin: string): boolean {
  return allowed.some((entry) => widgetOriginOf(entry) === origin);
}

/** Whether this tenant's widget may be used from a page of `origin`. */
export function allowsWidgetOrigin(business: Pick<Business, 'widget_allowed_origins'>, origin: string) {
  return listsWidgetOrigin(business.widget_allowed_origins, origin);
}
