// GET /robots.txt – the library is public; the API's dynamic search is not for crawlers
import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/content/site-config';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/', disallow: ['/api/search'] }, sitemap: `${siteUrl()}/sitemap.xml` };
}
