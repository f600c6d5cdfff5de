import type { MetadataRoute } from 'next';
import { SERVICE_NAME, SERVICE_TAGLINE } from '@/lib/site';

// Served as /manifest.webmanifest; Next adds the <link rel="manifest"> to every page.
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: SERVICE_NAME,
    short_name: SERVICE_NAME,
    description: SERVICE_TAGLINE,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#1d4fa0',
    background_color: '#f6f4ef',
    lang: 'en-GB',
    dir: 'ltr',
    categories: ['education'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    // Long-press the app icon: search, and the two things young people come back to.
    shortcuts: [
      { name: 'Search courses', url: '/courses', icons: [shortcutIcon('courses')] },
      { name: 'Search jobs', url: '/vacancies', icons: [shortcutIcon('vacancies')] },
      { name: 'My CV', url: '/cv', icons: [shortcutIcon('cv')] },
      { name: 'My applications', url: '/applications', icons: [shortcutIcon('applications')] },
    ],
  };
}

function shortcutIcon(name: string) {
  return { src: `/icons/shortcut-${name}-96.png`, sizes: '96x96', type: 'image/png' };
}
