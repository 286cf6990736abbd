// Resolves a request URL against the page cheaply: most are absolute or root-relative.
export function absoluteUrlFor(location: { origin: string; href: string }): (url: string) => string {
  return (url) => {
    if (url.startsWith('https://')) return url;
    if (url.startsWith('/') && !url.startsWith('//')) return location.origin + url;
    try {
      return new URL(url, location.href).href;
    } catch {
      return url;
    }
  };
}
