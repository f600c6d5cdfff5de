import QRCode from 'qrcode';

/**
 * A QR code as SVG markup, made on the server (no script or image request on the kiosk). The text is only
 * ever a link on this site, so the markup holds nothing but squares.
 */
export async function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#0b0c0c', light: '#ffffff' } });
}
