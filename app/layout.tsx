import type { Metadata, Viewport } from 'next';
import { Suspense, type ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { KioskMode } from '@/components/kiosk/kiosk-mode';
import { PresentModeBanner } from '@/components/present/present-mode-banner';
import { ServiceWorkerRegistration } from '@/components/pwa/service-worker-registration';
import { ReadAloud } from '@/components/read-aloud/read-aloud';
import { readDeviceSettings, readIsSavingData } from '@/lib/settings/device';
import { htmlAttributesFor } from '@/lib/settings/settings';
import { SERVICE_NAME, SERVICE_TAGLINE } from '@/lib/site';
import { saveReadingSpeedAction } from './(public)/settings/actions';
import { kioskTimingsFrom } from '@/lib/kiosk/config';
import { stopPresentModeAction } from './(adviser)/adviser/present/actions';
import { resetKioskAction } from './(public)/kiosk/actions';
import './globals.css';

export const metadata: Metadata = {
  title: { default: SERVICE_NAME, template: `%s – ${SERVICE_NAME}` },
  description: SERVICE_TAGLINE,
  applicationName: SERVICE_NAME,
  appleWebApp: { capable: true, title: SERVICE_NAME, statusBarStyle: 'default' },
  formatDetection: { telephone: false },
};

// No maximumScale or userScalable: people must be able to zoom (WCAG 1.4.4).
export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#1d4fa0',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // "My settings" are applied here, on the server, so there is no flash of the standard look.
  const [settings, isSavingData] = await Promise.all([readDeviceSettings(), readIsSavingData()]);
  return (
    <html lang="en-GB" {...htmlAttributesFor(settings, { isSavingData })}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only bg-focus p-3 font-bold text-ink focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50"
        >
          Skip to main content
        </a>
        <SiteHeader />
        <Suspense fallback={null}>
          <KioskMode {...kioskTimingsFrom()} resetAction={resetKioskAction} />
          <PresentModeBanner stopAction={stopPresentModeAction} />
        </Suspense>
        <div className="mx-auto w-full max-w-5xl px-4 pt-3">
          <ReadAloud speed={settings.readingSpeed} onSpeedChange={saveReadingSpeedAction} />
        </div>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
