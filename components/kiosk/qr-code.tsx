/** A QR code made on the server (lib/kiosk/qr.ts), named for screen readers by what it opens. */
export function QrCode({ svg, label, className }: { svg: string; label: string; className?: string }) {
  return (
    <div
      role="img"
      aria-label={label}
      className={className ?? 'size-56 border-2 border-ink bg-white [&>svg]:size-full'}
      // The markup comes from the qrcode package on our own server and contains only the code's squares.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
